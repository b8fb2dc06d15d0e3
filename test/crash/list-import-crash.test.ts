import assert from 'node:assert/strict';
import { after, afterEach, before, describe, it } from 'node:test';
import type { ListVersionsResponse, ScreenResponse } from '../../src/http/routes/screening/screening.schemas.ts';
import { auditVerifyCli, listVersionProblems } from '../support/crash-invariants.ts';
import { pollUntil } from '../support/poll-until.ts';
import { demoClient } from '../support/server-clients.ts';
import { type ServerEngine, type ServerEngineDatabase, serverEngines } from '../support/server-engines.ts';
import { type ServerProcess, showOutputIfFailed, startServerProcess } from '../support/server-process.ts';

const HEADER = 'id,name,aliases,type,countries,source';
const SOURCE = 'watchlist:crash';
const SMALL = `${HEADER}\nC-1,Vantorex Quillmarch Holdings,,company,AE,Crash watchlist\nC-2,Oribelle Stanvik Trading,,company,DE,Crash watchlist\n`;
/**
 * large enough that its import takes seconds: the kill lands while its entries are being written. It keeps the
 * small version's entries, so the shrink guard lets it through.
 */
const LARGE_ENTRIES = 20_000;
const large = (): string => {
  const rows = SMALL.trimEnd().split('\n');
  for (let i = 0; i < LARGE_ENTRIES; i += 1) {
    rows.push(`L-${i},Crashtest Holding Number ${i} Trading LLC,Crashtest ${i},company,AE,Crash watchlist`);
  }
  return `${rows.join('\n')}\n`;
};
/** growth of the database on disk that shows the large version's entries are being inserted (not yet committed) */
const INSERTING_BYTES = 2_000_000;

const runOn = (engine: ServerEngine) =>
  describe(`kill -9 during a list import on ${engine.name}`, { timeout: 120_000 }, () => {
    let created: ServerEngineDatabase;
    let server: ServerProcess;
    before(async () => {
      created = await engine.create();
      server = await startServerProcess({ database: created.database });
    });
    afterEach((t) => showOutputIfFailed(t, [server]));
    after(async () => {
      await server?.kill();
      await created?.remove();
    });

    it('leaves every list version whole with one current, screens on, and keeps the audit chain intact', async () => {
      const compliance = await demoClient('compliance', () => [server.url]);
      const first = await compliance.send('POST', '/api/v1/lists/import', {
        source: SOURCE,
        format: 'watchlist',
        content: SMALL,
      });
      assert.equal(first.status, 201, JSON.stringify(first.body));

      const before = await created.storageBytes();
      let answered: number | null = null;
      const importing = compliance
        .send('POST', '/api/v1/lists/import', { source: SOURCE, format: 'watchlist', content: large() })
        .then(
          (response) => {
            answered = response.status;
          },
          () => undefined,
        );
      await pollUntil(
        async () => {
          if (answered !== null) throw new Error(`the large import answered ${answered} before it could be killed`);
          return (await created.storageBytes()) - before >= INSERTING_BYTES ? true : null;
        },
        { timeoutMs: 60_000, intervalMs: 50, what: 'the large import to start writing entries' },
      );
      await server.kill();
      await importing;
      assert.equal(answered, null, 'the import was cut off by the kill');

      await server.restart();
      const restarted = await demoClient('compliance', () => [server.url]);
      const versions = await restarted.get<ListVersionsResponse>('/api/v1/lists');
      const ours = versions.body.versions.filter((v) => v.source === SOURCE);
      assert.deepEqual(
        ours.map((v) => ({ entryCount: v.entryCount, current: v.isCurrent })),
        [{ entryCount: 2, current: true }],
        'only the first version, still current',
      );
      const screened = await restarted.send<ScreenResponse>('POST', '/api/v1/screen', {
        names: [{ name: 'Vantorex Quillmarch Holdings' }],
      });
      assert.equal(screened.status, 200);
      assert.ok(
        screened.body.results[0]?.hits.some((hit) => hit.entryId === 'C-1'),
        'screening uses the first version',
      );

      await server.stop();
      const verify = await auditVerifyCli(created.database);
      assert.equal(verify.exitCode, 0, verify.output);
      const handle = await created.connect();
      try {
        assert.deepEqual(await listVersionProblems(handle.db), []);
      } finally {
        await handle.close();
      }
    });
  });

for (const engine of serverEngines()) runOn(engine);
