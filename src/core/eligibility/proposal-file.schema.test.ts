import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { z } from 'zod';
import { ProposalFileSchema } from './proposal-file.schema.ts';

const read = (path: string) => JSON.parse(readFileSync(new URL(`../../../${path}`, import.meta.url), 'utf8'));

describe('ProposalFileSchema', () => {
  it('accepts both example files', () => {
    for (const file of ['examples/proposal-clean.json', 'examples/proposal-blockers.json']) {
      const result = ProposalFileSchema.safeParse(read(file));
      assert.ok(result.success, `${file}: ${result.success ? '' : result.error.message}`);
    }
  });

  it('matches the published JSON Schema (run scripts/build-json-schema.ts when it does not)', () => {
    const published = read('schemas/proposal-file.schema.json');
    const generated = z.toJSONSchema(ProposalFileSchema, { io: 'input', unrepresentable: 'any' });
    assert.deepEqual(published.properties, generated.properties);
    assert.deepEqual(published.required, generated.required);
  });

  it('rejects duplicate company ids and self-ownership with paths', () => {
    const file = read('examples/proposal-clean.json');
    file.companies.push({ ...file.companies[0] });
    file.ownership.push({ ownerId: 'northstar', ownedId: 'northstar', sharePercent: 10 });
    const result = ProposalFileSchema.safeParse(file);
    assert.equal(result.success, false);
    const paths = result.success ? [] : result.error.issues.map((i) => i.path.join('.'));
    assert.ok(paths.includes('companies.5.id'));
    assert.ok(paths.includes('ownership.3'));
  });
});
