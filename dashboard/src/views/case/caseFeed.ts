import { api } from '../../api/client';
import type { Session } from '../../api/session';
import type { PointSummary, ProgramSummary, ReturneeView } from '../../api/types';
import type { FeedSpec } from '../../live/useFeed';

/**
 * The parts of a point's or program's summary that move when a case's own state can have moved
 * (referrals pending, accepted, completed; assessments; departures). Arrivals elsewhere at the point
 * do not move them, so a busy point does not make an open case page re-read (and audit) itself.
 */
function caseSignature(summary: PointSummary | ProgramSummary): string {
  if ('code' in summary) {
    const today = summary.today;
    return JSON.stringify([summary.pendingReferrals, today?.assessed, today?.referred, today?.served, today?.departed, today?.transferred]);
  }
  const today = summary.today;
  return JSON.stringify([summary.pending, summary.accepted, today?.accepted, today?.declined, today?.completed, today?.cancelled]);
}

/**
 * A case has no feed of its own: it follows the feed of its point (managers, coordinators) or of the
 * provider's program, and re-reads the case when that feed shows a change that can concern it. The view
 * opens with the case it has read; every read is recorded in the case's audit trail, so the feed's
 * snapshot is only the starting signature, and re-reads are throttled.
 */
export function caseFeed(initial: ReturneeView, session: Session): FeedSpec<ReturneeView> {
  const program = session.role === 'provider' ? session.programs[0] : undefined;
  let lastSignature: string | undefined;
  const changed = (summary: PointSummary | ProgramSummary) => {
    const signature = caseSignature(summary);
    const moved = lastSignature !== undefined && signature !== lastSignature;
    lastSignature = signature;
    return moved;
  };
  return {
    key: `case:${initial.caseId}`,
    method: program ? 'SubscribeProgram' : 'SubscribePoint',
    args: [program ?? initial.pointCode],
    initial,
    load: () => api.returnee(initial.caseId),
    // A snapshot after a reconnect shows whether anything moved while the page was offline.
    snapshot: (_current, raw) => ({ reload: changed(raw as PointSummary | ProgramSummary) }),
    accepts(kind, message) {
      if (program) return kind === 'programUpdated' && (message as ProgramSummary).id === program;
      return kind === 'pointUpdated' && (message as PointSummary).code === initial.pointCode;
    },
    apply: (_current, _kind, message) => ({ reload: changed(message as PointSummary | ProgramSummary) }),
    reloadThrottleMs: 1_500,
  };
}
