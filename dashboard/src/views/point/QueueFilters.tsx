import { useEffect, useState } from 'preact/hooks';
import { api } from '../../api/client';
import { PRIORITIES, STAGES_PRESENT, type QueueEntry, type Vulnerability } from '../../api/types';
import { t, tEnum } from '../../i18n';
import { isFiltered, type QueueFilter } from './queueFilter';

const CURP = /^[A-Z]{4}\d{6}[HMX][A-Z]{5}[A-Z0-9]\d$/;

/** The bar above the queue: search by names, folio or CURP, and filters by stage, priority, vulnerability and custody. */
export function QueueFilters({ code, queue, filter, setFilter, shown }: { code: string; queue: QueueEntry[]; filter: QueueFilter; setFilter: (update: (f: QueueFilter) => QueueFilter) => void; shown: number }) {
  const [text, setText] = useState(filter.text);
  const curp = text.trim().toUpperCase();

  // A CURP is not on the queue's rows: the point's cases with it come from the search (scoped to the point).
  useEffect(() => {
    if (!CURP.test(curp)) {
      setFilter((f) => ({ ...f, text, curpCases: null }));
      return;
    }
    let current = true;
    const found = (cases: Set<string>) => current && setFilter((f) => ({ ...f, text, curpCases: cases }));
    api.search({ curp, point: code }).then((page) => found(new Set(page.items.map((i) => i.caseId))), () => found(new Set()));
    return () => { current = false; };
  }, [text, curp, code, setFilter]);

  // The flag an address asks for stays choosable even when nobody present has it.
  const flags = [...new Set([...queue.flatMap((q) => q.flags), ...(filter.flag ? [filter.flag] : [])])].sort() as Vulnerability[];
  return (
    <div class="queue-filters" role="search" aria-label={t('queueFilter.label')}>
      <div class="field">
        <label for="queue-search">{t('queueFilter.search')}</label>
        <input id="queue-search" type="search" value={text} autoComplete="off" onInput={(e) => setText((e.currentTarget as HTMLInputElement).value)} />
      </div>
      <FilterSelect id="queue-stage" label={t('queueFilter.stage')} value={filter.stage} onChange={(stage) => setFilter((f) => ({ ...f, stage: stage as QueueFilter['stage'] }))}
        options={STAGES_PRESENT.map((s) => ({ value: s, label: tEnum('stage', s) }))} />
      <FilterSelect id="queue-priority" label={t('queueFilter.priority')} value={filter.priority} onChange={(priority) => setFilter((f) => ({ ...f, priority: priority as QueueFilter['priority'] }))}
        options={PRIORITIES.map((p) => ({ value: p, label: tEnum('priority', p) }))} />
      <FilterSelect id="queue-flag" label={t('queueFilter.flag')} value={filter.flag} onChange={(flag) => setFilter((f) => ({ ...f, flag: flag as QueueFilter['flag'] }))}
        options={flags.map((v) => ({ value: v, label: tEnum('vulnerability', v) }))} />
      <div class="field queue-overdue">
        <label class="checkbox"><input id="queue-overdue" type="checkbox" checked={filter.overdue} onChange={(e) => setFilter((f) => ({ ...f, overdue: (e.currentTarget as HTMLInputElement).checked }))} /> {t('queueFilter.overdue')}</label>
      </div>
      {/* The region is there before the count, so a screen reader announces the count when a number opens the queue. */}
      <div role="status" id="queue-filter-status">
        {isFiltered(filter) && <p class="muted small" data-testid="queue-filter-count">{t('queueFilter.shown', { shown, total: queue.length })}</p>}
      </div>
    </div>
  );
}

/** One filter: "all" or one of its values. */
function FilterSelect({ id, label, value, onChange, options }: { id: string; label: string; value: string; onChange: (value: string) => void; options: { value: string; label: string }[] }) {
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange((e.currentTarget as HTMLSelectElement).value)}>
        <option value="">{t('queueFilter.all')}</option>
        {options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
      </select>
    </div>
  );
}
