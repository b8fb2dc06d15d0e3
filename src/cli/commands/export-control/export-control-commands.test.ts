import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { runCli } from '../../../main/cli.ts';
import type { CliIo } from '../../command.ts';

const root = fileURLToPath(new URL('../../../../', import.meta.url));

const capture = (options: { stdin?: string; env?: Record<string, string> } = {}) => {
  const out: string[] = [];
  const errors: string[] = [];
  const io: CliIo = {
    stdout: (text) => {
      out.push(text);
    },
    stderr: (text) => {
      errors.push(text);
    },
    readStdin: async () => options.stdin ?? '',
    env: options.env ?? {},
    cwd: root,
  };
  return { io, stdout: () => out.join(''), stderr: () => errors.join('') };
};

const runWith = async (argv: string[], options: { stdin?: string; env?: Record<string, string> } = {}) => {
  const c = capture(options);
  const code = await runCli(argv, c.io);
  return { code, stdout: c.stdout(), stderr: c.stderr() };
};
const run = runWith;

describe('aiexports classify', () => {
  it('prints {eccn, reasons} as JSON and exits 0', async () => {
    const r = await run(['classify', '--tpp', '4800', '--density', '1', '--format', 'json']);
    assert.equal(r.code, 0);
    const json = JSON.parse(r.stdout);
    assert.deepEqual(Object.keys(json), ['eccn', 'undetermined', 'definition', 'reasons']);
    assert.equal(json.eccn, '3A090.a');
    assert.ok(json.reasons.length > 0);
  });

  it('prints null for a chip outside 3A090, and .c for high-bandwidth memory', async () => {
    const none = await run(['classify', '--tpp', '1000', '--density', '1', '--format', 'json']);
    assert.equal(JSON.parse(none.stdout).eccn, null);
    const hbm = await run([
      'classify',
      '--tpp',
      '0',
      '--density',
      '0',
      '--bandwidth-density',
      '3.3',
      '--format',
      'json',
    ]);
    assert.equal(JSON.parse(hbm.stdout).eccn, '3A090.c');
  });

  it('exits 2 with a message on missing or bad numbers', async () => {
    const missing = await run(['classify', '--density', '1']);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /--tpp is required/);
    const datacenter = await run(['classify', '--tpp', '1', '--datacenter', 'maybe']);
    assert.equal(datacenter.code, 2);
    assert.match(datacenter.stderr, /--datacenter must be true or false/);
    const bad = await run(['classify', '--tpp', 'lots', '--density', '1']);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /--tpp must be a number/);
    assert.equal((await run(['classify', '--tpp', '1', '--density', '1', '--format', 'xml'])).code, 2);
  });
});

describe('aiexports classify --datacenter and --date', () => {
  it('applies Note 2 with --datacenter false, and the 2022 text with --date', async () => {
    const json = async (argv: string[]) => JSON.parse((await run(['classify', ...argv, '--format', 'json'])).stdout);
    assert.equal((await json(['--tpp', '2000', '--density', '6', '--date', '2026-03-01'])).eccn, '3A090.a');
    assert.equal(
      (await json(['--tpp', '2000', '--density', '6', '--datacenter', 'false', '--date', '2026-03-01'])).eccn,
      null,
    );
    assert.equal((await json(['--tpp', '15800', '--io-bandwidth', '400', '--date', '2023-06-01'])).eccn, null);
    assert.equal((await json(['--tpp', '15800', '--io-bandwidth', '700', '--date', '2023-06-01'])).eccn, '3A090');
    const table = await run(['classify', '--tpp', '3000', '--date', '2026-03-01']);
    assert.match(table.stdout, /^undetermined/);
  });
});

