import { formatNumber } from '../../i18n';

// A table as data: what the page shows, and what the CSV and XLSX downloads of that table contain, from one model so
// the file and the screen cannot disagree.

export type Cell = string | number;

export interface TableModel {
  /** Stem of the downloaded file's name, e.g. "llegadas-por-sexo". */
  file: string;
  caption: string;
  columns: string[];
  rows: Cell[][];
  /** A last row of totals, shown in the table's foot. */
  totals?: Cell[];
}

const quote = (cell: Cell) => {
  const text = String(cell);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/** RFC 4180 CSV, with a byte-order mark so spreadsheet programs read the accents as UTF-8. */
export function toCsv(table: TableModel): Blob {
  const lines = [table.columns, ...table.rows, ...(table.totals ? [table.totals] : [])].map((row) => row.map(quote).join(','));
  return new Blob([`\uFEFF${lines.join('\r\n')}\r\n`], { type: 'text/csv;charset=utf-8' });
}

/** The same rows as an XLSX workbook (write-excel-file, loaded only when someone asks for one). */
export async function toXlsx(table: TableModel): Promise<Blob> {
  const { default: writeExcelFile } = await import('write-excel-file/universal');
  const header = table.columns.map((value) => ({ value, fontWeight: 'bold' as const }));
  const rows = [...table.rows, ...(table.totals ? [table.totals] : [])].map((row) => row.map((value) => ({ value })));
  return writeExcelFile([header, ...rows], { sheet: table.file.slice(0, 31) }).toBlob();
}

export const showCell = (cell: Cell) => (typeof cell === 'number' ? formatNumber(cell) : cell);
