import { ApiError } from '../api/problem';
import { t } from '../i18n';

/** What a view shows before its data arrives, or when the API refused it. */
export function LoadState({ error }: { error: Error | null }) {
  if (!error) return <p class="loading" role="status">{t('common.loading')}</p>;
  const status = error instanceof ApiError ? error.status : 0;
  const message = status === 403 ? t('error.forbidden') : status === 404 ? t('error.notFound') : t('error.load');
  return (
    <div class="error-box" role="alert">
      <p>{message}</p>
      {error instanceof ApiError && error.problem.detail && <p class="muted" translate={false}>{error.problem.detail}</p>}
    </div>
  );
}
