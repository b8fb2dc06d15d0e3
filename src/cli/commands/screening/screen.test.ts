import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { snapshotPath } from '../../../../test/support/data-paths.ts';
import { runCli } from '../../../main/cli.ts';
import type { CliIo } from '../../command.ts';

/** the UN list of 2026-02-27 from the committed snapshot, gzip-compressed */
const UN = snapshotPath('un_2026-02-27.xml.gz');

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

type Line = {
  query: string;
  matches: { list: string; entryId: string; name: string; matchedName: string; score: number; explanation: string }[];
};

describe('aiexports screen', () => {
  it('writes one jsonl line per query, in order, best match first, only at or above the threshold', async () => {
    const { io, stdout } = capture('name,country\nAl Qaida,\nJohn Smith Jones,US\nUsama bin Ladin,\n');
    assert.equal(await runCli(['screen', '--list', `un:${UN}`, '--input', '-'], io), 0);
    const lines = stdout()
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Line);
    assert.deepEqual(
      lines.map((l) => l.query),
      ['Al Qaida', 'John Smith Jones', 'Usama bin Ladin'],
    );
    assert.equal(lines[0]?.matches[0]?.list, 'un');
    assert.match(lines[0]?.matches[0]?.matchedName ?? '', /qa.?ida/i);
    assert.deepEqual(lines[1]?.matches, []);
    const scores = lines[2]!.matches.map((m) => m.score);
    assert.ok(scores.length > 0 && scores.every((s) => s >= 0.7));
    assert.deepEqual(
      scores,
      [...scores].sort((a, b) => b - a),
    );
    assert.deepEqual(Object.keys(lines[2]!.matches[0]!), [
      'list',
      'source',
      'entryId',
      'name',
      'matchedName',
      'score',
      'explanation',
    ]);
  });
  it('reads a plain text file of names and honours --limit, --threshold and --format csv', async () => {
    const { io, stdout } = capture('Usama bin Ladin\n\nAl Qaida\n');
    assert.equal(
      await runCli(
        ['screen', '--list', `un:${UN}`, '--input', '-', '--limit', '1', '--threshold', '0.9', '--format', 'csv'],
        io,
      ),
      0,
    );
    const lines = stdout().trim().split('\n');
    assert.equal(lines[0], 'query,list,source,entryId,name,matchedName,score,explanation');
    assert.equal(lines.filter((l) => l.startsWith('Al Qaida,')).length, 1);
    assert.ok(lines.slice(1).every((l) => Number(l.split(',').at(-2)) >= 0.9 || l.includes('"')));
  });
  it('prints a readable table', async () => {
    const { io, stdout } = capture('Al Qaida\n');
    assert.equal(await runCli(['screen', '--list', `un:${UN}`, '--input', '-', '--format', 'table'], io), 0);
    assert.match(stdout(), /^Al Qaida\n {2}1\.000 {2}un/);
  });
  it('reports progress on standard error for long inputs', async () => {
    const names = Array.from({ length: 1001 }, (_v, i) => `Person Number ${i}`).join('\n');
    const { io, stdout, stderr } = capture(names);
    assert.equal(await runCli(['screen', '--list', `un:${UN}`, '--input', '-'], io), 0);
    assert.equal(stdout().trim().split('\n').length, 1001);
    assert.match(stderr(), /screening 1001 names/);
    assert.match(stderr(), /1000\/1001/);
  });
  it('exits 2 with a clear message on bad arguments or files', async () => {
    // (without --list, the command screens against the database: test/cli/screen-database.test.ts)
    const cases = [
      ['screen', '--list', 'nope:/x', '--input', '-'],
      ['screen', '--list', `un:${UN}`],
      ['screen', '--list', `un:${UN}`, '--input', '-', '--threshold', '2'],
      ['screen', '--list', `un:${UN}`, '--input', '-', '--limit', '0'],
      ['screen', '--list', `un:${UN}`, '--input', '/nonexistent/names.txt'],
      ['screen', '--list', 'un:/nonexistent/un.xml', '--input', '-'],
      ['screen', '--list', `un:${UN}`, '--input', '-', '--bogus'],
    ];
    for (const argv of cases) {
      const { io, stderr } = capture('Al Qaida\n');
      assert.equal(await runCli(argv, io), 2, argv.join(' '));
      assert.match(stderr(), /aiexports screen: .+/);
    }
  });
});
