/** The result grid: typed column headers that sort, pages of rows, and a CSV download. */
import { useMemo, useState } from 'react';
import type { SortDirection, TableOutput } from '../notebook/table-output';
import { displayValue, isNumericType, sortedRowIndexes, tableToCsv } from '../notebook/table-output';
import { download } from './download';

const PAGE_SIZES = [10, 25, 100] as const;

export function TableGrid({ table }: { readonly table: TableOutput }) {
  const [sort, setSort] = useState<{ column: number; direction: SortDirection } | null>(null);
  const [pageSize, setPageSize] = useState<number>(PAGE_SIZES[0]);
  const [page, setPage] = useState(0);
  const order = useMemo(() => (sort ? sortedRowIndexes(table, sort.column, sort.direction) : table.rows.map((_, i) => i)), [table, sort]);
  const pages = Math.max(1, Math.ceil(order.length / pageSize));
  const at = Math.min(page, pages - 1);
  const shown = order.slice(at * pageSize, (at + 1) * pageSize);
  const first = order.length === 0 ? 0 : at * pageSize + 1;

  const toggle = (column: number) => {
    setPage(0);
    setSort((s) => (s?.column !== column ? { column, direction: 'ascending' } : s.direction === 'ascending' ? { column, direction: 'descending' } : null));
  };

  return (
    <div className="table-grid">
      <div className="table-scroll">
        <table>
          <caption className="visually-hidden">Result rows, sortable by column</caption>
          <thead>
            <tr>
              {table.columns.map((c, i) => (
                <th key={i} scope="col" aria-sort={sort?.column === i ? sort.direction : 'none'} className={isNumericType(c.type) ? 'num' : undefined}>
                  <button type="button" onClick={() => toggle(i)} title={`Sort by ${c.name}`}>
                    {c.name}
                    <span className="col-type">{c.type}</span>
                    <span aria-hidden="true">{sort?.column === i ? (sort.direction === 'ascending' ? ' ▲' : ' ▼') : ''}</span>
                  </button>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {shown.map((r) => (
              <tr key={r}>
                {table.rows[r]!.map((v, i) => (
                  <td key={i} className={`${isNumericType(table.columns[i]?.type ?? '') ? 'num' : ''}${v === null ? ' null' : ''}`}>
                    {displayValue(v)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="table-footer">
        <span role="status" aria-label="Rows shown">
          Rows {first}–{at * pageSize + shown.length} of {order.length}
          {table.truncated && ` (truncated: the result has ${table.totalRows.toLocaleString('en-US')} rows)`}
        </span>
        <label>
          Rows per page{' '}
          <select value={pageSize} onChange={(e) => (setPageSize(Number(e.target.value)), setPage(0))}>
            {PAGE_SIZES.map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
        </label>
        <button type="button" onClick={() => setPage(at - 1)} disabled={at === 0}>
          Previous page
        </button>
        <button type="button" onClick={() => setPage(at + 1)} disabled={at >= pages - 1}>
          Next page
        </button>
        <button type="button" onClick={() => download({ fileName: 'result.csv', mimeType: 'text/csv', text: tableToCsv(table, order) })}>
          Download CSV
        </button>
      </div>
    </div>
  );
}
