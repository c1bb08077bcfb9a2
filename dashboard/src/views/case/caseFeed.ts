import { api } from '../../api/client';
import { messageData } from '../../api/normalize';
import type { Session } from '../../api/session';
import type { ReturneeView } from '../../api/types';
import type { FeedSpec } from '../../live/useFeed';

/**
 * The parts of a point's or program's summary that move when a case's own state can have moved
 * (referrals pending, accepted, completed; assessments; departures). Arrivals elsewhere at the point
 * do not move them, so a busy point does not make an open case page re-read (and audit) itself.
 */
function caseSignature(summary: Record<string, unknown>): string {
  const today = (summary.today ?? {}) as Record<string, unknown>;
  return JSON.stringify([
    summary.pendingReferrals, summary.pending, summary.accepted,
    today.assessed, today.referred, today.served, today.departed, today.transferred,
    today.accepted, today.declined, today.completed, today.cancelled,
  ]);
}

/**
 * A case has no feed of its own: it follows the feed of its point (managers, coordinators) or of the
 * provider's program, and re-reads the case when that feed shows a change that can concern it. Every
 * read is recorded in the case's audit trail, so re-reads are also throttled.
 */
export function caseFeed(caseId: string, pointCode: string, session: Session): FeedSpec<ReturneeView> {
  const program = session.role === 'provider' ? session.programs[0] : undefined;
  let lastSignature: string | undefined;
  return {
    key: `case:${caseId}:${pointCode}`,
    method: program ? 'SubscribeProgram' : 'SubscribePoint',
    args: [program ?? pointCode],
    load: () => api.returnee(caseId),
    fromSnapshot: () => null,
    accepts(kind, message) {
      if (program) return kind === 'programUpdated' && messageData(message, 'program', 'summary').id === program;
      return kind === 'pointUpdated' && String(messageData(message, 'point', 'summary').code ?? '').toUpperCase() === pointCode.toUpperCase();
    },
    apply(_current, kind, message) {
      const signature = caseSignature(messageData(message, kind === 'programUpdated' ? 'program' : 'point', 'summary'));
      const changed = signature !== lastSignature;
      lastSignature = signature;
      return { reload: changed };
    },
    reloadThrottleMs: 1_500,
  };
}
