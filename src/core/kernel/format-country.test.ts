import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { COUNTRIES } from './countries.ts';
import { formatCountries, formatCountry } from './format-country.ts';

describe('formatCountry', () => {
  it('shows a country by its name with its code', () => {
    assert.equal(formatCountry('CN'), 'China (CN)');
    assert.equal(formatCountry('KE'), 'Kenya (KE)');
    assert.equal(formatCountry('ae'), 'United Arab Emirates (AE)');
    assert.equal(formatCountry('KR'), 'Korea, South (KR)');
  });

  it('names every country of the table and keeps its code', () => {
    for (const country of COUNTRIES) {
      assert.equal(formatCountry(country.code), `${country.name} (${country.code})`);
    }
  });

  it('names the regional blocs, shows an unknown code as it is and nothing as a dash', () => {
    assert.equal(formatCountry('EU'), 'European Union (EU)');
    assert.equal(formatCountry('GCC'), 'Gulf Cooperation Council (GCC)');
    assert.equal(formatCountry('QQ'), 'QQ');
    assert.equal(formatCountry(null), '—');
    assert.equal(formatCountry(''), '—');
    assert.equal(formatCountries([]), '—');
    assert.equal(formatCountries(['US', 'EU']), 'United States (US), European Union (EU)');
  });
});
