import { useMemo } from 'preact/hooks';
import { LoadState } from '../../components/LoadState';
import { pointFeed } from '../../live/feeds';
import { useFeed } from '../../live/useFeed';
import { formatNumber, t } from '../../i18n';

/**
 * The waiting room's large screen: who is called to which desk, by folio only. Names never appear here: the screen
 * faces everyone in the room. It follows the point's live feed, so a call shows the moment a desk makes it.
 */
export function WaitingRoomDisplay({ code }: { code: string }) {
  const spec = useMemo(() => pointFeed(code), [code]);
  const feed = useFeed(spec);
  const p = feed.data;
  if (!p) return <LoadState error={feed.error} />;
  const called = p.queue
    .filter((q) => q.desk)
    .map((q) => ({ folio: q.caseId, desk: q.desk! }))
    .sort((a, b) => a.desk.localeCompare(b.desk, undefined, { numeric: true }));
  const waiting = p.queue.filter((q) => q.stage === 'arrived' && !q.desk).length;

  return (
    <div class="view waiting-room" data-view="waiting-room" data-point={p.code}>
      <h1>{t('display.title')} <span class="code" translate={false}>{p.code}</span></h1>
      {called.length === 0 ? <p class="waiting-room-empty">{t('display.nobodyCalled')}</p> : (
        <table class="waiting-room-calls" aria-live="polite">
          <thead>
            <tr><th scope="col">{t('display.folio')}</th><th scope="col">{t('display.desk')}</th></tr>
          </thead>
          <tbody>
            {called.map((c) => (
              <tr key={c.folio} data-testid="display-call" data-case={c.folio}>
                <td class="code" translate={false}>{c.folio}</td>
                <td>{t('desk.label', { desk: c.desk })}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p class="waiting-room-count">{t('display.waiting', { count: formatNumber(waiting) })}</p>
    </div>
  );
}
