// Loads the reference lists for the benchmark: through the service loader (src/services/screening/
// load-list-file.ts) when it exists, else straight through the core parsers.
import { copyFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Result } from '../../src/core/kernel/result.ts';
import { parseCslCsv } from '../../src/core/screening/lists/csl-csv.ts';
import type { ListEntry, ListFormat } from '../../src/core/screening/lists/list-entry.ts';
import { parseOfacLegacy } from '../../src/core/screening/lists/ofac-legacy.ts';
import { parseUnXml } from '../../src/core/screening/lists/un-xml.ts';

export const DATA = new URL('../../../shared/data/', import.meta.url).pathname;
const LISTS = join(DATA, 'lists');

/**
 * Stops the benchmark with a message naming the missing folder when ../shared/data is not beside the
 * checkout: its figures are measured on the full lists and name-matching cases kept there.
 */
export const requireSharedData = (): void => {
  if (existsSync(DATA)) return;
  console.error(
    `bench:screening: ${DATA} is missing. The benchmark measures the full CSL, OFAC and UN lists and the ` +
      'name-matching cases of that folder; put the reference data beside the checkout as ../shared/data.',
  );
  process.exit(1);
};
const LOADER = new URL('../../src/services/screening/load-list-file.ts', import.meta.url);

type Loader = (format: ListFormat, path: string) => Promise<Result<ListEntry[]>>;

const serviceLoader = async (): Promise<Loader | undefined> => {
  if (!existsSync(LOADER)) return undefined;
  const module = (await import(LOADER.href)) as { loadListFile?: Loader };
  return module.loadListFile;
};

const unwrap = <T>(result: Result<T>, what: string): T => {
  if (!result.ok) throw new Error(`${what}: ${result.error.message}`);
  return result.value;
};

const fallback: Loader = async (format, path) => {
  const latin = (file: string): string => readFileSync(file, 'latin1');
  if (format === 'csl') return parseCslCsv(readFileSync(path, 'utf8'), { file: path });
  if (format === 'un') return parseUnXml(readFileSync(path, 'utf8'), { file: path });
  const result = await parseOfacLegacy({
    primary: { text: latin(join(LISTS, 'ofac/sdn_2024-05-03.csv')) },
    aliases: { text: latin(join(LISTS, 'ofac/alt_2025-12.csv')) },
    addresses: { text: latin(join(LISTS, 'ofac/add_2025-12.csv')) },
    source: 'SDN',
  });
  return result.ok ? { ok: true, value: result.value.entries } : result;
};

/** The OFAC set the benchmark uses: the 2024-05 SDN file with the 2025-12 alt/add files, in one folder. */
const ofacFolder = (): string => {
  const folder = join(tmpdir(), 'aiexports-bench-ofac');
  if (!existsSync(join(folder, 'sdn.csv'))) {
    mkdirSync(folder, { recursive: true });
    copyFileSync(join(LISTS, 'ofac/sdn_2024-05-03.csv'), join(folder, 'sdn.csv'));
    copyFileSync(join(LISTS, 'ofac/alt_2025-12.csv'), join(folder, 'alt.csv'));
    copyFileSync(join(LISTS, 'ofac/add_2025-12.csv'), join(folder, 'add.csv'));
  }
  return folder;
};

export type BenchLists = { un: ListEntry[]; csl: ListEntry[]; ofac: ListEntry[]; via: string };

export const loadBenchLists = async (): Promise<BenchLists> => {
  const service = await serviceLoader();
  const load = service ?? fallback;
  const via = service ? 'src/services/screening/load-list-file.ts' : 'core parsers (service loader not present)';
  const un = unwrap(await load('un', join(LISTS, 'un/UN_consolidated_2026-02.xml')), 'UN list');
  const csl = unwrap(await load('csl', join(LISTS, 'consolidated_2026-07-31.csv')), 'CSL');
  const ofac = unwrap(await load('ofac', service ? ofacFolder() : LISTS), 'OFAC');
  return { un, csl, ofac, via };
};
