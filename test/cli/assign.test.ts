import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { exitCodeFor } from '../../src/cli/exit-codes.ts';
import { runCli } from '../../src/main/cli.ts';
import { captureIo } from '../support/capture-io.ts';

/** The input shape: r1 is best for p1, the optimum is known by hand (see the comments). */
const problem = {
  reviewersPerProposal: 2,
  maxPerAgency: 1,
  proposals: [{ id: 'p1', requiredAgencies: ['State'] }, { id: 'p2' }],
  reviewers: [
    { id: 'r1', agency: 'Commerce', minLoad: 0, maxLoad: 2 },
    { id: 'r2', agency: 'State', maxLoad: 1 },
    { id: 'r3', agency: 'Energy', maxLoad: 2 },
  ],
  affinity: [
    { proposal: 'p1', reviewer: 'r1', score: 0.73 },
    { proposal: 'p2', reviewer: 'r1', score: 0.5 },
  ],
  conflicts: [{ proposal: 'p2', reviewer: 'r2' }],
  forced: [{ proposal: 'p2', reviewer: 'r3' }],
};
// p1 needs State: r2; its other place: r1 (0.73). p2 cannot have r2: r1 (0.5) and r3 (forced). Total 1.23.

describe('aiexports assign', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'aiexports-assign-'));
    writeFileSync(join(dir, 'ok.json'), JSON.stringify(problem));
    writeFileSync(join(dir, 'infeasible.json'), JSON.stringify({ ...problem, reviewersPerProposal: 3 }));
    const bad = structuredClone(problem) as { reviewers: { maxLoad: unknown }[] };
    (bad.reviewers[2] as { maxLoad: unknown }).maxLoad = -2;
    writeFileSync(join(dir, 'bad.json'), JSON.stringify(bad));
    writeFileSync(join(dir, 'broken.json'), '{ "reviewersPerProposal": ');
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('prints the assignment as JSON and exits 0 when feasible', async () => {
    const io = captureIo({ cwd: dir });
    assert.equal(await runCli(['assign', '--input', 'ok.json', '--format', 'json'], io), 0);
    assert.deepEqual(JSON.parse(io.out()), {
      feasible: true,
      totalAffinity: 1.23,
      assignments: [
        { proposal: 'p1', reviewer: 'r1', score: 0.73 },
        { proposal: 'p1', reviewer: 'r2', score: 0 },
        { proposal: 'p2', reviewer: 'r1', score: 0.5 },
        { proposal: 'p2', reviewer: 'r3', score: 0 },
      ],
    });
    assert.equal(io.err(), '');
  });

  it('defaults to JSON, reads standard input with "-", and prints a table on request', async () => {
    const stdin = captureIo({ cwd: dir, stdin: JSON.stringify(problem) });
    assert.equal(await runCli(['assign', '--input', '-'], stdin), 0);
    assert.equal(JSON.parse(stdin.out()).totalAffinity, 1.23);
    const table = captureIo({ cwd: dir });
    assert.equal(await runCli(['assign', '--input', 'ok.json', '--format', 'table'], table), 0);
    assert.match(table.out(), /^4 assignments, total affinity 1\.23\n/);
    assert.match(table.out(), /\np1 +r1 \(0\.73\), r2 \(0\)\n/);
  });

  it('prints the reasons and exits 1 when infeasible', async () => {
    const io = captureIo({ cwd: dir });
    assert.equal(await runCli(['assign', '--input', 'infeasible.json'], io), 1);
    const output = JSON.parse(io.out()) as { feasible: boolean; reasons: { code: string; message: string }[] };
    assert.equal(output.feasible, false);
    assert.deepEqual(Object.keys(output), ['feasible', 'reasons']);
    assert.ok(output.reasons.some((r) => r.code === 'too_few_eligible_reviewers' && /proposal p2/.test(r.message)));
    assert.ok(output.reasons.every((r) => Object.keys(r).join() === 'code,message'));
  });

  it('exits 2 naming the field when the input is invalid, and on unreadable JSON or usage errors', async () => {
    const bad = captureIo({ cwd: dir });
    assert.equal(await runCli(['assign', '--input', 'bad.json'], bad), exitCodeFor.invalid_input);
    assert.equal(exitCodeFor.invalid_input, 2);
    assert.match(bad.err(), /reviewers\[2\]\.maxLoad: must be 0 or more/);
    assert.equal(bad.out(), '');
    const broken = captureIo({ cwd: dir });
    assert.equal(await runCli(['assign', '--input', 'broken.json'], broken), 2);
    assert.match(broken.err(), /broken\.json is not valid JSON/);
    const missing = captureIo({ cwd: dir });
    assert.equal(await runCli(['assign'], missing), 2);
    assert.match(missing.err(), /--input FILE\.json/);
    const format = captureIo({ cwd: dir });
    assert.equal(await runCli(['assign', '--input', 'ok.json', '--format', 'xml'], format), 2);
    assert.match(format.err(), /--format must be one of json, table/);
  });
});