describe('aiexports determine --consignee and --transaction', () => {
  // a named consignee is also screened against the loaded Entity, Unverified and MEU lists (fail-closed without them)
  let lists: Awaited<ReturnType<typeof withLists>>;
  before(async () => {
    lists = await withLists();
  });
  after(() => rmSync(lists.dir, { recursive: true, force: true }));

  it('says which exemption of the UAE rule applies, and that a generic buyer needs a licence', async () => {
    const d = async (argv: string[]) =>
      JSON.parse(
        (
          await runWith(['determine', '--eccn', '3A090.a', '--destination', 'AE', '--date', '2026-08-01', ...argv], {
            env: lists.env,
          })
        ).stdout,
      );
    const g42 = await d(['--consignee', 'G42']);
    assert.equal(g42.licenseRequired, false);
    assert.equal(g42.consignee, 'G42');
    assert.deepEqual(
      g42.exemptions.map((x: { id: string; status: string }) => `${x.status}:${x.id}`),
      ['applies:uae-approved-g42'],
    );
    const generic = await d(['--consignee', 'Gulf Compute Trading LLC']);
    assert.equal(generic.licenseRequired, true);
    assert.deepEqual(generic.exemptions, []);
    assert.deepEqual(
      generic.authorizations.map((a: { agency: string }) => a.agency),
      ['BIS'],
    );
    const table = await runWith(
      [
        'determine',
        '--eccn',
        '3A090.a',
        '--destination',
        'AE',
        '--date',
        '2026-08-01',
        '--consignee',
        'UAE Government',
        '--format',
        'table',
      ],
      { env: lists.env },
    );
    assert.match(table.stdout, /applies: the Government of the United Arab Emirates/);
  });

  it('names OFAC for EAR99 to Iran, and rejects an unknown transaction', async () => {
    const r = await run(['determine', '--eccn', 'EAR99', '--destination', 'Iran', '--date', '2026-03-01']);
    const d = JSON.parse(r.stdout);
    assert.equal(d.licenseRequired, true);
    assert.deepEqual(
      d.authorizations.map((a: { agency: string }) => a.agency),
      ['OFAC'],
    );
    const bad = await run(['determine', '--eccn', 'EAR99', '--destination', 'DE', '--transaction', 'gift']);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /--transaction must be one of export, reexport, transfer/);
  });
});

describe('aiexports determine', () => {
  it('prints the determination JSON', async () => {
    const r = await run([
      'determine',
      '--eccn',
      '3A090.a',
      '--destination',
      'CN',
      '--date',
      '2026-03-01',
      '--format',
      'json',
    ]);
    assert.equal(r.code, 0);
    const d = JSON.parse(r.stdout);
    for (const key of [
      'licenseRequired',
      'reviewPolicy',
      'reasons',
      'possibleExceptions',
      'citations',
      'rulesVersion',
      'trace',
    ]) {
      assert.ok(key in d, key);
    }
    assert.equal(d.licenseRequired, true);
    assert.equal(d.reviewPolicy, 'presumption_of_denial');
    assert.equal(d.rulesVersion, '2026-01-15');
  });

  it('accepts names and aliases, headquarters and chip figures', async () => {
    const r = await run([
      'determine',
      '--eccn',
      '3A090.a',
      '--destination',
      'Germany',
      '--hq',
      'Macao',
      '--date',
      '2026-03-01',
      '--tpp',
      '15000',
      '--density',
      '20',
      '--bandwidth',
      '4800',
    ]);
    const d = JSON.parse(r.stdout);
    assert.equal(d.destination, 'DE');
    assert.equal(d.headquarters, 'MO');
    // the January 2026 China/Macau policy covers exports to CN, HK and MO only, not a third country
    assert.equal(d.reviewPolicy, 'presumption_of_denial');
    const tr = JSON.parse(
      (await run(['determine', '--eccn', '3A090.a', '--destination', 'Türkiye', '--date', '2026-03-01'])).stdout,
    );
    assert.equal(tr.licenseRequired, false);
  });

  it('takes today from the CLI clock (AIEXPORTS_TODAY overrides it)', async () => {
    const r = await run(['determine', '--eccn', 'EAR99', '--destination', 'FR'], {
      env: { AIEXPORTS_TODAY: '2025-06-01' },
    });
    assert.equal(JSON.parse(r.stdout).date, '2025-06-01');
  });

  it('enforces a switchable rule with --switch', async () => {
    const r = await run([
      'determine',
      '--eccn',
      '3A090.a',
      '--destination',
      'AE',
      '--date',
      '2026-03-01',
      '--switch',
      'ai-diffusion',
    ]);
    assert.equal(JSON.parse(r.stdout).licenseRequired, true);
  });

  it('exits 2 on bad input', async () => {
    for (const argv of [
      ['determine', '--eccn', 'nonsense', '--destination', 'DE'],
      ['determine', '--eccn', '3A090.a', '--destination', 'Atlantis'],
      ['determine', '--eccn', '3A090.a'],
      ['determine', '--eccn', '3A090.a', '--destination', 'DE', '--date', '2026-02-30'],
      ['determine', '--eccn', '3A090.a', '--destination', 'DE', '--bogus'],
    ]) {
      const r = await run(argv);
      assert.equal(r.code, 2, argv.join(' '));
      assert.ok(r.stderr.length > 0);
    }
  });
});

