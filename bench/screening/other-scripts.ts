// Names in other scripts: a name written in Arabic, Cyrillic, Chinese, Korean or Hebrew script must find
// the listed entry written in Latin letters, and the reverse. Cases: the UN list's own original-script
// names (NAME_ORIGINAL_SCRIPT) paired with the entry's Latin names, and one person's name in many scripts.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ListEntry } from '../../src/core/screening/lists/list-entry.ts';
import { buildScreeningIndex, type ScreeningIndex, screenName } from '../../src/core/screening/matching/index.ts';
import { DATA } from './load-lists.ts';

const SCRIPTS = ['Arabic', 'Cyrillic', 'Han', 'Hangul', 'Hebrew', 'Greek'] as const;
const isLatin = (name: string): boolean => !/[^\p{Script=Latin}\P{L}]/u.test(name);

/** The script a name is written in (its first non-Latin letter's), or "other". */
export const scriptOf = (name: string): string =>
  SCRIPTS.find((script) => new RegExp(`\\p{Script=${script}}`, 'u').test(name)) ?? 'other';

export type ScriptRecall = {
  queries: number;
  found: number;
  byScript: Map<string, { queries: number; found: number }>;
  misses: string[];
};

const empty = (): ScriptRecall => ({ queries: 0, found: 0, byScript: new Map(), misses: [] });

/** Counts a query as found when its entry is a hit at the default threshold and ranks first (ties count). */
const check = (
  result: ScriptRecall,
  index: ScreeningIndex,
  query: string,
  entryId: (id: string) => boolean,
  script: string,
): void => {
  const hits = screenName(index, { name: query }, { limit: 5 });
  const top = hits[0];
  const own = hits.find((h) => entryId(h.entryId));
  const ok = top !== undefined && own !== undefined && own.score >= top.score;
  const counts = result.byScript.get(script) ?? { queries: 0, found: 0 };
  counts.queries++;
  result.queries++;
  if (ok) {
    counts.found++;
    result.found++;
  } else if (result.misses.length < 40) {
    result.misses.push(`${script}: "${query}" → ${top ? `"${top.matchedName}" ${top.score}` : 'nothing'}`);
  }
  result.byScript.set(script, counts);
};

/**
 * UN entries with original-script names. Forward: each original-script name against the UN list with
 * its non-Latin names removed. Reverse: the entry's Latin primary name against the UN list where those
 * entries keep only their original-script names.
 */
export const unOtherScripts = (un: ListEntry[]): { forward: ScriptRecall; reverse: ScriptRecall } => {
  const latinOnly = un.map((e) => ({ ...e, aliases: e.aliases.filter(isLatin) }));
  const withOriginal = un.filter((e) => e.aliases.some((a) => !isLatin(a)) && isLatin(e.primaryName));
  const originalOnly = un.map((e) => {
    const others = e.aliases.filter((a) => !isLatin(a));
    return others.length > 0 && isLatin(e.primaryName)
      ? { ...e, primaryName: others[0]!, aliases: others.slice(1) }
      : e;
  });
  const forward = empty();
  const reverse = empty();
  const latinIndex = buildScreeningIndex(latinOnly);
  const originalIndex = buildScreeningIndex(originalOnly);
  for (const entry of withOriginal) {
    const same = (id: string): boolean => id === entry.entryId;
    for (const name of entry.aliases.filter((a) => !isLatin(a))) {
      check(forward, latinIndex, name, same, scriptOf(name));
      check(reverse, originalIndex, entry.primaryName, same, scriptOf(name));
    }
  }
  return { forward, reverse };
};

/** One person's name in many scripts (nomenklatura), against the full lists: the top hit must be Putin. */
export const putinScripts = (index: ScreeningIndex): ScriptRecall => {
  const names = readFileSync(join(DATA, 'matching/nomenklatura_putin_names.txt'), 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0 && !isLatin(line) && !/президент|präsident/iu.test(line));
  const result = empty();
  const putin = new Set(
    index.entries
      .filter((e) => /\bputin\b/i.test(e.primaryName) && /vladimir/i.test(e.primaryName))
      .map((e) => e.entryId),
  );
  for (const name of names) check(result, index, name, (id) => putin.has(id), scriptOf(name));
  return result;
};
