import { useEffect, useRef, useState } from 'preact/hooks';
import { api } from '../../api/client';
import type { ProgramQueueItem } from '../../api/types';
import { referralEndMessage } from './referralEnd';

/** A row that left the queue (or moved) by someone else's hand: whose, why, and what the provider had typed for it. */
export interface ReferralEnd {
  referralId: string;
  message: string;
  draft: string | null;
}

/** What the view knows of the provider's own work: decisions in flight or made, and text typed per referral. */
export interface ProviderWork {
  mine: Set<string>;
  drafts: Map<string, string>;
}

export const nameOf = (r: ProgramQueueItem) => (r.givenNames ? `${r.givenNames} ${r.surnames ?? ''}`.trim() : r.caseId);

/**
 * Watches the queue between snapshots. A row that vanished, or moved while the provider was typing for it, and that
 * the provider did not decide in this view, is explained from the case (the provider may read it until access ends):
 * a colleague on the same account, or another tab, is someone else too. The typed text is kept in the notice so it is
 * not lost. Rows beyond a truncated queue are not judged.
 */
export function useReferralEnds(queue: ProgramQueueItem[] | undefined, truncated: boolean, work: ProviderWork) {
  const previous = useRef<Map<string, ProgramQueueItem> | null>(null);
  const [ends, setEnds] = useState<ReferralEnd[]>([]);

  useEffect(() => {
    if (!queue) return;
    const explain = async (row: ProgramQueueItem, draft: string | null): Promise<ReferralEnd> => {
      const view = await api.returnee(row.caseId).catch(() => null);
      return { referralId: row.referralId, message: referralEndMessage(nameOf(row), row.referralId, view), draft };
    };
    const current = new Map(queue.map((r) => [r.referralId, r]));
    const before = previous.current;
    previous.current = current;
    if (!before) return;
    for (const [id, row] of before) {
      const now = current.get(id);
      const gone = !now;
      const moved = !!now && now.status !== row.status;
      if (!gone && !moved) continue;
      const draft = work.drafts.get(id)?.trim() || null;
      if (work.mine.has(id)) {
        work.mine.delete(id);
        work.drafts.delete(id);
        continue;
      }
      if ((moved && !draft) || (gone && truncated)) continue;
      work.drafts.delete(id);
      void explain(row, draft).then((end) => setEnds((list) => [end, ...list.filter((e) => e.referralId !== id)]));
    }
  }, [queue, truncated, work]);

  const dismiss = (referralId: string) => setEnds((list) => list.filter((e) => e.referralId !== referralId));
  return { ends, dismiss };
}
