import { api } from '../../api/client';
import { messageData } from '../../api/normalize';
import type { Session } from '../../api/session';
import type { ReturneeView } from '../../api/types';
import type { FeedSpec } from '../../live/useFeed';

/**
 * A case has no feed of its own: it follows the feed of its point (managers, coordinators) or of the
 * provider's program, and re-reads the case when that feed moves. Every read is recorded in the
 * case's audit trail, so re-reads are throttled.
 */
export function caseFeed(caseId: string, pointCode: string, session: Session): FeedSpec<ReturneeView> {
  const program = session.role === 'provider' ? session.programs[0] : undefined;
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
    apply: () => ({ reload: true }),
    reloadThrottleMs: 1_500,
  };
}
