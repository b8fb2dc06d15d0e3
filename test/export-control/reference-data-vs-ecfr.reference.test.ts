// Cross-checks the project's EAR rules data against the full third-party parse of the eCFR (2026-07-23) in
// ../shared/data/ear (reference suite), and checks that the committed extract in test/fixtures/ear is what
// scripts/build-ear-fixture.ts cuts from that parse today.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { sharedDataPresent } from '../support/data-paths.ts';
import { extractEarTables, readEarFixture, readSharedEarTables } from '../support/ear-tables.ts';
import { earTableChecks } from './ear-table-checks.ts';

describe('EAR rules data against the full eCFR parse of 2026-07-23', {
  skip: !sharedDataPresent() && 'no ../shared/data',
}, () => {
  earTableChecks(readSharedEarTables);

  it('has a committed extract equal to the rows the rules use (rebuild: scripts/build-ear-fixture.ts)', () => {
    assert.deepEqual(readEarFixture(), extractEarTables(readSharedEarTables()));
  });
});
