// Where test data lives. Committed: test/fixtures (small cuts of public data, see test/fixtures/README.md)
// and data/lists (the dated list snapshot). Not committed: ../shared/data beside the checkout, which only
// the reference suite (*.reference.test.ts, `npm run test:reference`) reads.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = new URL('../../', import.meta.url);

/** A file under test/fixtures, e.g. fixturePath('lists/ofac/sdn_2024-05-03.csv'). */
export const fixturePath = (relative: string): string => fileURLToPath(new URL(`test/fixtures/${relative}`, root));

/** A file of the committed list snapshot, e.g. snapshotPath('un_2026-02-27.xml.gz'). */
export const snapshotPath = (relative: string): string => fileURLToPath(new URL(`data/lists/${relative}`, root));

/** A file under ../shared/data beside the checkout (reference suite only). */
export const sharedDataPath = (relative: string): string => fileURLToPath(new URL(`../shared/data/${relative}`, root));

/** Whether ../shared/data is there (the reference suite skips itself otherwise). */
export const sharedDataPresent = (): boolean => existsSync(fileURLToPath(new URL('../shared/data/', root)));
