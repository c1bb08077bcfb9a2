import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { api } from '../../api/client';
import { ApiError } from '../../api/problem';
import { curpProblem } from '../../api/rules';
import type { CaseSearchItem } from '../../api/types';
import { formatDateInWords, t } from '../../i18n';
import { SearchResults } from './SearchResults';

const queryInUrl = () => new URLSearchParams(location.search).get('q') ?? '';

/** The arrivals a number opened (a point's or the country's "arrived today"): a point and arrival days, no words. */
interface ArrivalsScope { point?: string; from: string; to: string }
function arrivalsInUrl(): ArrivalsScope | null {
  const query = new URLSearchParams(location.search);
  const from = query.get('from');
  const to = query.get('to') ?? from;
  if (!from || !to) return null;
  const point = query.get('point');
  return point ? { point, from, to } : { from, to };
}

/**
 * Finds people across returns (managers their points, coordinators every point): names however they are spelt,
 * a case id or a certificate number. The query stays in the address, so going back returns to the results.
 */
export function SearchView() {
  const [text, setText] = useState(queryInUrl);
  const [query, setQuery] = useState(queryInUrl);
  const [arrivals] = useState(arrivalsInUrl);
  const [items, setItems] = useState<CaseSearchItem[] | null>(null);
  const [next, setNext] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // Only the latest request's answer is shown: an older one arriving late is dropped.
  const latest = useRef(0);

  const load = useCallback(async (q: string, cursor: string | null) => {
    const ticket = ++latest.current;
    setBusy(true);
    setError(null);
    try {
      // A CURP typed in the box is searched as a CURP (the API's `q` matches names, case ids and certificates).
      const words = q ? (curpProblem(q) ? { q } : { curp: q.toUpperCase() }) : {};
      const page = await api.search({ ...words, ...arrivals }, cursor);
      if (ticket !== latest.current) return;
      setItems((shown) => (cursor && shown ? [...shown, ...page.items] : page.items));
      setNext(page.next);
    } catch (e) {
      if (ticket !== latest.current) return;
      setError(e instanceof ApiError ? e.problem.detail ?? e.message : t('error.network'));
    } finally {
      if (ticket === latest.current) setBusy(false);
    }
  }, [arrivals]);

  useEffect(() => {
    if (query.trim() || arrivals) void load(query.trim(), null);
  }, [query, arrivals, load]);

  const onSubmit = (e: Event) => {
    e.preventDefault();
    const q = text.trim();
    if (!q && !arrivals) return;
    history.replaceState(null, '', `${location.pathname}?${new URLSearchParams({ ...arrivals, q })}`);
    if (q === query) void load(q, null);
    else setQuery(q);
  };

  return (
    <div class="view search-view" data-view="search">
      <div class="view-head">
        <h1>{t('search.title')}</h1>
        {arrivals && <p class="muted" data-testid="search-arrivals">{arrivals.point
          ? t('search.arrivalsAt', { date: formatDateInWords(arrivals.from), point: arrivals.point })
          : t('search.arrivalsAll', { date: formatDateInWords(arrivals.from) })}</p>}
      </div>
      <form role="search" class="form search-form" onSubmit={onSubmit} data-testid="search-form">
        <div class="field">
          <label for="search-q">{t('search.label')}</label>
          <div class="inline-form">
            <input id="search-q" name="q" type="search" value={text} autoComplete="off" maxLength={200} aria-describedby="search-q-hint"
              onInput={(e) => setText((e.currentTarget as HTMLInputElement).value)} />
            <button type="submit" class="primary" disabled={busy} aria-busy={busy ? 'true' : undefined}>{t('search.submit')}</button>
          </div>
          <span id="search-q-hint" class="hint">{t('search.hint')}</span>
        </div>
      </form>
      {error && <p class="form-error" role="alert" translate={false}>{error}</p>}
      {items && (
        <SearchResults items={items} hasMore={!!next} busy={busy} onMore={() => void load(query.trim(), next)} />
      )}
    </div>
  );
}
