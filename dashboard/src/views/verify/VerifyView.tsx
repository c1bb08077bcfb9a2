import { useEffect, useState } from 'preact/hooks';
import { api } from '../../api/client';
import { ApiError } from '../../api/problem';
import type { ConstanciaVerification } from '../../api/types';
import { formatDate, t } from '../../i18n';

/** The public page a constancia's QR code opens: genuine or not, and only what the constancia prints. */
export function VerifyView({ folio }: { folio: string }) {
  const code = new URLSearchParams(location.search).get('c') ?? '';
  const [answer, setAnswer] = useState<ConstanciaVerification | 'refused' | null>(null);
  const [error, setError] = useState<Error | null>(null);

  useEffect(() => {
    api.verifyConstancia(folio, code).then(setAnswer, (e: Error) => {
      if (e instanceof ApiError && (e.status === 404 || e.status === 400)) setAnswer('refused');
      else setError(e);
    });
  }, [folio, code]);

  return (
    <div class="view verify-view" data-view="verify">
      <h1>{t('verify.title')}</h1>
      {!answer && !error && <p class="loading" role="status">{t('common.loading')}</p>}
      {error && <p class="error-box" role="alert">{t('error.load')}</p>}
      {answer === 'refused' && (
        <p class="error-box" role="alert" data-testid="verify-refused">{t('verify.refused', { folio })}</p>
      )}
      {answer && answer !== 'refused' && (
        <div class="verify-genuine" role="status" data-testid="verify-genuine">
          <p><strong>{t('verify.genuine')}</strong></p>
          <dl class="constancia-facts">
            <dt>{t('constancia.folio')}</dt><dd translate={false}>{answer.folio}</dd>
            <dt>{t('constancia.point')}</dt><dd translate={false}>{answer.pointName || answer.pointCode} ({answer.pointCode})</dd>
            <dt>{t('constancia.date')}</dt><dd>{formatDate(answer.arrivalLocalDate)}</dd>
            <dt>{t('verify.initials')}</dt><dd translate={false}>{answer.initials || '—'}</dd>
          </dl>
        </div>
      )}
    </div>
  );
}
