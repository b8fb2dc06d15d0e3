// Rewrites the role × route matrix in docs/api.md from the permissions table and the routes' recorded
// permissions. `npm run docs:api`; test/api/permissions.api.test.ts fails while the two differ.
import { readFileSync, writeFileSync } from 'node:fs';
import { permissionMatrixMarkdown, routePermissions } from '../src/http/permission-matrix.ts';
import { buildTestApp } from '../test/support/test-app.ts';
import { testDatabases } from '../test/support/test-databases.ts';

const START = '<!-- permission-matrix:start -->';
const END = '<!-- permission-matrix:end -->';

const database = await testDatabases()[0]!.open();
try {
  const t = await buildTestApp(database);
  const doc = await t.client().get<{ paths: Record<string, Record<string, unknown>> }>('/api/openapi.json');
  const matrix = permissionMatrixMarkdown(routePermissions(doc.body));
  const file = new URL('../docs/api.md', import.meta.url);
  const text = readFileSync(file, 'utf8');
  const start = text.indexOf(START);
  const end = text.indexOf(END);
  if (start < 0 || end < start) throw new Error(`docs/api.md lacks the markers ${START} … ${END}`);
  writeFileSync(file, `${text.slice(0, start + START.length)}\n${matrix}\n${text.slice(end)}`);
  process.stdout.write('docs/api.md: role × route matrix written.\n');
} finally {
  await database.close();
}
