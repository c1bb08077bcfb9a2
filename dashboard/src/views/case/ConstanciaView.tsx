import { useEffect, useState } from 'preact/hooks';
import QRCode from 'qrcode';
import { api } from '../../api/client';
import type { Constancia } from '../../api/types';
import { Link } from '../../components/Link';
import { LoadState } from '../../components/LoadState';
import { formatDate, formatTime, t } from '../../i18n';
import { paths } from '../../router';

/** The constancia de recepción, laid out for printing: folio, point, date, name and a QR code to the public verification page. */
export function ConstanciaView({ caseId }: { caseId: string }) {
  const [constancia, setConstancia] = useState<Constancia | null>(null);
  const [qr, setQr] = useState<string | null>(null);
  const [error, setError] = useState<Error | null>(null);

  useEffect(() => {
    api.constancia(caseId).then(setConstancia, setError);
  }, [caseId]);

  const verifyUrl = constancia ? `${location.origin}${paths.verify(constancia.folio, constancia.code)}` : null;
  useEffect(() => {
    if (verifyUrl) QRCode.toDataURL(verifyUrl, { margin: 1, width: 180, errorCorrectionLevel: 'M' }).then(setQr, setError);
  }, [verifyUrl]);

  if (!constancia) return <LoadState error={error} />;
  const name = `${constancia.givenNames} ${constancia.surnames}`.trim();
  return (
    <div class="view constancia-view" data-view="constancia">
      <p class="breadcrumb no-print"><Link href={paths.case(constancia.caseId)}>← {t('constancia.backToCase')}</Link></p>
      <article class="constancia" aria-labelledby="constancia-title">
        <h1 id="constancia-title">{t('constancia.title')}</h1>
        <p>{t('constancia.statement')}</p>
        <dl class="constancia-facts">
          <dt>{t('constancia.folio')}</dt><dd data-testid="constancia-folio" translate={false}>{constancia.folio}</dd>
          <dt>{t('constancia.point')}</dt><dd translate={false}>{constancia.pointName || constancia.pointCode} ({constancia.pointCode})</dd>
          <dt>{t('constancia.date')}</dt><dd>{formatDate(constancia.arrivalLocalDate)} · {formatTime(constancia.arrivedAt, constancia.timeZone ?? null)}</dd>
          <dt>{t('constancia.name')}</dt><dd translate={false}>{name || t('constancia.noName')}</dd>
        </dl>
        <figure class="constancia-qr">
          {qr && <img src={qr} width={180} height={180} alt={t('constancia.qrAlt')} data-testid="constancia-qr" data-url={verifyUrl ?? ''} />}
          <figcaption>{t('constancia.verifyAt')} <span class="code" translate={false}>{verifyUrl}</span></figcaption>
        </figure>
      </article>
      <p class="no-print"><button type="button" class="primary" onClick={() => window.print()}>{t('constancia.print')}</button></p>
    </div>
  );
}
