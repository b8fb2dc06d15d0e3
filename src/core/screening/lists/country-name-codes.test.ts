import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { countryCodeOf } from './country-name-codes.ts';

describe('countryCodeOf', () => {
  it('maps the spellings OFAC and the UN use to ISO-2 codes', () => {
    assert.equal(countryCodeOf('Korea, North'), 'KP');
    assert.equal(countryCodeOf("Democratic People's Republic of Korea"), 'KP');
    assert.equal(countryCodeOf('Iran (Islamic Republic of)'), 'IR');
    assert.equal(countryCodeOf('  russian   federation '), 'RU');
    assert.equal(countryCodeOf('Congo, Democratic Republic of the'), 'CD');
    assert.equal(countryCodeOf('United Kingdom'), 'GB');
  });

  it('returns undefined when the name is not a country', () => {
    assert.equal(countryCodeOf('-0-'), undefined);
    assert.equal(countryCodeOf('undetermined'), undefined);
    assert.equal(countryCodeOf('Region: Kafia Kingi'), undefined);
  });
});
