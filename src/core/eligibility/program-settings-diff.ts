import type { ProgramSettings } from './program-settings.ts';

/** One setting that differs between two versions; `field` is the dotted key (`outboundInvestment.notifiableAboveOps`). */
export type SettingChange = { field: string; before: unknown; after: unknown };

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

const walk = (before: unknown, after: unknown, prefix: string, out: SettingChange[]): void => {
  if (isRecord(before) && isRecord(after)) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
    for (const key of keys) walk(before[key], after[key], prefix ? `${prefix}.${key}` : key, out);
    return;
  }
  if (!same(before, after)) out.push({ field: prefix, before: before ?? null, after: after ?? null });
};

/**
 * The settings that differ from one version to the next, field by field: nested objects are compared key by key,
 * lists (countries, disabled sources) as a whole. Absent keys read as null.
 */
export const diffProgramSettings = (before: ProgramSettings, after: ProgramSettings): SettingChange[] => {
  const out: SettingChange[] = [];
  walk(before, after, '', out);
  return out;
};
