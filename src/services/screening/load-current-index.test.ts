import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { testDatabases } from '../../../test/support/test-databases.ts';
import { connectDatabase, type DatabaseHandle } from '../../db/connect.ts';
import { jobTestDeps } from '../../jobs/jobs-test-support.ts';
import type { ServiceDeps } from '../service-deps.ts';
import { importListVersion } from './import-list-version.ts';
import { loadCurrentIndex } from './load-current-index.ts';
import { ScreeningIndexCache } from './screening-index-cache.ts';

const HEADER = 'id,name,aliases,type,countries,source';

for (const engine of testDatabases()) {
  describe(`loadCurrentIndex on ${engine.name}`, () => {
    let database: DatabaseHandle;
    let deps: ServiceDeps;
    let dir: string;
    before(async () => {
      database = await engine.open();
      ({ deps } = jobTestDeps(database.db));
      dir = mkdtempSync(join(tmpdir(), 'aiex-index-'));
    });
    after(async () => {
      rmSync(dir, { recursive: true, force: true });
      await database.close();
    });

    const importWatchlist = async (name: string, rows: string) => {
      const path = join(dir, name);
      writeFileSync(path, `${HEADER}\n${rows}`);
      const result = await importListVersion(deps, null, { source: 'watchlist:test', format: 'watchlist', path });
      assert.ok(result.ok, result.ok ? '' : result.error.message);
      return result.value;
    };

    it('reuses the built index while the current versions stay the same, and rebuilds after an import', async () => {
      await importWatchlist('v1.csv', 'W-1,Orvanta Kinetics LLC,,company,AE,x\n');
      const first = await loadCurrentIndex(deps);
      assert.equal(await loadCurrentIndex(deps), first);
      assert.equal(first.index.entries.length, 1);
      const duplicate = await importWatchlist('v1-copy.csv', 'W-1,Orvanta Kinetics LLC,,company,AE,x\n');
      assert.equal(duplicate.duplicate, true);
      assert.equal(await loadCurrentIndex(deps), first);
      await importWatchlist('v2.csv', 'W-1,Orvanta Kinetics LLC,,company,AE,x\nW-2,Tessaline Marine,,vessel,,x\n');
      const second = await loadCurrentIndex(deps);
      assert.notEqual(second, first);
      assert.equal(second.index.entries.length, 2);
      assert.equal(second.versions.length, 1);
    });

    it('builds the index once for 10 concurrent cold requests', async () => {
      const cold: ServiceDeps = { ...deps, screeningCache: new ScreeningIndexCache() };
      const indexes = await Promise.all(Array.from({ length: 10 }, () => loadCurrentIndex(cold)));
      assert.ok(indexes.every((index) => index === indexes[0]));
      assert.equal(indexes[0]!.index.entries.length, 2);
    });

    it('uses a list imported through a second app over the same database at the next request', async () => {
      // the second app: its own connection (on PostgreSQL) and its own cache, like another instance
      const other = engine.name === 'postgres' ? await connectDatabase(database.target) : database;
      try {
        const second: ServiceDeps = { ...jobTestDeps(other.db).deps, screeningCache: new ScreeningIndexCache() };
        const before = await loadCurrentIndex(deps);
        assert.equal(await loadCurrentIndex(second), await loadCurrentIndex(second));
        const path = join(dir, 'v3.csv');
        writeFileSync(
          path,
          `${HEADER}\nW-1,Orvanta Kinetics LLC,,company,AE,x\nW-2,Tessaline Marine,,vessel,,x\nW-3,Quillon Aerospace,,company,CN,x\n`,
        );
        const imported = await importListVersion(second, null, { source: 'watchlist:test', format: 'watchlist', path });
        assert.ok(imported.ok && !imported.value.duplicate);
        const after = await loadCurrentIndex(deps);
        assert.notEqual(after, before);
        assert.deepEqual(after.index.entries.map((e) => e.entryId).sort(), ['W-1', 'W-2', 'W-3']);
      } finally {
        if (other !== database) await other.close();
      }
    });
  });
}
