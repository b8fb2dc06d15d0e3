#!/usr/bin/env node
// Runs every *.test.ts under src/ and test/ with node's test runner (TypeScript through tsx), except the
// reference suite: *.reference.test.ts compare with ../shared/data beside the checkout and run only with
// --reference (npm run test:reference), which skips them with a message when that folder is absent.
// Usage: node scripts/test.mjs [--reference] [path-filter …]   e.g. node scripts/test.mjs screening
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const walk = (dir) =>
  readdirSync(dir).flatMap((name) => {
    if (name === 'node_modules' || name.startsWith('.')) return [];
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : path.endsWith('.test.ts') ? [path] : [];
  });

const reference = process.argv.includes('--reference');
const filters = process.argv.slice(2).filter((arg) => arg !== '--reference');
const shared = join(root, '..', 'shared', 'data');
if (reference && !existsSync(shared)) {
  console.log(
    `reference suite skipped: ${shared} is absent (it holds the full reference data the suite compares with)`,
  );
  process.exit(0);
}
const files = ['src', 'test']
  .flatMap((dir) => walk(join(root, dir)))
  .map((file) => relative(root, file))
  .filter((file) => file.endsWith('.reference.test.ts') === reference)
  .filter((file) => filters.length === 0 || filters.some((f) => file.includes(f)))
  .sort();
if (files.length === 0) {
  console.error(`no ${reference ? 'reference ' : ''}test files match ${filters.join(' ')}`);
  process.exit(1);
}
const concurrency = process.env.TEST_CONCURRENCY ?? '2';
const child = spawn(
  process.execPath,
  ['--import', 'tsx', '--test', `--test-concurrency=${concurrency}`, '--test-reporter=spec', ...files],
  { cwd: root, stdio: ['inherit', 'pipe', 'inherit'], env: { ...process.env, FORCE_COLOR: '0' } },
);
// pass the report through, and end with one plain summary line: "N passed, N failed, N skipped"
const totals = { pass: 0, fail: 0, skipped: 0 };
let pending = '';
child.stdout.on('data', (chunk) => {
  process.stdout.write(chunk);
  pending += chunk.toString('utf8');
  const lines = pending.split('\n');
  pending = lines.pop() ?? '';
  for (const line of lines) {
    const match = /^\S*\s*(pass|fail|skipped) (\d+)$/.exec(line.trim());
    if (match) totals[match[1]] = Number(match[2]);
  }
});
child.on('exit', (code, signal) => {
  process.stdout.write(`\n${totals.pass} passed, ${totals.fail} failed, ${totals.skipped} skipped\n`);
  process.exit(signal ? 1 : (code ?? 1));
});
