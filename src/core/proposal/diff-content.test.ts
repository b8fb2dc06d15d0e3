import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { diffContent } from './diff-content.ts';

describe('diffContent', () => {
  it('reports nothing for equal content', () => {
    assert.deepEqual(diffContent({ a: [1, { b: 'x' }] }, { a: [1, { b: 'x' }] }), []);
  });

  it('names added, removed and changed fields by dotted path', () => {
    const before = { title: 'A', targets: ['AE'], layers: { hardware: [{ valueUsd: 1 }] }, gone: true };
    const after = { title: 'B', targets: ['AE', 'KE'], layers: { hardware: [{ valueUsd: 2 }] } };
    assert.deepEqual(diffContent(before, after), [
      { path: 'gone', kind: 'removed', before: true },
      { path: 'layers.hardware.0.valueUsd', kind: 'changed', before: 1, after: 2 },
      { path: 'targets.1', kind: 'added', after: 'KE' },
      { path: 'title', kind: 'changed', before: 'A', after: 'B' },
    ]);
  });

  it('treats a type change as a change of the whole field', () => {
    assert.deepEqual(diffContent({ x: [1] }, { x: 'one' }), [
      { path: 'x', kind: 'changed', before: [1], after: 'one' },
    ]);
  });
});
