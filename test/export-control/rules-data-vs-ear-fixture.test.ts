// The project's EAR rules data against the committed extract of the eCFR of 2026-07-23
// (test/fixtures/ear); reference-data-vs-ecfr.reference.test.ts runs the same checks on the full parse.
import { describe } from 'node:test';
import { readEarFixture } from '../support/ear-tables.ts';
import { earTableChecks } from './ear-table-checks.ts';

describe('EAR rules data against the committed eCFR extract of 2026-07-23', () => {
  earTableChecks(readEarFixture);
});
