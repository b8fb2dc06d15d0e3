import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { runCli } from '../../../main/cli.ts';
import type { CliIo } from '../../command.ts';

const capture = (stdin = '') => {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    stdout: (text) => out.push(text),
    stderr: (text) => err.push(text),
    readStdin: async () => stdin,
    env: {},
    cwd: process.cwd(),
  };
  return { io, stdout: () => out.join(''), stderr: () => err.join('') };
};

const PAIRS =
  'case,name1,name2,schema\n1,George Bush,George Habbash,Person\n2,"Siemens AG",Siemens Aktiengesellschaft,Company\n3,"Putin, Vladimir",Vladimir Putin,\n';

describe('aiexports match', () => {
  it('echoes the input columns and adds score and match, one row per pair in order', async () => {
    const { io, stdout } = capture(PAIRS);
    assert.equal(await runCli(['match', '--pairs', '-'], io), 0);
    const lines = stdout().trim().split('\n');
    assert.equal(lines[0], 'case,name1,name2,schema,score,match');
    assert.match(lines[1]!, /^1,George Bush,George Habbash,Person,0\.\d{3},false$/);
    assert.match(lines[2]!, /^2,Siemens AG,Siemens Aktiengesellschaft,Company,1\.000,true$/);
    assert.match(lines[3]!, /^3,"Putin, Vladimir",Vladimir Putin,,1\.000,true$/);
  });
  it('writes one JSON object per line with --format jsonl', async () => {
    const { io, stdout } = capture(PAIRS);
    assert.equal(await runCli(['match', '--pairs', '-', '--format', 'jsonl'], io), 0);
    const rows = stdout()
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { score: number; match: boolean; explanation: string });
    assert.equal(rows.length, 3);
    assert.equal(rows[1]?.match, true);
    assert.equal(typeof rows[0]?.score, 'number');
    assert.match(rows[0]?.explanation ?? '', /george=george/);
  });
  it('exits 2 with a message when the file is missing or lacks name1/name2', async () => {
    const missing = capture();
    assert.equal(await runCli(['match', '--pairs', '/nonexistent/pairs.csv'], missing.io), 2);
    assert.match(missing.stderr(), /cannot read/);
    const wrong = capture('a,b\n1,2\n');
    assert.equal(await runCli(['match', '--pairs', '-'], wrong.io), 2);
    assert.match(wrong.stderr(), /name1 and name2/);
    const format = capture(PAIRS);
    assert.equal(await runCli(['match', '--pairs', '-', '--format', 'xml'], format.io), 2);
    assert.equal(await runCli(['match'], capture().io), 2);
  });
});
