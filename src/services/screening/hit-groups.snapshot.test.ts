// Grouping on the committed CSL snapshot (data/lists): every party the snapshot lists at several addresses
// (one _id on several rows, counted independently with csv-parse) is one entity with all its addresses, and
// two listed people of one name stay apart.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { gunzipSync } from 'node:zlib';
import { parse } from 'csv-parse/sync';
import { snapshotPath } from '../../../test/support/data-paths.ts';
import { groupHits } from '../../core/screening/hit-groups.ts';
import { entryFingerprint } from '../../core/screening/lists/list-version.ts';
import type { ScreeningHit } from '../../core/screening/matching/index.ts';
import { loadListFile } from './load-list-file.ts';
import { addOrigin, emptyOrigins, hitRowsOf } from './screening-index-cache.ts';

const CSL_SNAPSHOT = snapshotPath('csl_2026-07-31.csv.gz');

describe('hit groups on the CSL snapshot', () => {
  it('makes each party listed at several addresses one hit with every address', async () => {
    const loaded = await loadListFile('csl', CSL_SNAPSHOT);
    if (!loaded.ok) assert.fail(loaded.error.message);
    const origins = emptyOrigins();
    for (const entry of loaded.value)
      addOrigin(origins, { id: 'v1', source: 'csl' }, { entry, fingerprint: entryFingerprint(entry) });

    const rows: Record<string, string>[] = parse(gunzipSync(readFileSync(CSL_SNAPSHOT)), { columns: true });
    const byId = new Map<string, Record<string, string>[]>();
    for (const r of rows) byId.set(r._id!, [...(byId.get(r._id!) ?? []), r]);
    const repeated = [...byId.entries()].filter(([, rs]) => rs.length > 1);
    assert.equal(repeated.length, 147);
    const hitOn = (entryId: string, r: Record<string, string>): ScreeningHit => ({
      list: 'csl',
      source: r.source!.trim(),
      entryId,
      name: r.name!.trim(),
      matchedName: r.name!.trim(),
      score: 1,
      explanation: 'exact',
      tokens: [],
    });
    for (const [id, rs] of repeated) {
      const groups = groupHits(hitRowsOf(origins, [hitOn(id, rs[0]!)]));
      assert.equal(groups.length, 1, id);
      const expected = new Set(
        rs.flatMap((r) =>
          r
            .addresses!.split(';')
            .map((a) => a.trim())
            .filter(Boolean),
        ),
      );
      assert.deepEqual(new Set(groups[0]!.addresses), expected, id);
      assert.ok(groups[0]!.entryIds.includes(id));
      assert.ok(groups[0]!.listName.length > 0 && !groups[0]!.listName.includes(' - '), groups[0]!.listName);
    }
    // two SDN individuals named "KIM, Yong Chol": two hits
    const kims = rows.filter((r) => r.type === 'Individual' && r.name!.trim().toLowerCase() === 'kim, yong chol');
    const kimIds = [...new Set(kims.map((r) => r._id!))];
    assert.ok(kimIds.length >= 2);
    const kimGroups = groupHits(
      hitRowsOf(
        origins,
        kimIds.map((id) => hitOn(id, kims.find((r) => r._id === id)!)),
      ),
    );
    assert.equal(kimGroups.length, kimIds.length);
    assert.equal(kimGroups[0]!.listName, 'Specially Designated Nationals (SDN)');
  });
});
