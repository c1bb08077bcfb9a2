import type { ComponentChildren } from 'preact';
import { useCallback, useEffect, useState } from 'preact/hooks';
import { api } from '../../api/client';
import type { CatalogEvent, PointDefinition, PointSummary, ProgramDefinition, ProgramSummary } from '../../api/types';
import { t, tEnum, formatDateTime } from '../../i18n';
import { live } from '../../live/connection';
import { AccountsPanel } from './AccountsPanel';
import { PointForm } from './PointForm';
import { ProgramForm } from './ProgramForm';

interface Catalog {
  points: PointSummary[];
  programs: ProgramSummary[];
  events: CatalogEvent[];
}

const pointBody = (p: PointSummary, active: boolean): PointDefinition => ({
  code: p.code, name: p.name, city: p.city, state: p.state, kind: p.kind, timeZone: p.timeZone ?? null, capacity: p.capacity, active,
});

const programBody = (p: ProgramSummary, active: boolean): ProgramDefinition => ({
  id: p.id, name: p.name, category: p.category, provider: p.provider, points: [...p.points], destinationStates: [...p.destinationStates],
  dailyCapacity: p.dailyCapacity, active,
});

/**
 * Administración (issue #16): every point and program with forms to create, change, deactivate and reactivate them, the
 * sign-in accounts, and the catalog's latest events. Redrawn whenever the hub says the catalog changed, whoever changed it.
 */
export function AdminView() {
  const [catalog, setCatalog] = useState<Catalog | null>(null);
  const [failed, setFailed] = useState(false);
  const [editing, setEditing] = useState<string | null>(null);

  const load = useCallback(async () => {
    try {
      const [points, programs, events] = await Promise.all([api.points(), api.programs(), api.catalogEvents()]);
      setCatalog({ points, programs, events });
      setFailed(false);
    } catch {
      setFailed(true);
    }
  }, []);
  useEffect(() => {
    void load();
    return live.onCatalogChanged(() => void load());
  }, [load]);

  const toggle = async (action: () => Promise<unknown>) => {
    await action().catch(() => setFailed(true));
    await load();
  };

  if (!catalog) return <div class="view" data-view="admin"><h1>{t('admin.title')}</h1><p>{t(failed ? 'error.network' : 'common.loading')}</p></div>;
  return (
    <div class="view" data-view="admin">
      <h1>{t('admin.title')}</h1>
      <section aria-labelledby="admin-points">
        <h2 id="admin-points">{t('admin.points')}</h2>
        <table data-testid="admin-points">
          <thead><tr><th>{t('admin.code')}</th><th>{t('admin.name')}</th><th>{t('admin.state')}</th><th>{t('admin.timeZone')}</th><th>{t('admin.status')}</th><th /></tr></thead>
          <tbody>
            {catalog.points.map((p) => (
              <tr key={p.code} data-code={p.code}>
                <td translate={false}>{p.code}</td><td>{p.name}</td><td>{p.state}</td><td translate={false}>{p.timeZone}</td>
                <EntryActions active={p.active !== false} editing={editing === p.code} onEdit={() => setEditing(editing === p.code ? null : p.code)}
                  onToggle={() => toggle(() => api.updatePoint(p.code, pointBody(p, p.active === false)))}>
                  <PointForm point={p} onDone={() => setEditing(null)} />
                </EntryActions>
              </tr>
            ))}
          </tbody>
        </table>
        <details><summary>{t('admin.newPoint')}</summary><PointForm onDone={load} /></details>
      </section>
      <section aria-labelledby="admin-programs">
        <h2 id="admin-programs">{t('admin.programs')}</h2>
        <table data-testid="admin-programs">
          <thead><tr><th>{t('admin.id')}</th><th>{t('admin.name')}</th><th>{t('admin.category')}</th><th>{t('admin.points')}</th><th>{t('admin.status')}</th><th /></tr></thead>
          <tbody>
            {catalog.programs.map((p) => (
              <tr key={p.id} data-id={p.id}>
                <td translate={false}>{p.id}</td><td>{p.name}</td><td>{tEnum('category', p.category)}</td><td translate={false}>{p.points.join(', ')}</td>
                <EntryActions active={p.active !== false} editing={editing === p.id} onEdit={() => setEditing(editing === p.id ? null : p.id)}
                  onToggle={() => toggle(() => api.updateProgram(p.id, programBody(p, p.active === false)))}>
                  <ProgramForm program={p} onDone={() => setEditing(null)} />
                </EntryActions>
              </tr>
            ))}
          </tbody>
        </table>
        <details><summary>{t('admin.newProgram')}</summary><ProgramForm onDone={load} /></details>
      </section>
      <AccountsPanel />
      <section aria-labelledby="admin-events">
        <h2 id="admin-events">{t('admin.events')}</h2>
        <ul data-testid="admin-events">
          {catalog.events.map((e) => (
            <li key={e.sequence}>
              {formatDateTime(e.at, null)} · <span translate={false}>{e.userName}</span> · {tEnum('catalogAction', e.action)} <span translate={false}>{e.key}</span>
              {e.changes.length > 0 && `: ${e.changes.map((c) => `${c.field} ${c.old ?? '∅'} → ${c.new ?? '∅'}`).join('; ')}`}
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}

/** A point's or program's state and what an administrator may do with it: edit (the form below), deactivate, reactivate. */
function EntryActions({ active, editing, onEdit, onToggle, children }: {
  active: boolean; editing: boolean; onEdit: () => void; onToggle: () => void; children: ComponentChildren;
}) {
  return (
    <>
      <td data-testid="status">{t(active ? 'admin.active' : 'admin.inactive')}</td>
      <td>
        <button type="button" aria-expanded={editing} onClick={onEdit}>{t('admin.edit')}</button>{' '}
        <button type="button" data-testid="toggle" onClick={onToggle}>{t(active ? 'admin.deactivate' : 'admin.reactivate')}</button>
        {editing && children}
      </td>
    </>
  );
}
