import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseCslCsv } from './csl-csv.ts';
import { assertMalformed, chunked, expectOk } from './list-test-support.ts';

const HEADER =
  '_id,source,entity_number,type,programs,name,title,addresses,federal_register_notice,start_date,end_date,standard_order,license_requirement,license_policy,call_sign,vessel_type,gross_tonnage,gross_registered_tonnage,vessel_flag,vessel_owner,remarks,source_list_url,alt_names,citizenships,dates_of_birth,nationalities,places_of_birth,source_information_url,ids';
const PLC =
  '"9673","Palestinian Legislative Council List (PLC) - Treasury Department","9673","Individual","NS-PLC","Mohammed ABU JHEISHEH","","","","","","","","","","","","","","","HAMAS - Hebron","https://sanctionslist.ofac.treas.gov/Home/ConsolidatedList","Mohammad Mutlaq ABU JHESHEH; Mohammed ABU JEHEISHA","","1955","","Izna, Hebron","https://ofac.treasury.gov/other-ofac-sanctions-lists",""';
const RIM =
  '"52291","Specially Designated Nationals (SDN) - Treasury Department","52291","Individual","NPWMD","RIM, Ryong Nam","","Shenyang, CN; Pyongyang, KP","","","","","","","","","","","","","","https://sanctionslist.ofac.treas.gov/Home/SdnList","","","1978-12-05","KP","","https://home.treasury.gov/","Passport, 836238033, KP"';
const UVL =
  '"1b59","Unverified List (UVL) - Bureau of Industry and Security","","","","Atlas Sanatgaran","","Komitas 26/114, Yerevan, Armenia, AM","","","","","","","","","","","","","","https://www.bis.doc.gov/","","","","","","https://www.bis.doc.gov/",""';
const VESSEL =
  '"v1","Specially Designated Nationals (SDN) - Treasury Department","1","Vessel","IRAN","SAMPLE SHIP","","","","","","","","","","","","","","","","","","","","","","",""';
const OLD_HEADER = HEADER.replace('_id,', '');
const OLD_ROW =
  'Specially Designated Nationals (SDN) - Treasury Department,8124,Entity,CUBA,"2904977 CANADA, INC.",,"818 rue Sherbrooke East, Montreal, Quebec, H2L 1K3, CA",,,,,,,,,,,,,,http://bit.ly/1I7ipyR,CARIBE SOL; HAVANTUR CANADA INC.,,,,,http://bit.ly/1MLgpye,';

describe('parseCslCsv', () => {
  it('reads entries of the 29-column layout with _id, type, aliases, programs and countries', async () => {
    const entries = expectOk(await parseCslCsv(`${HEADER}\r\n${PLC}\r\n${RIM}\r\n${UVL}\r\n${VESSEL}\r\n`));
    assert.deepEqual(entries[0], {
      list: 'csl',
      source: 'Palestinian Legislative Council List (PLC) - Treasury Department',
      entryId: '9673',
      type: 'person',
      primaryName: 'Mohammed ABU JHEISHEH',
      aliases: ['Mohammad Mutlaq ABU JHESHEH', 'Mohammed ABU JEHEISHA'],
      countries: [],
      programs: ['NS-PLC'],
      remarks: 'HAMAS - Hebron',
      url: 'https://ofac.treasury.gov/other-ofac-sanctions-lists',
    });
    assert.deepEqual(entries[1]?.countries, ['CN', 'KP']);
    assert.deepEqual(entries[1]?.addresses, ['Shenyang, CN', 'Pyongyang, KP']);
    assert.equal(entries[3]?.url, undefined, 'no link when the source gives none');
    assert.equal(entries[2]?.type, 'unknown');
    assert.deepEqual(entries[2]?.countries, ['AM']);
    assert.deepEqual(entries[2]?.programs, []);
    assert.equal(entries[3]?.type, 'vessel');
  });

  it('derives a stable id from the content when the old 28-column layout has no _id', async () => {
    const text = `${OLD_HEADER}\n${OLD_ROW}\n`;
    const first = expectOk(await parseCslCsv(text));
    const again = expectOk(await parseCslCsv(chunked(text, [3, 11])));
    assert.match(first[0]?.entryId ?? '', /^csl-[0-9a-f]{24}$/);
    assert.equal(again[0]?.entryId, first[0]?.entryId);
    assert.deepEqual(first[0]?.aliases, ['CARIBE SOL', 'HAVANTUR CANADA INC.']);
    assert.deepEqual(first[0]?.countries, ['CA']);
    assert.equal(first[0]?.type, 'company');
  });

  it('numbers repeated derived ids when the old layout holds the same row twice', async () => {
    const entries = expectOk(await parseCslCsv(`${OLD_HEADER}\n${OLD_ROW}\n${OLD_ROW}\n`));
    assert.equal(entries[1]?.entryId, `${entries[0]?.entryId}-2`);
  });

  it('fails naming line and column count when a row is truncated', async () => {
    const truncated = PLC.split(',').slice(0, 10).join(',');
    assertMalformed(await parseCslCsv(`${HEADER}\n${RIM}\n${truncated}\n`, { file: 'csl.csv' }), {
      line: 3,
      file: 'csl.csv',
      message: /expected 29 columns/,
    });
  });

  it('fails when a row has more columns than the header', async () => {
    assertMalformed(await parseCslCsv(`${HEADER}\n${RIM},"extra"\n`), { line: 2, message: /found 30/ });
  });

  it('fails naming the field when a required value is empty', async () => {
    const nameless = RIM.replace('"RIM, Ryong Nam"', '""');
    assertMalformed(await parseCslCsv(`${HEADER}\n${nameless}\n`), { line: 2, field: 'name' });
  });

  it('fails naming the column when the header lacks a required one', async () => {
    assertMalformed(await parseCslCsv(`${HEADER.replace('alt_names', 'other')}\n`), { line: 1, field: 'alt_names' });
  });

  it('fails when a quoted field is left open at the end', async () => {
    assertMalformed(await parseCslCsv(`${HEADER}\n${RIM}\n"cut off`), { line: 3 });
  });

  it('fails when the file is empty', async () => {
    assertMalformed(await parseCslCsv('', { file: 'empty.csv' }), { line: 1, file: 'empty.csv', message: /empty/ });
  });
});
