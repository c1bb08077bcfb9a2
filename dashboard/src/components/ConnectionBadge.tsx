import { useLiveState } from '../live/useLiveState';
import { formatTime, t } from '../i18n';

/** The live feed's state, always visible and announced politely when it changes. */
export function ConnectionBadge() {
  const state = useLiveState();
  const text =
    state.status === 'live' ? t('live.live')
      : state.status === 'connecting' ? t('live.connecting')
        : state.status === 'reconnecting' ? t('live.reconnecting')
          : t('live.offlineSince', { time: formatTime(state.since, null) });
  return (
    <span class={`connection connection-${state.status}`} role="status" aria-live="polite" data-live={state.status}>
      <span class="connection-dot" aria-hidden="true" />
      {text}
    </span>
  );
}
