import { Alert } from '../../components/alert.tsx';
import { type Column, DataTable } from '../../components/data-table.tsx';
import { formatAge } from './list-format.ts';

/** A list version as the places that use it show it: its date, its age and whether it is past the maximum age. */
export type AgedList = {
  id: string;
  source: string;
  asOf: string;
  entryCount: number;
  ageDays: number;
  stale: boolean;
  /** the program setting maxListAgeDays, when the answer gives it */
  maxAgeDays?: number;
};

/** A list's age, in a warning tag past the program's maximum list age (with the maximum, in words). */
const ageText = (days: number) => (days === 0 ? 'dated today' : `${formatAge(days)} old`);

export const ListAge = ({ list }: { list: Pick<AgedList, 'ageDays' | 'stale' | 'maxAgeDays'> }) =>
  list.stale ? (
    <span className="usa-tag bg-secondary-dark">
      {ageText(list.ageDays)} · stale
      {list.maxAgeDays === undefined ? '' : ` (maximum ${list.maxAgeDays} days)`}
    </span>
  ) : (
    <span>{ageText(list.ageDays)}</span>
  );

const COLUMNS: Column<AgedList>[] = [
  { key: 'source', header: 'List', rowHeader: true, render: (l) => l.source },
  { key: 'asOf', header: 'As of', render: (l) => l.asOf },
  { key: 'age', header: 'Age', render: (l) => <ListAge list={l} /> },
  { key: 'entries', header: 'Entries', render: (l) => l.entryCount.toLocaleString('en-US') },
];

/**
 * The list versions a screening used, each with its as-of date and age, and a warning when any is older than the
 * program's maximum list age (its results do not clear anyone).
 */
export const ListsUsed = ({ lists, caption }: { lists: readonly AgedList[]; caption: string }) => {
  const stale = lists.filter((l) => l.stale);
  return (
    <>
      {stale.length > 0 && (
        <Alert type="warning" heading="Stale list in use" slim={false}>
          {stale.map((l) => `${l.source} (as of ${l.asOf}, ${formatAge(l.ageDays)} old)`).join('; ')}{' '}
          {stale.length === 1 ? 'is' : 'are'} older than the program’s maximum list age
          {stale[0]?.maxAgeDays === undefined ? '' : ` of ${stale[0].maxAgeDays} days`}. A party screened only against
          stale lists is not screened; refresh or import the list.
        </Alert>
      )}
      <DataTable caption={caption} columns={COLUMNS} rows={lists} rowKey={(l) => l.id} compact fullWidth={false} />
    </>
  );
};
