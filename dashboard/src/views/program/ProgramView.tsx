import { useMemo, useState } from 'preact/hooks';
import type { Session } from '../../api/session';
import type { ProgramQueueItem } from '../../api/types';
import { mayRunProgram } from '../../access';
import { LoadState } from '../../components/LoadState';
import { Panel } from '../../components/Panel';
import { Stat } from '../../components/Stat';
import { programFeed } from '../../live/feeds';
import { useFeed } from '../../live/useFeed';
import { formatNumber, formatPercent, t, tEnum, type MessageKey } from '../../i18n';
import { ChildrenInCustody } from './ChildrenInCustody';
import { ProgramQueue } from './ProgramQueue';
import { QueueAnnouncements } from './QueueAnnouncements';
import type { Decision } from './ReferralActions';
import { nameOf, useReferralEnds, type ProviderWork } from './useReferralEnds';
import { useUrgentCue } from './useUrgentCue';

const CONFIRMATIONS: Record<Decision, MessageKey> = {
  accepted: 'program.youAccepted',
  declined: 'program.youDeclined',
  completed: 'program.youCompleted',
};

/** The provider's view: the referred cases to act on and today's use of capacity. */
export function ProgramView({ id, session }: { id: string; session: Session }) {
  const spec = useMemo(() => programFeed(id), [id]);
  const feed = useFeed(spec);
  const p = feed.data;
  const urgent = useUrgentCue(p?.queue);
  const [work] = useState<ProviderWork>(() => ({ mine: new Set(), drafts: new Map() }));
  const [confirmation, setConfirmation] = useState('');
  const ends = useReferralEnds(p?.queue, (p?.queueTotal ?? 0) > (p?.queue.length ?? 0), work);
  if (!p) return <LoadState error={feed.error} />;
  const decided = (item: ProgramQueueItem, decision: Decision) => {
    setConfirmation(t(CONFIRMATIONS[decision], { name: nameOf(item) }));
    feed.reload();
  };
  // Only a child-protection program has children in its custody (and so shows the list).
  const custody = p.category === 'childProtection' ? p.children : null;
  const overdue = p.custodyOverdue ?? 0;
  const used = (p.today?.accepted ?? 0) + (p.today?.completed ?? 0);
  const ratio = p.dailyCapacity > 0 ? used / p.dailyCapacity : 0;

  return (
    <div class="view program-view" data-view="program" data-program={p.id}>
      <div class="view-head">
        <h1 translate={false}>{p.name}</h1>
        <p class="muted small"><span translate={false}>{p.provider}</span> · {tEnum('category', p.category)} · <span translate={false}>{p.points.join(', ')}</span></p>
      </div>
      <Panel id="program-capacity" title={t('program.capacityToday')}>
        <div class="gauge" role="meter" aria-valuemin={0} aria-valuemax={Math.max(p.dailyCapacity, 1)} aria-valuenow={used}
          aria-valuetext={t('program.capacityUse', { used, capacity: p.dailyCapacity })} aria-label={t('program.capacityToday')}>
          <div class={`gauge-track gauge-${ratio >= 1 ? 'over' : ratio >= 0.8 ? 'high' : 'ok'}`}><div class="gauge-fill" style={{ width: `${Math.min(ratio, 1) * 100}%` }} /></div>
          <div class="gauge-text" aria-hidden="true">{t('program.capacityUse', { used, capacity: p.dailyCapacity })} · {formatPercent(ratio)}</div>
        </div>
        <dl class="stats compact">
          <Stat label={t('program.pending')} value={p.pending} testId="program-pending" />
          <Stat label={t('program.acceptedNow')} value={p.accepted} />
          <Stat label={t('program.receivedToday')} value={p.today?.received} />
          <Stat label={t('program.completedToday')} value={p.today?.completed} />
          <Stat label={t('program.declinedToday')} value={p.today?.declined} />
        </dl>
      </Panel>
      {custody && (
        <Panel id="custody-list" title={t('custody.listTitle')}>
          {overdue > 0 && <p class="form-error" role="status" data-testid="program-custody-overdue"><span aria-hidden="true">⚠ </span>{t('custody.overdueSummary', { count: overdue })}</p>}
          <ChildrenInCustody children={custody} targetHours={p.reunificationTargetHours} />
        </Panel>
      )}
      {urgent.arrived.length > 0 && (
        <div class="urgent-cue" role="alert" data-testid="urgent-cue">
          <span aria-hidden="true">⚠ </span>
          {t('program.urgentArrived', { count: urgent.arrived.length })}{' '}
          <span translate={false}>{urgent.arrived.map((r) => (r.givenNames ? `${r.givenNames} ${r.surnames}` : r.caseId)).join(', ')}</span>
          <button type="button" onClick={urgent.dismiss}>{t('program.urgentSeen')}</button>
        </div>
      )}
      <Panel id="program-queue" title={t('program.queue')}>
        {p.queueTotal !== undefined && p.queueTotal > p.queue.length && <p class="muted">{t('point.queueTruncated', { shown: formatNumber(p.queue.length), total: p.queueTotal })}</p>}
        <QueueAnnouncements confirmation={confirmation} ends={ends.ends} onDismiss={ends.dismiss} />
        <ProgramQueue programId={p.id} queue={p.queue} canAct={mayRunProgram(session, p.id)} version={feed.version} work={work} onDecided={decided} />
      </Panel>
    </div>
  );
}
