import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
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

const run = async (argv: string[], options: { stdin?: string; env?: Record<string, string> } = {}) => {
  const c = capture(options);
  const code = await runCli(argv, c.io);
  return { code, stdout: c.stdout(), stderr: c.stderr() };
};

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
  it('says which exemption of the UAE rule applies, and that a generic buyer needs a licence', async () => {
    const d = async (argv: string[]) =>
      JSON.parse(
        (await run(['determine', '--eccn', '3A090.a', '--destination', 'AE', '--date', '2026-08-01', ...argv])).stdout,
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
    const table = await run([
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
    ]);
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

describe('aiexports check', () => {
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
