import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { VersionedCache } from './versioned-cache.ts';

describe('VersionedCache', () => {
  it('builds once for 10 concurrent callers of one version, and again for a new version', async () => {
    const cache = new VersionedCache<{ version: string }>();
    let builds = 0;
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const build = (version: string) => async () => {
      builds++;
      await gate;
      return { version };
    };
    const pending = Array.from({ length: 10 }, () => cache.get('v1', build('v1')));
    release();
    const values = await Promise.all(pending);
    assert.equal(builds, 1);
    assert.ok(values.every((value) => value === values[0]));
    assert.equal(await cache.get('v1', build('v1')), values[0]);
    assert.equal(builds, 1);
    assert.deepEqual(await cache.get('v2', build('v2')), { version: 'v2' });
    assert.equal(builds, 2);
  });

  it('forgets a failed build, so the next caller builds again', async () => {
    const cache = new VersionedCache<number>();
    await assert.rejects(
      cache.get('v1', async () => {
        throw new Error('database gone');
      }),
      /database gone/,
    );
    assert.equal(await cache.get('v1', async () => 7), 7);
  });
});
