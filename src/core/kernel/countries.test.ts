import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { COUNTRIES, isCountryCode, resolveCountry } from './countries.ts';

const codeOf = (text: string) => {
  const result = resolveCountry(text);
  return result.ok ? result.value.code : null;
};

describe('countries', () => {
  it('holds every ISO 3166-1 alpha-2 code once, plus XK', () => {
    assert.equal(COUNTRIES.length, 250);
    assert.equal(new Set(COUNTRIES.map((c) => c.code)).size, 250);
    assert.ok(isCountryCode('XK') && isCountryCode('HK') && isCountryCode('MO'));
    assert.equal(isCountryCode('de'), false);
    assert.equal(isCountryCode('ZZ'), false);
  });

  const aliases: [string, string][] = [
    ['Türkiye', 'TR'],
    ['Turkey', 'TR'],
    ['turkiye', 'TR'],
    ['Burma', 'MM'],
    ['Myanmar', 'MM'],
    ['Korea, South', 'KR'],
    ['South Korea', 'KR'],
    ['Korea, North', 'KP'],
    ['Hong Kong', 'HK'],
    ['Macau', 'MO'],
    ['Macao', 'MO'],
    ['China (PRC)', 'CN'],
    ["People's Republic of China", 'CN'],
    ['Russian Federation', 'RU'],
    ['UAE', 'AE'],
    ['uk', 'GB'],
    ['Viet Nam', 'VN'],
    ['Czechia', 'CZ'],
    ['Côte d’Ivoire', 'CI'],
    ['Ivory Coast', 'CI'],
    ['Bosnia & Herzegovina', 'BA'],
    ['Gambia, The', 'GM'],
    ['South Sudan, Republic of', 'SS'],
    ['deu', 'DE'],
    ['us', 'US'],
    ['  Germany ', 'DE'],
  ];
  for (const [text, code] of aliases) {
    it(`resolves "${text}" to ${code}`, () => assert.equal(codeOf(text), code));
  }

  it('fails with invalid_input on an unknown name', () => {
    const result = resolveCountry('Atlantis');
    assert.equal(result.ok, false);
    if (!result.ok) assert.equal(result.error.code, 'invalid_input');
    assert.equal(resolveCountry(' ').ok, false);
  });
});