/** The CSL sample: its Entity List holds "China Electronics Technology Group Corporation 13th Research Institute (CETC 13)". */
const CSL_SAMPLE = 'test/fixtures/lists/consolidated_sample_2025-06.csv';
const ENTITY = 'China Electronics Technology Group Corporation 13th Research Institute';
/** A database in a scratch folder with the CSL sample imported as of today (so it is current), and one with none. */
const withLists = async () => {
  const dir = mkdtempSync(join(tmpdir(), 'aiexports-check-'));
  const env = { AIEXPORTS_DATA_DIR: join(dir, 'lists'), LOG_LEVEL: 'silent', AIEXPORTS_DEMO: 'false' };
  const todayUtc = new Date().toISOString().slice(0, 10);
  const imported = await run(
    ['lists', 'import', '--source', 'csl', '--format', 'csl', '--as-of', todayUtc, `${root}${CSL_SAMPLE}`],
    { env },
  );
  assert.equal(imported.code, 0, imported.stderr);
  return { dir, env, empty: { ...env, AIEXPORTS_DATA_DIR: join(dir, 'empty') } };
};

describe('aiexports check', () => {
  let lists: Awaited<ReturnType<typeof withLists>>;
  const run = (argv: string[], options: { stdin?: string } = {}) => runWith(argv, { ...options, env: lists.env });
  before(async () => {
    lists = await withLists();
  });
  after(() => rmSync(lists.dir, { recursive: true, force: true }));

  it('blocks an end user on the Entity List, naming the entry, the list version and its date', async () => {
    const file = JSON.parse(readFileSync(`${root}examples/proposal-clean.json`, 'utf8'));
    file.content.endUsers = [{ name: `${ENTITY} (CETC 13)`, country: 'CN' }];
    const r = await run(['check', '-', '--as-of', '2026-11-28', '--format', 'json'], { stdin: JSON.stringify(file) });
    assert.equal(r.code, 1, r.stderr);
    const finding = JSON.parse(r.stdout).findings.find((f: { code: string }) => f.code === 'end_user_on_entity_list');
    assert.equal(finding.severity, 'blocker');
    assert.equal(finding.subject.path, 'content.endUsers.0');
    assert.match(
      finding.explanation,
      /Entity List entry "China Electronics Technology Group Corporation 13th Research Institute/,
    );
    assert.match(
      finding.explanation,
      new RegExp(`list csl as of ${new Date().toISOString().slice(0, 10)}, version \\S+`),
    );
    assert.match(finding.explanation, /Policy of denial/);
  });

  it('blocks the end users when no list is loaded (fail-closed), and says how to load one', async () => {
    const r = await runWith(['check', 'examples/proposal-clean.json', '--as-of', '2026-11-28', '--format', 'json'], {
      env: lists.empty,
    });
    assert.equal(r.code, 1);
    const finding = JSON.parse(r.stdout).findings.find(
      (f: { code: string }) => f.code === 'end_user_lists_unavailable',
    );
    assert.equal(finding.severity, 'blocker');
    assert.match(finding.explanation, /aiexports lists import/);
  });

  it('exits 0 on the clean example', async () => {
    const r = await run(['check', 'examples/proposal-clean.json', '--as-of', '2026-11-28', '--format', 'json']);
    assert.equal(r.code, 0, r.stderr);
    const report = JSON.parse(r.stdout);
    assert.equal(report.counts.blocker, 0);
    assert.equal(report.asOf, '2026-11-28');
    assert.ok(report.findings.every((f: { citations: unknown[] }) => Array.isArray(f.citations)));
  });

  it('exits 1 on the example with blockers and lists them', async () => {
    const r = await run(['check', 'examples/proposal-blockers.json', '--as-of', '2026-11-28', '--format', 'json']);
    assert.equal(r.code, 1);
    const found = new Set(JSON.parse(r.stdout).findings.map((f: { code: string }) => f.code));
    for (const code of [
      'layer_missing',
      'member_in_country_of_concern',
      'member_controlled_from_country_of_concern',
      'provider_in_data_sharing_jurisdiction',
      'outbound_investment_prohibited',
      'export_license_denial_presumed',
    ]) {
      assert.ok(found.has(code), code);
    }
  });

  it('prints a table by default', async () => {
    const r = await run(['check', 'examples/proposal-blockers.json', '--as-of', '2026-11-28']);
    assert.equal(r.code, 1);
    assert.match(r.stdout, /BLOCKERS \(\d+\)/);
  });

  it('reads the file from standard input with "-"', async () => {
    const { readFile } = await import('node:fs/promises');
    const stdin = await readFile(`${root}examples/proposal-clean.json`, 'utf8');
    const r = await run(['check', '-', '--as-of', '2026-11-28', '--format', 'json'], { stdin });
    assert.equal(r.code, 0);
  });

  it('exits 2 with the schema errors and their paths', async () => {
    const bad = {
      consortium: { name: 'X' },
      companies: [{ id: 'a', legalName: 'A Co', countryOfIncorporation: 'usa', principalPlaceOfBusiness: 'US' }],
      members: [{ companyId: 'a', role: 'anchor' }],
      content: { title: 'A proposal', layers: { hardware: [{ eccn: 'bad' }] } },
    };
    const r = await run(['check', '-'], { stdin: JSON.stringify(bad) });
    assert.equal(r.code, 2);
    assert.match(r.stderr, /consortium\.name: name must be at least 3 characters/);
    assert.match(r.stderr, /companies\.0\.countryOfIncorporation/);
    assert.match(r.stderr, /content\.layers\.hardware\.0\.eccn/);
  });

  it('exits 2 on a missing file, invalid JSON, a bad date or a bad format', async () => {
    assert.equal((await run(['check', 'examples/none.json'])).code, 2);
    assert.equal((await run(['check', '-'], { stdin: '{not json' })).code, 2);
    assert.equal((await run(['check', 'examples/proposal-clean.json', '--as-of', 'yesterday'])).code, 2);
    assert.equal((await run(['check', 'examples/proposal-clean.json', '--format', 'csv'])).code, 2);
    assert.equal((await run(['check'])).code, 2);
  });
});

