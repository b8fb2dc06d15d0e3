import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import {
  checkArchitecture,
  checkDocumentedTable,
  documentedImportTable,
  importTableMarkdown,
  type Problem,
} from '../../scripts/check-arch.ts';

const repositoryRoot = fileURLToPath(new URL('../../', import.meta.url));

/** A small tree that keeps every rule: each layer importing what it may. */
const CLEAN: Record<string, string> = {
  'src/core/kernel/result.ts': `import { z } from 'zod';\nexport const at = (iso: string) => new Date(iso);\nexport const S = z.string();\n`,
  'src/core/kernel/uses-result.ts': `import { at } from './result.ts';\n// Date.now() and process.env are named in comments only\nexport const x = at('2026-01-01');\n`,
  'src/config/load-settings.ts': `import { at } from '../core/kernel/result.ts';\nexport const load = (env: Record<string, string>) => [env, at];\n`,
  'src/db/repo.ts': `import type { at } from '../core/kernel/result.ts';\nimport { Kysely } from 'kysely';\nexport type T = typeof at;\nexport const k = Kysely;\n`,
  'src/services/use-case.ts': `import { at } from '../core/kernel/result.ts';\nimport { k } from '../db/repo.ts';\nexport const run = () => [at, k];\n`,
  'src/jobs/handler.ts': `import { run } from '../services/use-case.ts';\nexport const handle = run;\n`,
  'src/http/route.ts': `import type { T } from '../db/repo.ts';\nimport { run } from '../services/use-case.ts';\nimport { Hono } from 'hono';\nexport type R = T;\nexport const r = [run, Hono];\n`,
  'src/cli/command.ts': `import { run } from '../services/use-case.ts';\nimport { readFile } from 'node:fs/promises';\nexport const c = [run, readFile];\n`,
  'src/web/page.tsx': `import type { R } from '../http/route.ts';\nimport { x } from '../core/kernel/uses-result.ts';\nimport { useState } from 'react';\nexport type P = R;\nexport const p = [x, useState];\n`,
  'src/web/late-import.ts': `export const n = 1;\nimport type { R } from '../http/route.ts';\nexport type L = R;\n`,
  'src/web/multi-line.ts': `import {\n  x,\n} from '../core/kernel/uses-result.ts';\nexport const m = x;\n`,
  'src/web/vite.config.ts': `import { fileURLToPath } from 'node:url';\nexport const port = process.env.WEB_PORT ?? fileURLToPath;\n`,
  'src/main/cli.ts': `import { load } from '../config/load-settings.ts';\nimport { c } from '../cli/command.ts';\nimport { handle } from '../jobs/handler.ts';\nexport const main = () => [load(process.env as Record<string, string>), c, handle, Date.now()];\n`,
  'src/services/use-case.test.ts': `import { main } from '../main/cli.ts';\nexport const t = [main, process.env.X, Date.now()];\n`,
};

