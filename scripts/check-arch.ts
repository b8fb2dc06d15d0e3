// Fails when an import crosses a boundary that ARCHITECTURE.md does not allow.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

type Layer = 'core' | 'db' | 'services' | 'jobs' | 'http' | 'cli' | 'web' | 'main' | 'config';

/** What each layer may import (besides itself). "types" edges are allowed only as `import type`. */
const ALLOWED: Record<Layer, { value: Layer[]; typeOnly: Layer[] }> = {
  core: { value: [], typeOnly: [] },
  config: { value: ['core'], typeOnly: [] },
  db: { value: [], typeOnly: ['core'] },
  services: { value: ['core', 'db', 'jobs'], typeOnly: [] },
  jobs: { value: ['core', 'services'], typeOnly: [] },
  http: { value: ['core', 'services', 'config'], typeOnly: ['db'] },
  cli: { value: ['core', 'services', 'config', 'main'], typeOnly: ['db'] },
  web: { value: ['core'], typeOnly: ['http'] },
  main: { value: ['core', 'db', 'services', 'jobs', 'http', 'cli', 'config'], typeOnly: [] },
};

/** Packages the pure core may use: the schema library, and any-ascii (a pure transliteration table, no I/O). */
const CORE_PACKAGES = new Set(['zod', 'any-ascii']);

const root = resolve(new URL('..', import.meta.url).pathname);
const src = join(root, 'src');
const walk = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return walk(path);
    // tests and their support files may use node:test and fixtures
    return /\.(ts|tsx)$/.test(name) && !/(\.test\.tsx?|test-support\.ts)$/.test(name) ? [path] : [];
  });

const layerOf = (file: string): Layer | null => {
  const top = relative(src, file).split('/')[0];
  return top && top in ALLOWED ? (top as Layer) : null;
};

const problems: string[] = [];
const importPattern =
  /^\s*(import|export)\s+(type\s+)?[^'"]*?from\s+['"]([^'"]+)['"]|^\s*import\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/gm;

for (const file of walk(src)) {
  const from = layerOf(file);
  if (!from) continue;
  const text = readFileSync(file, 'utf8');
  for (const match of text.matchAll(importPattern)) {
    const typeOnly = Boolean(match[2]);
    const specifier = match[3] ?? match[4] ?? match[5] ?? '';
    const where = `${relative(root, file)}: ${specifier}`;
    if (!specifier.startsWith('.')) {
      if (from === 'core' && !typeOnly && !CORE_PACKAGES.has(specifier))
        problems.push(`${where} — the core is pure: no packages but ${[...CORE_PACKAGES].join(', ')}, no node:*`);
      continue;
    }
    const to = layerOf(resolve(dirname(file), specifier));
    if (!to || to === from) continue;
    const rule = ALLOWED[from];
    if (rule.value.includes(to) || (typeOnly && rule.typeOnly.includes(to))) continue;
    problems.push(`${where} — ${from} may not import ${typeOnly ? 'types from ' : ''}${to}`);
  }
  if (from === 'core' && /\b(Date\.now\(|Math\.random\(|process\.env|new Date\(\))/.test(text)) {
    problems.push(`${relative(root, file)} — the core takes its clock, randomness and settings as inputs`);
  }
}

if (problems.length > 0) {
  process.stderr.write(
    `Architecture check failed (${problems.length}):\n${problems.map((p) => `  ${p}`).join('\n')}\n`,
  );
  process.exit(1);
}
process.stdout.write('Architecture check passed.\n');
