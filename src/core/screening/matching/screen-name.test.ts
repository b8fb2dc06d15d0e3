import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ListEntry } from '../lists/list-entry.ts';
import { screenName } from './screen-name.ts';
import { buildScreeningIndex } from './screening-index.ts';

const entry = (
  entryId: string,
  primaryName: string,
  aliases: string[] = [],
  extra: Partial<ListEntry> = {},
): ListEntry => ({
  list: 'csl',
  source: 'Entity List (EL) - Bureau of Industry and Security',
  entryId,
  type: 'company',
  primaryName,
  aliases,
  countries: [],
  programs: [],
  ...extra,
});

const entries: ListEntry[] = [
  entry('almaz', 'Almaz-Antey Air Defense Concern Main System Design Bureau, JSC', ['Almaz-Antey'], {
    countries: ['RU'],
  }),
  entry('habbash', 'George Habbash', [], { type: 'person', list: 'ofac', source: 'SDN' }),
  entry('emma', 'EMMA LLC'),
  entry('corp', '11420 CORP.'),
  entry('putin', 'Путин Владимир Владимирович', ['Vladimir Vladimirovich PUTIN', 'Владимир Путин'], { type: 'person' }),
  entry('smith-1', 'John Smithson Trading'),
  entry('smith-2', 'John Smith Trading'),
  entry('qaida', "AL QA'IDA", ['AlQaida']),
  entry('vessel', 'VICTORY 3', [], { type: 'vessel' }),
  entry('tehran-co', 'Tehran Trading Company', [], { countries: ['IR'] }),
  entry('tehran-co-ae', 'Tehran Trading Co.', [], { countries: ['AE'] }),
];
const index = buildScreeningIndex(entries);

describe('screenName', () => {
  it('finds the listed "Almaz-Antey" concern for "Almaz Antey Telecom" and says why', () => {
    const [hit] = screenName(index, { name: 'Almaz Antey Telecom' });
    assert.equal(hit?.entryId, 'almaz');
    assert.equal(hit?.matchedName, 'Almaz-Antey');
    assert.equal(hit?.name, 'Almaz-Antey Air Defense Concern Main System Design Bureau, JSC');
    assert.match(hit?.explanation ?? '', /almaz=almaz/);
  });
  it('reports no hit for the generic-word and shared-first-name traps', () => {
    assert.deepEqual(screenName(index, { name: 'CORP' }), []);
    assert.deepEqual(screenName(index, { name: 'EMMA DANIELS' }), []);
    assert.deepEqual(screenName(index, { name: 'George Bush' }), []);
  });
  it('ranks the best candidate first, not the first over the threshold', () => {
    const hits = screenName(index, { name: 'John Smith Trading' }, { threshold: 0.3 });
    assert.equal(hits[0]?.entryId, 'smith-2');
    for (let i = 1; i < hits.length; i++) assert.ok(hits[i - 1]!.score >= hits[i]!.score);
  });
  it('matches a Latin query to the Latin alias rather than a non-Latin one', () => {
    const [hit] = screenName(index, { name: 'Vladimir Putin' });
    assert.equal(hit?.entryId, 'putin');
    assert.equal(hit?.matchedName, 'Vladimir Vladimirovich PUTIN');
  });
  it('matches a Cyrillic query across scripts', () => {
    const [hit] = screenName(index, { name: 'Владимир Путин' });
    assert.equal(hit?.entryId, 'putin');
  });
  it('finds joined and split spellings both ways', () => {
    assert.equal(screenName(index, { name: 'Al Qaida' })[0]?.entryId, 'qaida');
    assert.equal(screenName(index, { name: 'Alqaeda' })[0]?.entryId, 'qaida');
  });
  it('finds one-typo spellings through the index', () => {
    assert.equal(screenName(index, { name: 'Almaz Antei' })[0]?.entryId, 'almaz');
    assert.equal(screenName(index, { name: 'Geroge Habbash' })[0]?.entryId, 'habbash');
  });
  it('lowers the score when the entity type differs and raises it when the country is listed', () => {
    const plain = screenName(index, { name: 'George Habbash' })[0]!.score;
    const typed = screenName(index, { name: 'George Habbash', type: 'company' }, { threshold: 0 })[0]!.score;
    assert.ok(typed < plain);
    const [first] = screenName(index, { name: 'Tehran Trading', country: 'ae' });
    assert.equal(first?.entryId, 'tehran-co-ae');
    assert.match(first?.explanation ?? '', /country AE listed/);
  });
  it('reports every entry listing the same name, up to the limit, beyond the candidate budget', () => {
    const same = Array.from({ length: 15 }, (_v, i) => entry(`dup-${i}`, 'Golden Star Trading', [], { list: 'ofac' }));
    const hits = screenName(buildScreeningIndex([...entries, ...same]), { name: 'Golden Star Trading' }, { limit: 20 });
    assert.equal(hits.length, 15);
  });
  it('applies the threshold and the limit', () => {
    assert.equal(screenName(index, { name: 'Tehran Trading' }, { limit: 1 }).length, 1);
    assert.deepEqual(screenName(index, { name: 'Tehran Trading' }, { threshold: 1.01 }), []);
  });
  it('returns nothing for an empty query or an empty index', () => {
    assert.deepEqual(screenName(index, { name: '  ' }), []);
    assert.deepEqual(screenName(buildScreeningIndex([]), { name: 'Almaz' }), []);
  });
});