/** Each injected violation: the file it is written to, its text, and the rule that must report it. */
const VIOLATIONS: { name: string; file: string; text: string; rule: Problem['rule'] }[] = [
  {
    name: 'Date.now() in core',
    file: 'src/core/v/now.ts',
    text: 'export const n = () => Date.now();\n',
    rule: 'core-purity',
  },
  {
    name: 'new Date() in core',
    file: 'src/core/v/date.ts',
    text: 'export const d = () => new Date();\n',
    rule: 'core-purity',
  },
  {
    name: 'Math.random() in core',
    file: 'src/core/v/random.ts',
    text: 'export const r = Math.random();\n',
    rule: 'core-purity',
  },
  {
    name: 'crypto.randomUUID() in core',
    file: 'src/core/v/uuid.ts',
    text: 'export const u = crypto.randomUUID();\n',
    rule: 'core-purity',
  },
  {
    name: 'crypto.subtle in core',
    file: 'src/core/v/subtle.ts',
    text: 'export const s = crypto.subtle;\n',
    rule: 'core-purity',
  },
  {
    name: 'globalThis.crypto in core',
    file: 'src/core/v/global-crypto.ts',
    text: 'export const g = globalThis.crypto;\n',
    rule: 'core-purity',
  },
  {
    name: 'performance.now() in core',
    file: 'src/core/v/performance.ts',
    text: 'export const p = performance.now();\n',
    rule: 'core-purity',
  },
  {
    name: 'process.env in core',
    file: 'src/core/v/env.ts',
    text: 'export const e = process.env.HOME;\n',
    rule: 'core-purity',
  },
  {
    name: 'process.hrtime in core',
    file: 'src/core/v/hrtime.ts',
    text: 'export const h = process.hrtime.bigint();\n',
    rule: 'core-purity',
  },
  {
    name: 'setTimeout in core',
    file: 'src/core/v/timeout.ts',
    text: 'export const t = () => setTimeout(() => 1, 5);\n',
    rule: 'core-purity',
  },
  {
    name: 'setInterval in core',
    file: 'src/core/v/interval.ts',
    text: 'export const i = () => setInterval(() => 1, 5);\n',
    rule: 'core-purity',
  },
  {
    name: 'setImmediate in core',
    file: 'src/core/v/immediate.ts',
    text: 'export const i = () => setImmediate(() => 1);\n',
    rule: 'core-purity',
  },
  {
    name: 'queueMicrotask in core',
    file: 'src/core/v/microtask.ts',
    text: 'export const q = () => queueMicrotask(() => 1);\n',
    rule: 'core-purity',
  },
  {
    name: 'require() in core',
    file: 'src/core/v/require.ts',
    text: "export const r = require('x');\n",
    rule: 'core-purity',
  },
  {
    name: 'fetch() in core',
    file: 'src/core/v/fetch.ts',
    text: "export const f = () => fetch('https://x');\n",
    rule: 'core-purity',
  },
  {
    name: 'node:* in core',
    file: 'src/core/v/node-fs.ts',
    text: "import { readFileSync } from 'node:fs';\nexport const r = readFileSync;\n",
    rule: 'core-package',
  },
  {
    name: 'a type-only node:* import in core',
    file: 'src/core/v/node-type.ts',
    text: "import type { Buffer } from 'node:buffer';\nexport type B = Buffer;\n",
    rule: 'core-package',
  },
  {
    name: 'an unknown package in core',
    file: 'src/core/v/package.ts',
    text: "import lodash from 'lodash';\nexport const l = lodash;\n",
    rule: 'core-package',
  },
  {
    name: 'db importing services',
    file: 'src/db/v/db-services.ts',
    text: "import { run } from '../../services/use-case.ts';\nexport const r = run;\n",
    rule: 'layer-import',
  },
  {
    name: 'db importing core values',
    file: 'src/db/v/db-core.ts',
    text: "import { at } from '../../core/kernel/result.ts';\nexport const a = at;\n",
    rule: 'layer-import',
  },
  {
    name: 'services importing http',
    file: 'src/services/v/services-http.ts',
    text: "import { r } from '../../http/route.ts';\nexport const x = r;\n",
    rule: 'layer-import',
  },
  {
    name: 'services importing jobs',
    file: 'src/services/v/services-jobs.ts',
    text: "import { handle } from '../../jobs/handler.ts';\nexport const x = handle;\n",
    rule: 'layer-import',
  },
  {
    name: 'http importing db values',
    file: 'src/http/v/http-db.ts',
    text: "import { k } from '../../db/repo.ts';\nexport const x = k;\n",
    rule: 'layer-import',
  },
  {
    name: 'http importing config',
    file: 'src/http/v/http-config.ts',
    text: "import { load } from '../../config/load-settings.ts';\nexport const x = load;\n",
    rule: 'layer-import',
  },
  {
    name: 'web importing pg',
    file: 'src/web/v/web-pg.ts',
    text: "import pg from 'pg';\nexport const x = pg;\n",
    rule: 'web-package',
  },
  {
    name: 'web importing kysely',
    file: 'src/web/v/web-kysely.ts',
    text: "import { Kysely } from 'kysely';\nexport const x = Kysely;\n",
    rule: 'web-package',
  },
  {
    name: 'web importing hono',
    file: 'src/web/v/web-hono.ts',
    text: "import { Hono } from 'hono';\nexport const x = Hono;\n",
    rule: 'web-package',
  },
  {
    name: 'web importing @hono/node-server',
    file: 'src/web/v/web-hono-server.ts',
    text: "import { serve } from '@hono/node-server';\nexport const x = serve;\n",
    rule: 'web-package',
  },
  {
    name: 'web importing PGlite',
    file: 'src/web/v/web-pglite.ts',
    text: "import { PGlite } from '@electric-sql/pglite';\nexport const x = PGlite;\n",
    rule: 'web-package',
  },
  {
    name: 'web importing node:fs',
    file: 'src/web/v/web-fs.ts',
    text: "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n",
    rule: 'web-package',
  },
  {
    name: 'web importing a bare built-in module',
    file: 'src/web/v/web-path.ts',
    text: "import { join } from 'path';\nexport const x = join;\n",
    rule: 'web-package',
  },
  {
    name: 'web importing services',
    file: 'src/web/v/web-services.ts',
    text: "import { run } from '../../services/use-case.ts';\nexport const x = run;\n",
    rule: 'layer-import',
  },
  {
    name: 'web importing http values',
    file: 'src/web/v/web-http.ts',
    text: "import { r } from '../../http/route.ts';\nexport const x = r;\n",
    rule: 'layer-import',
  },
  {
    name: 'web importing types from db',
    file: 'src/web/v/web-db.ts',
    text: "import type { T } from '../../db/repo.ts';\nexport type X = T;\n",
    rule: 'layer-import',
  },
  {
    name: 'web importing config',
    file: 'src/web/v/web-config.ts',
    text: "import { load } from '../../config/load-settings.ts';\nexport const x = load;\n",
    rule: 'layer-import',
  },
  {
    name: 'web importing main',
    file: 'src/web/v/web-main.ts',
    text: "import { main } from '../../main/cli.ts';\nexport const x = main;\n",
    rule: 'layer-import',
  },
  {
    name: 'core importing db types',
    file: 'src/core/v/core-db.ts',
    text: "import type { T } from '../../db/repo.ts';\nexport type X = T;\n",
    rule: 'layer-import',
  },
  {
    name: 'services reading process.env',
    file: 'src/services/v/services-env.ts',
    text: 'export const url = () => process.env.DATABASE_URL;\n',
    rule: 'settings-read',
  },
  {
    name: 'jobs reading process.env',
    file: 'src/jobs/v/jobs-env.ts',
    text: 'export const url = () => process.env.LIST_URL;\n',
    rule: 'settings-read',
  },
  {
    name: 'cli importing main',
    file: 'src/cli/v/cli-main.ts',
    text: "import { main } from '../../main/cli.ts';\nexport const x = main;\n",
    rule: 'layer-import',
  },
  {
    name: 'cli importing config',
    file: 'src/cli/v/cli-config.ts',
    text: "import { load } from '../../config/load-settings.ts';\nexport const x = load;\n",
    rule: 'layer-import',
  },
  {
    name: 'cli importing config types',
    file: 'src/cli/v/cli-config-type.ts',
    text: "import type { load } from '../../config/load-settings.ts';\nexport type X = typeof load;\n",
    rule: 'layer-import',
  },
  {
    name: 'jobs importing http',
    file: 'src/jobs/v/jobs-http.ts',
    text: "import { r } from '../../http/route.ts';\nexport const x = r;\n",
    rule: 'layer-import',
  },
  {
    name: 'a dynamic import across layers',
    file: 'src/core/v/dynamic.ts',
    text: "export const load = () => import('../../services/use-case.ts');\n",
    rule: 'layer-import',
  },
];

