import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { z } from 'zod';
import { fieldLabel, fieldLabelOrNull } from './field-labels.ts';
import { ProposalContentSchema } from './proposal.schema.ts';

type Def = {
  type: string;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  innerType?: z.ZodType;
  in?: z.ZodType;
};
const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** Every path of the content schema: objects by key, arrays by index 0 and 2 and by "*" (BCI marks on all items). */
const pathsOf = (schema: z.ZodType, prefix: string, out: string[]): string[] => {
  const def = defOf(schema);
  if (def.type === 'optional' || def.type === 'default' || def.type === 'nullable' || def.type === 'prefault') {
    return pathsOf(def.innerType as z.ZodType, prefix, out);
  }
  if (def.type === 'pipe') return pathsOf(def.in as z.ZodType, prefix, out);
  if (prefix) out.push(prefix);
  if (def.type === 'object') {
    for (const [key, child] of Object.entries(def.shape ?? {})) pathsOf(child, prefix ? `${prefix}.${key}` : key, out);
  }
  if (def.type === 'array') {
    for (const index of ['0', '2', '*']) pathsOf(def.element as z.ZodType, `${prefix}.${index}`, out);
  }
  return out;
};

describe('fieldLabel', () => {
  const paths = pathsOf(ProposalContentSchema, '', []);

  it('walks a schema of many paths (the walk itself works)', () => {
    assert.ok(paths.length > 150, `${paths.length} paths`);
    assert.ok(paths.includes('layers.hardware.0.valueUsd'));
    assert.ok(paths.includes('operatingModel.owner.ultimateParentCountry'));
  });

  it('labels every path of the content schema in words, without developer names', () => {
    const unlabelled: string[] = [];
    for (const path of paths) {
      const label = fieldLabelOrNull(path);
      if (label === null || label === path || /[a-z][A-Z]|\.\d|\.\*|\b(Usd|usd)\b/.test(label)) {
        unlabelled.push(`${path} → ${label}`);
      }
    }
    assert.deepEqual(unlabelled, []);
  });

  it('gives distinct paths distinct labels', () => {
    const seen = new Map<string, string>();
    for (const path of paths) {
      const label = fieldLabel(path);
      assert.equal(seen.get(label) ?? path, path, `"${label}" names both ${seen.get(label)} and ${path}`);
      seen.set(label, path);
    }
  });

  it('names fields as people read them, items counted from 1', () => {
    assert.equal(fieldLabel('layers.hardware.0.valueUsd'), 'Hardware item 1 — value (USD)');
    assert.equal(fieldLabel('layers.hardware.2.eccn'), 'Hardware item 3 — ECCN');
    assert.equal(
      fieldLabel('layers.hardware.0.usOriginSharePercent'),
      'Hardware item 1 — U.S.-origin share of value (%)',
    );
    assert.equal(fieldLabel('layers.hardware.*.valueUsd'), 'Every hardware item — value (USD)');
    assert.equal(fieldLabel('layers.models'), 'AI models and systems');
    assert.equal(fieldLabel('layers.models.1.weights'), 'Model 2 — weights');
    assert.equal(fieldLabel('financing.0.amountUsd'), 'Financing request 1 — amount (USD)');
    assert.equal(fieldLabel('operatingModel.owner.country'), 'Operating model owner — country');
    assert.equal(fieldLabel('operatingModel.description'), 'Operating model — description');
    assert.equal(fieldLabel('endUsers.4.headquartersCountry'), 'End user 5 — headquarters country');
    assert.equal(fieldLabel('targets.0'), 'Target 1');
    assert.equal(fieldLabel('title'), 'Title');
  });

  it('returns a path outside the schema as it is', () => {
    for (const path of [
      'nothing',
      'layers.gpus.0.name',
      'layers.hardware.x.eccn',
      'layers.hardware.0.colour',
      'title.x',
    ]) {
      assert.equal(fieldLabelOrNull(path), null, path);
      assert.equal(fieldLabel(path), path);
    }
  });
});
