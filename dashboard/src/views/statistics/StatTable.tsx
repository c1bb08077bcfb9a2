import { useState } from 'preact/hooks';
import { ApiError } from '../../api/problem';
import { saveFile } from '../../api/statistics';
import { t } from '../../i18n';
import { showCell, toCsv, toXlsx, type TableModel } from './table';

/** A report's table: the chart's figures for screen readers and the keyboard, with a header row and totals. */
export function StatTable({ table, testId }: { table: TableModel; testId: string }) {
  return (
    <div class="table-wrap" tabIndex={0} role="region" aria-label={table.caption}>
      <table data-testid={testId}>
        <caption>{table.caption}</caption>
        <thead>
          <tr>{table.columns.map((c, i) => <th key={i} scope="col">{c}</th>)}</tr>
        </thead>
        <tbody>
          {table.rows.length === 0 && (
            <tr><td colSpan={table.columns.length} class="muted">{t('stats.noData')}</td></tr>
          )}
          {table.rows.map((row, r) => (
            <tr key={r}>
              {row.map((cell, i) => (i === 0 ? <th key={i} scope="row">{showCell(cell)}</th> : <td key={i} class={typeof cell === 'number' ? 'num' : undefined}>{showCell(cell)}</td>))}
            </tr>
          ))}
        </tbody>
        {table.totals && table.rows.length > 0 && (
          <tfoot>
            <tr>{table.totals.map((cell, i) => (i === 0 ? <th key={i} scope="row">{showCell(cell)}</th> : <td key={i} class={typeof cell === 'number' ? 'num' : undefined}>{showCell(cell)}</td>))}</tr>
          </tfoot>
        )}
      </table>
    </div>
  );
}

/**
 * CSV and XLSX of a table. `server` fetches the file the API lays out (the bulletin); without it the file is written
 * here from the table the page shows.
 */
export function Downloads({ table, server, testId }: { table: TableModel; server?: (format: 'csv' | 'xlsx') => Promise<{ blob: Blob; name: string }>; testId: string }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const download = async (format: 'csv' | 'xlsx') => {
    setBusy(true);
    setError(null);
    try {
      const file = server
        ? await server(format)
        : { blob: format === 'csv' ? toCsv(table) : await toXlsx(table), name: `${table.file}.${format}` };
      saveFile(file.blob, file.name);
    } catch (e) {
      setError(e instanceof ApiError ? e.problem.detail ?? t('error.request', { status: e.status }) : t('error.network'));
    } finally {
      setBusy(false);
    }
  };
  return (
    <div class="stats-downloads" role="group" aria-label={t('stats.downloadOf', { table: table.caption })}>
      <button type="button" disabled={busy} onClick={() => download('csv')} data-testid={`${testId}-csv`}>{t('stats.downloadCsv')}</button>
      <button type="button" disabled={busy} onClick={() => download('xlsx')} data-testid={`${testId}-xlsx`}>{t('stats.downloadXlsx')}</button>
      {error && <p class="field-error" role="alert">{error}</p>}
    </div>
  );
}
