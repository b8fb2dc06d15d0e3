// Writes the published JSON Schema of a proposal file (schemas/proposal-file.schema.json) from the zod schema.
// Usage: npx tsx scripts/build-json-schema.ts [--check]   (--check fails when the committed file is stale)
import { readFileSync, writeFileSync } from 'node:fs';
import { z } from 'zod';
import { ProposalFileSchema } from '../src/core/eligibility/proposal-file.schema.ts';

const target = new URL('../schemas/proposal-file.schema.json', import.meta.url);
const schema = {
  ...z.toJSONSchema(ProposalFileSchema, { io: 'input', unrepresentable: 'any' }),
  $id: 'https://aiexports.example/schemas/proposal-file.schema.json',
  title: 'aiexports proposal file',
  description:
    'A consortium, its companies, members, ownership edges and the five-layer proposal content, as read by `aiexports check`.',
};
const text = `${JSON.stringify(schema, null, 2)}\n`;
if (process.argv.includes('--check')) {
  const current = readFileSync(target, 'utf8');
  if (current !== text) {
    process.stderr.write('schemas/proposal-file.schema.json is stale: run npx tsx scripts/build-json-schema.ts\n');
    process.exit(1);
  }
} else {
  writeFileSync(target, text);
  process.stdout.write(`wrote ${target.pathname}\n`);
}
