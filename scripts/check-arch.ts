// The house check: import edges between layers, the purity of the core, server packages kept out of the web,
// settings read only at the composition roots, and no import cycles. ARCHITECTURE.md's import table is generated
// from LAYER_RULES below (`npx tsx scripts/check-arch.ts --write-table`), and the check fails when they differ.
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export type Layer = 'core' | 'config' | 'db' | 'services' | 'jobs' | 'http' | 'cli' | 'web' | 'main';

/** One broken rule: the file (relative to the root, `/`-separated), the rule's id and what was found. */
export type Problem = { file: string; rule: ProblemRule; message: string };

export type ProblemRule =
  | 'layer-import'
  | 'core-package'
  | 'core-purity'
  | 'web-package'
  | 'settings-read'
  | 'import-cycle'
  | 'documented-table';

/**
 * What each layer may import besides itself: `value` edges may carry code, `typeOnly` edges only `import type`.
 * Services enqueue jobs through `services/jobs`; `src/jobs` (handlers and the worker) calls services, never the
 * other way round.
 */
export const LAYER_RULES: Record<Layer, { value: Layer[]; typeOnly: Layer[] }> = {
  core: { value: [], typeOnly: [] },
  config: { value: ['core'], typeOnly: [] },
  db: { value: [], typeOnly: ['core'] },
  services: { value: ['core', 'db'], typeOnly: [] },
  jobs: { value: ['core', 'services'], typeOnly: [] },
  http: { value: ['core', 'services'], typeOnly: ['db'] },
  cli: { value: ['core', 'services'], typeOnly: ['db'] },
  web: { value: ['core'], typeOnly: ['http'] },
  main: { value: ['core', 'config', 'db', 'services', 'jobs', 'http', 'cli'], typeOnly: [] },
};

const LAYERS = Object.keys(LAYER_RULES) as Layer[];

/** Packages the pure core may use: the schema library, and any-ascii (a pure transliteration table, no I/O). */
export const CORE_PACKAGES: readonly string[] = ['zod', 'any-ascii'];

/** Packages that run only on the server (plus every `node:*` and built-in module): never imported by the web. */
export const SERVER_PACKAGES: readonly string[] = [
  'pg',
  '@electric-sql/pglite',
  'kysely',
  'hono',
  '@hono/*',
  'pino',
  '@node-rs/argon2',
  'csv-parse',
  'saxes',
  'fast-xml-parser',
  'tsx',
  'yaml',
];

/**
 * What the core may not touch: the clock, randomness, the environment, timers, the host's crypto and I/O are
 * inputs, passed in, which keeps every finding replayable as of a date. `new Date(value)` is fine: it is pure.
 */
