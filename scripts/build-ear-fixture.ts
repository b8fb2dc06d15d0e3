// Writes test/fixtures/ear/ear-tables_ecfr-2026-07-23.json: the rows and parts of the eCFR parse in
// ../shared/data/ear that the project's rules data uses (see test/support/ear-tables.ts). Run it after the
// rules data starts to use another group, column, ECCN or licence exception; the reference suite fails
// until the fixture is rebuilt.
// Usage: npx tsx scripts/build-ear-fixture.ts && npx biome format --write test/fixtures/ear
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { EAR_FIXTURE, extractEarTables, readSharedEarTables } from '../test/support/ear-tables.ts';

mkdirSync(dirname(EAR_FIXTURE), { recursive: true });
writeFileSync(EAR_FIXTURE, `${JSON.stringify(extractEarTables(readSharedEarTables()), null, 2)}\n`);
console.log(`wrote ${EAR_FIXTURE}`);
