import { isOverdue } from '../../api/custody';
import type { QueueEntry } from '../../api/types';
import type { QueueFilterInUrl } from '../../router';

/**
 * What the manager narrowed the queue to: words (names or folio), a stage, a priority, a vulnerability, the children
 * past their custody target.
 */
export interface QueueFilter extends QueueFilterInUrl {
  text: string;
  /** The cases a CURP search found at the point (null: the text is not a CURP). */
  curpCases: Set<string> | null;
}

export const NO_FILTER: QueueFilter = { text: '', stage: '', priority: '', flag: '', overdue: false, curpCases: null };

export const isFiltered = (f: QueueFilter) => !!(f.text.trim() || f.stage || f.priority || f.flag || f.overdue);

// Accents and case do not matter to someone typing a name at a desk.
const fold = (s: string) => s.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase();

/** Whether a queue entry passes the filter: every word of the text in its names or folio, or the CURP's cases. */
export function passes(q: QueueEntry, f: QueueFilter): boolean {
  if (f.stage && q.stage !== f.stage) return false;
  if (f.priority && q.priority !== f.priority) return false;
  if (f.flag && !q.flags.includes(f.flag)) return false;
  if (f.overdue && !isOverdue(q, Date.now())) return false;
  if (f.curpCases) return f.curpCases.has(q.caseId);
  const words = fold(f.text).split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const haystack = fold(`${q.caseId} ${q.givenNames ?? ''} ${q.surnames ?? ''}`);
  return words.every((w) => haystack.includes(w));
}

/** How many of the queue a filter given by the address lets through: the number that opens exactly those rows. */
export const countPassing = (queue: QueueEntry[], f: Partial<QueueFilterInUrl>) =>
  queue.filter((q) => passes(q, { ...NO_FILTER, ...f })).length;
