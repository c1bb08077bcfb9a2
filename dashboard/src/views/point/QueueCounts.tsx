import type { QueueEntry } from '../../api/types';
import { Stat } from '../../components/Stat';
import { t, tEnum, type MessageKey } from '../../i18n';
import { paths, type QueueFilterInUrl } from '../../router';
import { countPassing } from './queueFilter';

/** A count of people present that opens the queue narrowed to them. */
interface QueueCount {
  id: string;
  label: string;
  open: MessageKey;
  filter: Partial<QueueFilterInUrl>;
}

const COUNTS = (): QueueCount[] => [
  { id: 'waiting', label: t('numbers.waiting'), open: 'numbers.openWaiting', filter: { stage: 'arrived' } },
  { id: 'assessment', label: tEnum('stage', 'assessment'), open: 'numbers.openAssessment', filter: { stage: 'assessment' } },
  { id: 'services', label: tEnum('stage', 'services'), open: 'numbers.openServices', filter: { stage: 'services' } },
  { id: 'urgent', label: t('numbers.urgent'), open: 'numbers.openUrgent', filter: { priority: 'urgent' } },
  { id: 'high', label: t('numbers.high'), open: 'numbers.openHigh', filter: { priority: 'high' } },
  { id: 'unaccompanied', label: t('numbers.unaccompanied'), open: 'numbers.openUnaccompanied', filter: { flag: 'unaccompaniedMinor' } },
];

/**
 * The people present counted by stage, priority and the children travelling alone. Each number is counted with the
 * queue's own filter over the queue shown, so it always equals the rows its link opens.
 */
export function QueueCounts({ code, queue, onOpen }: { code: string; queue: QueueEntry[]; onOpen: () => void }) {
  return (
    <dl class="stats compact queue-counts" aria-label={t('numbers.title')}>
      {COUNTS().map((c) => {
        const count = countPassing(queue, c.filter);
        return (
          <Stat key={c.id} label={c.label} value={count} testId={`count-${c.id}`}
            link={{ href: paths.point(code, c.filter), label: t(c.open, { count }), onOpen }} />
        );
      })}
    </dl>
  );
}
