import { useLiveState } from '../live/useLiveState';
import { formatTime, t } from '../i18n';

/**
 * Said plainly while the live feed is lost: what is on screen is as of the moment it was lost, the figures do not
 * change and the waiting times have stopped (useSecondsSinceReceived freezes them at that moment).
 */
export function StaleNotice() {
  const state = useLiveState();
  if (!isStale(state.status)) return null;
  return (
    <p class="stale-notice" role="status" data-testid="stale-notice">
      <span aria-hidden="true">⚠ </span>
      {t('live.staleNotice', { time: formatTime(state.since, null) })}
    </p>
  );
}

/** Whether what is on screen may be out of date (the feed was lost). */
export const isStale = (status: string) => status === 'reconnecting' || status === 'offline';