describe('aiexports determine with named end users', () => {
  let lists: Awaited<ReturnType<typeof withLists>>;
  before(async () => {
    lists = await withLists();
  });
  after(() => rmSync(lists.dir, { recursive: true, force: true }));

  it("requires a licence for a consignee on the Entity List, under the entry's policy, and bars exceptions", async () => {
    const args = ['determine', '--eccn', 'EAR99', '--destination', 'CN', '--date', '2026-11-28', '--format', 'json'];
    const clear = await runWith(args, { env: lists.env });
    assert.equal(JSON.parse(clear.stdout).licenseRequired, false);
    const r = await runWith([...args, '--consignee', `${ENTITY} (CETC 13)`], { env: lists.env });
    assert.equal(r.code, 0, r.stderr);
    const d = JSON.parse(r.stdout);
    assert.equal(d.licenseRequired, true);
    assert.equal(d.reviewPolicy, 'policy_of_denial');
    assert.deepEqual(d.possibleExceptions, []);
    const reason = d.reasons.find((x: { ruleId: string }) => x.ruleId === 'end-user-entity-list');
    assert.match(reason.text, /Consignee .* matches Entity List entry/);
    assert.ok(d.citations.some((c: { section: string }) => c.section.startsWith('744.11')));
    assert.equal(d.endUsers.status, 'screened');
    assert.ok(!d.reasons.some((x: { ruleId: string }) => x.ruleId === 'no-license-required'));
  });

  it('notes a clean end user, and refuses with lists_unavailable (exit 11) when no list is loaded', async () => {
    const args = ['determine', '--eccn', '3A090.a', '--destination', 'DE', '--date', '2026-11-28', '--format', 'json'];
    const clean = await runWith([...args, '--end-user', 'Rhine Valley Clinics GmbH'], { env: lists.env });
    assert.equal(clean.code, 0, clean.stderr);
    assert.ok(
      JSON.parse(clean.stdout).notes.some((n: string) => n.startsWith('No match for Rhine Valley Clinics GmbH')),
    );
    const none = await runWith([...args, '--end-user', 'Rhine Valley Clinics GmbH'], { env: lists.empty });
    assert.equal(none.code, 11);
    assert.equal(none.stdout, '');
    assert.match(none.stderr, /No screening list is loaded|Consolidated Screening List/);
  });
});