const CYCLES: Record<string, string> = {
  'src/services/two/a.ts': "import { b } from './b.ts';\nexport const a = () => b;\n",
  'src/services/two/b.ts': "import { a } from './a.ts';\nexport const b = () => a;\n",
  'src/core/three/x.ts': "import { y } from './y.ts';\nexport const x = () => y;\n",
  'src/core/three/y.ts': "import { z } from './z.ts';\nexport const y = () => z;\n",
  'src/core/three/z.ts': "export { x as z } from './x.ts';\n",
  // a cycle through a type-only import is erased at run time: not reported
  'src/core/typed/p.ts': "import type { Q } from './q.ts';\nexport type P = { q?: Q };\nexport const p = 1;\n",
  'src/core/typed/q.ts': "import { p } from './p.ts';\nexport type Q = { p: typeof p };\n",
};

const writeTree = (root: string, files: Record<string, string>): void => {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
};

describe('checkArchitecture', () => {
  let clean: string;
  let broken: string;
  let problems: Problem[];
  before(() => {
    clean = mkdtempSync(join(tmpdir(), 'aiexports-arch-clean-'));
    writeTree(clean, CLEAN);
    broken = mkdtempSync(join(tmpdir(), 'aiexports-arch-broken-'));
    writeTree(broken, CLEAN);
    writeTree(broken, Object.fromEntries(VIOLATIONS.map((v) => [v.file, v.text])));
    writeTree(broken, CYCLES);
    problems = checkArchitecture(broken);
  });
  after(() => {
    rmSync(clean, { recursive: true, force: true });
    rmSync(broken, { recursive: true, force: true });
  });

  it('passes a tree that keeps every rule', () => {
    assert.deepEqual(checkArchitecture(clean), []);
  });

  for (const violation of VIOLATIONS) {
    it(`reports a problem when it meets ${violation.name}`, () => {
      const found = problems.filter((p) => p.file === violation.file);
      assert.deepEqual(
        found.map((p) => p.rule),
        [violation.rule],
        `${violation.file}: ${JSON.stringify(found)}`,
      );
    });
  }

  it('reports a two-file and a three-file import cycle once each, with their paths', () => {
    const cycles = problems.filter((p) => p.rule === 'import-cycle');
    assert.deepEqual(cycles.map((p) => p.message).sort(), [
      'src/core/three/x.ts → src/core/three/y.ts → src/core/three/z.ts → src/core/three/x.ts',
      'src/services/two/a.ts → src/services/two/b.ts → src/services/two/a.ts',
    ]);
  });

  it('reports nothing else when every violation is injected', () => {
    const expected = new Set([...VIOLATIONS.map((v) => v.file), 'src/core/three/x.ts', 'src/services/two/a.ts']);
    assert.deepEqual(
      problems.filter((p) => !expected.has(p.file)),
      [],
    );
  });

  it('passes the repository itself', () => {
    assert.deepEqual(checkArchitecture(repositoryRoot), []);
  });
});

describe('importTableMarkdown', () => {
  it('equals the import table of ARCHITECTURE.md when the rules and the document agree', () => {
    assert.deepEqual(checkDocumentedTable(repositoryRoot), []);
  });

  it('reports ARCHITECTURE.md when its table differs from the rules', () => {
    const root = mkdtempSync(join(tmpdir(), 'aiexports-arch-doc-'));
    try {
      const stale = importTableMarkdown().replace('| cli | ✔ |', '| cli | types |');
      writeFileSync(
        join(root, 'ARCHITECTURE.md'),
        `# x\n<!-- import-table:start (generated: npx tsx scripts/check-arch.ts --write-table) -->\n${stale}\n<!-- import-table:end -->\n`,
      );
      assert.equal(documentedImportTable(`${stale}`), null);
      assert.deepEqual(
        checkDocumentedTable(root).map((p) => [p.file, p.rule]),
        [['ARCHITECTURE.md', 'documented-table']],
      );
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
