import type { Key, ReactNode } from 'react';
import { ScrollRegion } from './scroll-region.tsx';

/** One column of a DataTable: its header and how a row fills its cell. */
export type Column<Row> = {
  key: string;
  header: ReactNode;
  render: (row: Row, index: number) => ReactNode;
  /** The cell names its row: rendered as `<th scope="row">`. */
  rowHeader?: boolean;
  className?: string;
};

export type DataTableProps<Row> = {
  columns: readonly Column<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row, index: number) => Key;
  /** Omit only when a heading or the scroll region's label already names the table. */
  caption?: ReactNode;
  /** The caption is read by screen readers but not shown. */
  captionHidden?: boolean;
  /** Shown (in a paragraph) instead of the table when there are no rows; nothing is shown when omitted. */
  empty?: ReactNode;
  emptyClassName?: string;
  borderless?: boolean;
  compact?: boolean;
  striped?: boolean;
  fullWidth?: boolean;
  /** Wraps the table in a keyboard-scrollable region with this label. */
  scrollLabel?: string;
  /** Rendered after the table, inside the scroll region when there is one. */
  after?: ReactNode;
};

const tableClass = (props: Pick<DataTableProps<never>, 'borderless' | 'compact' | 'striped' | 'fullWidth'>) =>
  [
    'usa-table',
    props.borderless !== false && 'usa-table--borderless',
    props.compact && 'usa-table--compact',
    props.striped && 'usa-table--striped',
    props.fullWidth !== false && 'width-full',
  ]
    .filter(Boolean)
    .join(' ');

/** A USWDS table with column headers, an optional caption, an empty-state message and an optional scroll region. */
export const DataTable = <Row,>(props: DataTableProps<Row>) => {
  const { columns, rows, rowKey, caption, captionHidden, empty, emptyClassName, scrollLabel, after } = props;
  if (rows.length === 0)
    return empty === undefined || empty === null || empty === false ? null : <p className={emptyClassName}>{empty}</p>;
  const table = (
    <table className={tableClass(props)}>
      {caption !== undefined && <caption className={captionHidden ? 'usa-sr-only' : undefined}>{caption}</caption>}
      <thead>
        <tr>
          {columns.map((column) => (
            <th key={column.key} scope="col">
              {column.header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row, index) => (
          <tr key={rowKey(row, index)}>
            {columns.map((column) =>
              column.rowHeader ? (
                <th key={column.key} scope="row" className={column.className}>
                  {column.render(row, index)}
                </th>
              ) : (
                <td key={column.key} className={column.className}>
                  {column.render(row, index)}
                </td>
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
  if (scrollLabel === undefined)
    return after === undefined ? (
      table
    ) : (
      <>
        {table}
        {after}
      </>
    );
  return (
    <ScrollRegion label={scrollLabel}>
      {table}
      {after}
    </ScrollRegion>
  );
};
