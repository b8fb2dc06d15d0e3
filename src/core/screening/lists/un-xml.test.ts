import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { assertMalformed, chunked, expectOk } from './list-test-support.ts';
import { parseUnXml, UN_SOURCE } from './un-xml.ts';

const INDIVIDUAL = `    <INDIVIDUAL>
      <DATAID>6908555</DATAID>
      <FIRST_NAME>ABDUL</FIRST_NAME>
      <SECOND_NAME>GHANI</SECOND_NAME>
      <THIRD_NAME>BARADAR</THIRD_NAME>
      <UN_LIST_TYPE>Taliban</UN_LIST_TYPE>
      <REFERENCE_NUMBER>TAi.024</REFERENCE_NUMBER>
      <NAME_ORIGINAL_SCRIPT>عبدالغنی برادر</NAME_ORIGINAL_SCRIPT>
      <COMMENTS1>Arrested in Feb. 2010 &amp; released.</COMMENTS1>
      <NATIONALITY>
        <VALUE>Afghanistan</VALUE>
      </NATIONALITY>
      <INDIVIDUAL_ALIAS>
        <QUALITY>Good</QUALITY>
        <ALIAS_NAME>Mullah Baradar Akhund</ALIAS_NAME>
      </INDIVIDUAL_ALIAS>
      <INDIVIDUAL_ALIAS>
        <QUALITY>Low</QUALITY>
        <ALIAS_NAME>Abdul Ghani Baradar</ALIAS_NAME>
      </INDIVIDUAL_ALIAS>
      <INDIVIDUAL_ALIAS>
        <QUALITY/>
        <ALIAS_NAME/>
      </INDIVIDUAL_ALIAS>
      <INDIVIDUAL_ADDRESS>
        <COUNTRY>Pakistan</COUNTRY>
      </INDIVIDUAL_ADDRESS>
      <INDIVIDUAL_PLACE_OF_BIRTH>
        <COUNTRY>Afghanistan</COUNTRY>
      </INDIVIDUAL_PLACE_OF_BIRTH>
    </INDIVIDUAL>`;
const ENTITY = `    <ENTITY>
      <FIRST_NAME>AL-QAIDA</FIRST_NAME>
      <UN_LIST_TYPE>Al-Qaida</UN_LIST_TYPE>
      <REFERENCE_NUMBER>QDe.004</REFERENCE_NUMBER>
      <ENTITY_ALIAS>
        <QUALITY>a.k.a.</QUALITY>
        <ALIAS_NAME>The Base</ALIAS_NAME>
      </ENTITY_ALIAS>
      <ENTITY_ADDRESS/>
    </ENTITY>`;
const doc = (individuals: string, entities: string) =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<CONSOLIDATED_LIST dateGenerated="2026-02-27">\n  <INDIVIDUALS>\n${individuals}\n  </INDIVIDUALS>\n  <ENTITIES>\n${entities}\n  </ENTITIES>\n</CONSOLIDATED_LIST>\n`;

describe('parseUnXml', () => {
  it('reads an individual with joined name parts, aliases of every quality, original script and countries', async () => {
    const [person] = expectOk(await parseUnXml(doc(INDIVIDUAL, ENTITY)));
    assert.deepEqual(person, {
      list: 'un',
      source: UN_SOURCE,
      entryId: 'TAi.024',
      type: 'person',
      primaryName: 'ABDUL GHANI BARADAR',
      aliases: ['Mullah Baradar Akhund', 'عبدالغنی برادر'],
      countries: ['AF', 'PK'],
      programs: ['Taliban'],
      remarks: 'Arrested in Feb. 2010 & released.',
    });
  });

  it('reads an entity with FIRST_NAME as its name and ENTITY_ALIAS as aliases', async () => {
    const entries = expectOk(await parseUnXml(chunked(doc(INDIVIDUAL, ENTITY), [5, 17])));
    assert.deepEqual(entries[1], {
      list: 'un',
      source: UN_SOURCE,
      entryId: 'QDe.004',
      type: 'company',
      primaryName: 'AL-QAIDA',
      aliases: ['The Base'],
      countries: [],
      programs: ['Al-Qaida'],
    });
  });

  it('fails naming the line when the XML is not well-formed', async () => {
    const broken = doc(INDIVIDUAL.replace('</SECOND_NAME>', '</SECOND>'), ENTITY);
    assertMalformed(await parseUnXml(broken, { file: 'un.xml' }), {
      file: 'un.xml',
      line: 7,
      message: /not well-formed/,
    });
  });

  it('fails when the file is truncated', async () => {
    const text = doc(INDIVIDUAL, ENTITY);
    assertMalformed(await parseUnXml(text.slice(0, text.length / 2)), { message: /not well-formed/ });
  });

  it('fails naming REFERENCE_NUMBER and the record line when it is missing', async () => {
    const missing = doc(INDIVIDUAL.replace('<REFERENCE_NUMBER>TAi.024</REFERENCE_NUMBER>', ''), ENTITY);
    assertMalformed(await parseUnXml(missing), { line: 4, field: 'REFERENCE_NUMBER' });
  });

  it('fails naming the line of a repeated REFERENCE_NUMBER and of its first occurrence', async () => {
    const again = ENTITY.replace('QDe.004', 'TAi.024');
    assertMalformed(await parseUnXml(doc(INDIVIDUAL, again)), {
      line: 37,
      field: 'REFERENCE_NUMBER',
      message: /duplicate REFERENCE_NUMBER "TAi\.024" \(line 4\)/,
    });
  });

  it('fails naming FIRST_NAME when an entity has no name', async () => {
    const nameless = doc(INDIVIDUAL, ENTITY.replace('<FIRST_NAME>AL-QAIDA</FIRST_NAME>', '<FIRST_NAME/>'));
    assertMalformed(await parseUnXml(nameless), { field: 'FIRST_NAME' });
  });

  it('fails when the root element is not CONSOLIDATED_LIST', async () => {
    assertMalformed(await parseUnXml('<LIST></LIST>'), { field: 'CONSOLIDATED_LIST' });
  });

  it('fails when the file is empty', async () => {
    assertMalformed(await parseUnXml(''), { line: 1 });
  });

  it('indexes the original-script names an alias gives beside it or in its note', async () => {
    const withScripts = INDIVIDUAL.replace(
      '<ALIAS_NAME>Mullah Baradar Akhund</ALIAS_NAME>',
      '<ALIAS_NAME>Amir Khazmat (original script: Амир Хазмат)</ALIAS_NAME><NOTE>original script: Абу Банат</NOTE>',
    );
    const [person] = expectOk(await parseUnXml(doc(withScripts, ENTITY)));
    assert.deepEqual(person?.aliases, ['Amir Khazmat', 'Амир Хазмат', 'Абу Банат', 'عبدالغنی برادر']);
  });
});
