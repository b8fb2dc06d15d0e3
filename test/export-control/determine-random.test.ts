// Property test over random inputs (the same generator as npm run bench:rules, fewer cases): determine never
// throws, bad input is an invalid_input error value, and every answer is consistent with itself.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { randomCases } from '../../bench/rules/random-cases.ts';
import { EARLIEST_REFERENCE_DATE } from '../../src/core/export-control/dated.ts';
import { determine } from '../../src/core/export-control/determine.ts';

describe('determine on random inputs', () => {
  it('never throws, and each answer holds together', () => {
    let answered = 0;
    for (const { input, date } of randomCases(2_000, 7)) {
      const label = JSON.stringify({ input, date });
      const result = determine(input, date);
      if (!result.ok) {
        assert.equal(result.error.code, 'invalid_input', label);
        continue;
      }
      answered += 1;
      const d = result.value;
      if (date < EARLIEST_REFERENCE_DATE) {
        assert.equal(d.status, 'undetermined', label);
        assert.equal(d.licenseRequired, true, label);
      } else {
        // licenseRequired whenever any U.S. authorization is required, and only then
        assert.equal(d.licenseRequired, d.authorizations.length > 0, label);
        assert.equal(d.status === 'undetermined', d.reviewPolicy === 'undetermined', label);
        assert.equal(d.reviewPolicy === 'none', !d.licenseRequired, label);
      }
      for (const reason of d.reasons) assert.ok(reason.text.includes(reason.citation.section), label);
      for (const x of d.exemptions) assert.ok(x.citation.length > 0, label);
    }
    assert.ok(answered > 1_000, `${answered} answered`);
  });
});