export const CORE_IMPURITIES: readonly { pattern: RegExp; what: string }[] = [
  { pattern: /\bDate\.now\s*\(/, what: 'Date.now()' },
  { pattern: /\bnew\s+Date\s*\(\s*\)/, what: 'new Date() without a value' },
  { pattern: /\bMath\.random\s*\(/, what: 'Math.random()' },
  { pattern: /(?<![\w.$])crypto\s*\./, what: 'crypto.*' },
  { pattern: /\bglobalThis\s*\.\s*crypto\b/, what: 'globalThis.crypto' },
  { pattern: /\bperformance\s*\.\s*now\s*\(/, what: 'performance.now()' },
  { pattern: /(?<![\w.$])process\s*(\.|\[)/, what: 'process.* (env, hrtime, …)' },
  { pattern: /(?<![\w.$])(setTimeout|setInterval|setImmediate|queueMicrotask)\s*\(/, what: 'timers' },
  { pattern: /(?<![\w.$])require\s*\(/, what: 'require()' },
  { pattern: /(?<![\w.$])fetch\s*\(/, what: 'fetch()' },
];

/** Layers that take their settings as inputs: only the composition roots (main, config) read the environment. */
const NO_ENV_LAYERS: readonly Layer[] = ['services', 'jobs', 'db', 'http', 'cli'];

/** Files that belong to no layer's runtime: tests and their support, and the web's build-tool config (run by Node). */
const isChecked = (path: string): boolean =>
  /\.(ts|tsx)$/.test(path) &&
  !/(\.test\.tsx?|test-support\.ts)$/.test(path) &&
  !/^src\/web\/vite\.config\.ts$/.test(path);

const walk = (dir: string): string[] =>
  existsSync(dir)
    ? readdirSync(dir).flatMap((name) => {
        const path = join(dir, name);
        return statSync(path).isDirectory() ? walk(path) : [path];
      })
    : [];

const toPosix = (path: string): string => path.split('\\').join('/');

const layerOf = (relativePath: string): Layer | null => {
  const [top, layer] = relativePath.split('/');
  return top === 'src' && layer && layer in LAYER_RULES ? (layer as Layer) : null;
};

/** Removes comments (so a comment may name what the code may not do); string contents stay. */
const stripComments = (text: string): string =>
  text.replace(/\/\*[\s\S]*?\*\//g, (block) => block.replace(/[^\n]/g, ' ')).replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');

type ImportEdge = { specifier: string; typeOnly: boolean };

const IMPORT_PATTERN =
  /^\s*(?:import|export)\s+(type\s+)?[^'";]*?from\s+['"]([^'"]+)['"]|^\s*import\s+['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)/gm;

const importsOf = (code: string): ImportEdge[] =>
  [...code.matchAll(IMPORT_PATTERN)].map((match) => ({
    specifier: match[2] ?? match[3] ?? match[4] ?? '',
    typeOnly: Boolean(match[1]),
  }));

const packageName = (specifier: string): string => {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] ?? specifier);
};

const isServerPackage = (specifier: string): boolean => {
  if (specifier.startsWith('node:') || builtinModules.includes(packageName(specifier))) return true;
  const name = packageName(specifier);
  return SERVER_PACKAGES.some((p) => (p.endsWith('/*') ? name.startsWith(p.slice(0, -1)) : name === p));
};

/** The checked file a relative specifier names, if any (extension given, added, or an index file). */
const resolveFile = (root: string, from: string, specifier: string, files: Set<string>): string | null => {
  const base = toPosix(relative(root, resolve(root, dirname(from), specifier)));
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`, `${base}/index.tsx`]) {
    if (files.has(candidate)) return candidate;
  }
  return null;
};

/** The strongly connected groups of the graph (Tarjan), each with more than one file or a self-import. */
const cyclicGroups = (graph: Map<string, string[]>): string[][] => {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const groups: string[][] = [];
  let counter = 0;
  const visit = (node: string): void => {
    index.set(node, counter);
    low.set(node, counter);
    counter++;
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (onStack.has(next)) low.set(node, Math.min(low.get(node)!, index.get(next)!));
    }
    if (low.get(node) === index.get(node)) {
      const group: string[] = [];
      let member: string | undefined;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        group.push(member);
      } while (member !== node);
      if (group.length > 1 || (graph.get(node) ?? []).includes(node)) groups.push(group.sort());
    }
  };
  for (const node of [...graph.keys()].sort()) if (!index.has(node)) visit(node);
  return groups;
};

/** A shortest cycle through the group's first file (breadth-first inside the group), as a path back to it. */
const cyclePath = (graph: Map<string, string[]>, group: string[]): string[] => {
  const members = new Set(group);
  const start = group[0]!;
  const cameFrom = new Map<string, string>();
  const queue = [start];
  while (queue.length > 0) {
    const node = queue.shift()!;
    for (const next of graph.get(node) ?? []) {
      if (!members.has(next)) continue;
      if (next === start) {
        const path = [node];
        while (path[0] !== start) path.unshift(cameFrom.get(path[0]!)!);
        return [...path, start];
      }
      if (!cameFrom.has(next)) {
        cameFrom.set(next, node);
        queue.push(next);
      }
    }
  }
  return [start, start];
};

const checkFile = (file: string, layer: Layer, code: string, edges: ImportEdge[], push: (p: Problem) => void) => {
  const problem = (rule: ProblemRule, message: string) => push({ file, rule, message });
  for (const { specifier, typeOnly } of edges) {
    if (specifier.startsWith('.')) continue;
    if (layer === 'core' && (specifier.startsWith('node:') || builtinModules.includes(packageName(specifier)))) {
      problem('core-package', `${specifier}: the core is pure, no node:* modules`);
    } else if (layer === 'core' && !typeOnly && !CORE_PACKAGES.includes(packageName(specifier))) {
      problem('core-package', `${specifier}: the core may use no package but ${CORE_PACKAGES.join(', ')}`);
    } else if (layer === 'web' && isServerPackage(specifier)) {
      problem('web-package', `${specifier}: a server package or Node module in the web`);
    }
  }
  if (layer === 'core') {
    for (const { pattern, what } of CORE_IMPURITIES) {
      if (pattern.test(code))
        problem('core-purity', `${what}: the core takes clock, randomness and settings as inputs`);
    }
  }
  if (NO_ENV_LAYERS.includes(layer) && /(?<![\w.$])process\s*\.\s*env\b/.test(code)) {
    problem('settings-read', `process.env: ${layer} takes its settings as inputs (read in src/config by src/main)`);
  }
};

/** Every broken architecture rule under root/src, in a stable order. */
export const checkArchitecture = (root: string): Problem[] => {
  const problems: Problem[] = [];
  const files = walk(join(root, 'src'))
    .map((path) => toPosix(relative(root, path)))
    .filter(isChecked)
    .sort();
  const known = new Set(files);
  const graph = new Map<string, string[]>();
  for (const file of files) {
    const code = stripComments(readFileSync(join(root, file), 'utf8'));
    const edges = importsOf(code);
    const targets: string[] = [];
    const from = layerOf(file);
    if (from) checkFile(file, from, code, edges, (p) => problems.push(p));
    for (const { specifier, typeOnly } of edges) {
      if (!specifier.startsWith('.')) continue;
      const target = resolveFile(root, file, specifier, known);
      // a type-only import is erased at run time: it cannot take part in a load-order cycle
      if (target && !typeOnly) targets.push(target);
      const to = layerOf(target ?? toPosix(relative(root, resolve(root, dirname(file), specifier))));
      if (!from || !to || to === from) continue;
      const rule = LAYER_RULES[from];
      if (rule.value.includes(to) || (typeOnly && rule.typeOnly.includes(to))) continue;
      problems.push({
        file,
        rule: 'layer-import',
        message: `${specifier}: ${from} may not import ${typeOnly ? 'types from ' : ''}${to}`,
      });
    }
    graph.set(file, [...new Set(targets)]);
  }
  for (const group of cyclicGroups(graph)) {
    problems.push({ file: group[0]!, rule: 'import-cycle', message: cyclePath(graph, group).join(' → ') });
  }
  return problems;
};

const cell = (from: Layer, to: Layer): string => {
  if (from === to) return from === 'core' ? `✔ (and ${CORE_PACKAGES.join(', ')})` : '✔';
  if (LAYER_RULES[from].value.includes(to)) return '✔';
  return LAYER_RULES[from].typeOnly.includes(to) ? 'types' : '';
};

/** The import table of ARCHITECTURE.md, generated from LAYER_RULES: rows import columns. */
export const importTableMarkdown = (): string =>
  [
    `| may import → | ${LAYERS.join(' | ')} |`,
    `|---|${LAYERS.map(() => '---|').join('')}`,
    ...LAYERS.map((from) => `| ${from} | ${LAYERS.map((to) => cell(from, to)).join(' | ')} |`),
  ].join('\n');

const TABLE_START = '<!-- import-table:start (generated: npx tsx scripts/check-arch.ts --write-table) -->';
const TABLE_END = '<!-- import-table:end -->';

/** The table between the markers of ARCHITECTURE.md, or null when the markers are missing. */
export const documentedImportTable = (architectureText: string): string | null => {
  const start = architectureText.indexOf(TABLE_START);
  const end = architectureText.indexOf(TABLE_END);
  return start < 0 || end < start ? null : architectureText.slice(start + TABLE_START.length, end).trim();
};

/** A problem when ARCHITECTURE.md's import table is not the one LAYER_RULES generates. */
export const checkDocumentedTable = (root: string): Problem[] => {
  const path = join(root, 'ARCHITECTURE.md');
  const documented = existsSync(path) ? documentedImportTable(readFileSync(path, 'utf8')) : null;
  return documented === importTableMarkdown()
    ? []
    : [
        {
          file: 'ARCHITECTURE.md',
          rule: 'documented-table',
          message:
            'the import table differs from scripts/check-arch.ts: run npx tsx scripts/check-arch.ts --write-table',
        },
      ];
};

const writeTable = (root: string): void => {
  const path = join(root, 'ARCHITECTURE.md');
  const text = readFileSync(path, 'utf8');
  if (documentedImportTable(text) === null) throw new Error(`ARCHITECTURE.md has no ${TABLE_START} … ${TABLE_END}`);
  const start = text.indexOf(TABLE_START) + TABLE_START.length;
  writeFileSync(path, `${text.slice(0, start)}\n${importTableMarkdown()}\n${text.slice(text.indexOf(TABLE_END))}`);
};

const main = (argv: string[]): number => {
  const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
  if (argv.includes('--table')) {
    process.stdout.write(`${importTableMarkdown()}\n`);
    return 0;
  }
  if (argv.includes('--write-table')) writeTable(root);
  const problems = [...checkArchitecture(root), ...checkDocumentedTable(root)];
  if (problems.length === 0) {
    process.stdout.write('Architecture check passed.\n');
    return 0;
  }
  const lines = problems.map((p) => `  ${p.file} [${p.rule}] ${p.message}`);
  process.stderr.write(`Architecture check failed (${problems.length}):\n${lines.join('\n')}\n`);
  return 1;
};

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = main(process.argv.slice(2));
}
