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
  // Child protection: a custody step moves its children between these counts.
  const { childrenAtPoint, childrenAwaitingConfirmation, childrenInCustody } = summary as ProgramSummary & Record<string, unknown>;
  return JSON.stringify([summary.pending, summary.accepted, today?.accepted, today?.declined, today?.completed, today?.cancelled,
    childrenAtPoint, childrenAwaitingConfirmation, childrenInCustody]);
}

type Row = { caseId: string; custody?: unknown; status?: unknown; stage?: unknown; nextStep?: unknown };

/**
 * The case's own row in what the message carries (the point's queue, the child-protection program's children in
 * custody), for changes the counts do not show: a step of an unaccompanied child's custody. `undefined` when the
 * message does not carry the list (it is sent only when it changed).
 */
function ownRow(summary: unknown, caseId: string): string | undefined {
  const { queue, children } = summary as { queue?: Row[] | null; children?: Row[] | null };
  const list = queue ?? children;
  if (!Array.isArray(list)) return undefined;
  const row = list.find((r) => r.caseId === caseId);
  return JSON.stringify(row ? [row.stage, row.custody, row.status, row.nextStep] : null);
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
  let lastRow: string | undefined;
  const changed = (summary: PointSummary | ProgramSummary) => {
    const signature = caseSignature(summary);
    const row = ownRow(summary, initial.caseId);
    const moved = (lastSignature !== undefined && signature !== lastSignature)
      || (row !== undefined && lastRow !== undefined && row !== lastRow);
    lastSignature = signature;
    if (row !== undefined) lastRow = row;
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