describe('screenName across scripts', () => {
  const people = [
    entry('saddam', 'SADDAM HUSSEIN AL-TIKRITI', [], { type: 'person', list: 'un', source: 'UN' }),
    entry('aziz', 'TARIQ AZIZ', [], { type: 'person', list: 'un', source: 'UN' }),
    entry('kim', 'KIM JONG UN', [], { type: 'person', list: 'ofac', source: 'SDN' }),
    entry('putin', 'PUTIN, Vladimir Vladimirovich', [], { type: 'person', list: 'ofac', source: 'SDN' }),
    entry('listed-arabic', 'عبد التواب ملا حويش', [], { type: 'person', list: 'un', source: 'UN' }),
  ];
  const index = buildScreeningIndex(people);
  const top = (name: string): string | undefined => screenName(index, { name })[0]?.entryId;

  it('finds a Latin-listed name written in Arabic, Hebrew, Korean or Cyrillic script', () => {
    assert.equal(top('صدام حسين التكريتي'), 'saddam');
    assert.equal(top('طارق عزيز'), 'aziz');
    assert.equal(top('فلاديمير بوتين'), 'putin');
    assert.equal(top('ולדימיר פוטין'), 'putin');
    assert.equal(top('김정은'), 'kim');
    assert.equal(top('Владимир Путин'), 'putin');
  });

  it('finds a name listed in Arabic script from its Latin spelling', () => {
    assert.equal(top('Abd al-Tawwab Mullah Huwaysh'), 'listed-arabic');
  });

  it('does not match an unrelated Arabic name', () => {
    assert.equal(top('جمال عكاشة'), undefined);
  });

  it('finds Latin spellings that run Arabic words together or put their short vowels back', () => {
    const listed = buildScreeningIndex([
      entry('p1', 'HIDAYATULLAH', [], { type: 'person', list: 'un' }),
      entry('p2', 'DJAMEL LOUNICI', [], { type: 'person', list: 'un' }),
      entry('p3', 'NOUREDDINE BEN ALI', [], { type: 'person', list: 'un' }),
      entry('p5', 'George Habbash', [], { type: 'person' }),
    ]);
    const top = (name: string): string | undefined => screenName(listed, { name })[0]?.entryId;
    assert.equal(top('هدايت الله'), 'p1');
    assert.equal(top('جمال لونيسي'), 'p2');
    assert.equal(top('نور الدين بن علي'), 'p3');
    assert.deepEqual(screenName(listed, { name: 'صالح قاسمي' }), []);
  });

  it('finds an entry listed only in Arabic script from a Latin spelling that runs its words together', () => {
    const listed = buildScreeningIndex([
      entry('p1', 'هدايت الله', [], { type: 'person', list: 'un' }),
      entry('p2', 'شمس الدين', [], { type: 'person', list: 'un' }),
    ]);
    assert.equal(screenName(listed, { name: 'Hidayatullah' })[0]?.entryId, 'p1');
    assert.equal(screenName(listed, { name: 'Shamsuddin' })[0]?.entryId, 'p2');
  });
});
