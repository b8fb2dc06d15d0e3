import { fieldLabel } from '../../core/package/field-labels.ts';

const dateTime = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' });
const date = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeZone: 'UTC' });
const usd = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: 0 });

const parse = (iso: string | null | undefined): Date | null => {
  if (!iso) return null;
  const value = new Date(iso);
  return Number.isNaN(value.getTime()) ? null : value;
};

export const formatDateTime = (iso: string | null | undefined): string => {
  const value = parse(iso);
  return value ? `${dateTime.format(value)} UTC` : '—';
};
export const formatDate = (iso: string | null | undefined): string => {
  const value = parse(iso);
  return value ? date.format(value) : '—';
};
export const formatUsd = (amount: number | null | undefined): string =>
  typeof amount === 'number' ? usd.format(amount) : '—';

/** Any JSON value as short text, for diffs and summaries. */
export const formatValue = (value: unknown): string => {
  if (value === undefined || value === null || value === '') return '—';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
};

/** An audit summary ({ from, to, reason, … }) as "from: draft · to: submitted · …". */
export const formatSummary = (value: unknown): string => {
  if (value && typeof value === 'object' && !Array.isArray(value))
    return Object.entries(value)
      .map(([key, item]) =>
        key === 'changedPaths' && Array.isArray(item)
          ? `changed: ${item.map((path) => fieldLabel(String(path))).join('; ')}`
          : `${key}: ${formatValue(item)}`,
      )
      .join(' · ');
  return formatValue(value);
};
