import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findUnsafeText, MAX_UNSAFE_FIELDS, unsafeText } from './unsafe-text.ts';

describe('unsafeText', () => {
  it('accepts ordinary text, emoji and other well-formed surrogate pairs', () => {
    for (const text of ['', 'Kenya Agriculture Intelligence', 'Türkiye — 東京', '🚀 stack', '\u{1F600}\u{10FFFF}']) {
      assert.equal(unsafeText(text), null, text);
    }
  });

  it('finds a NUL character anywhere in the text', () => {
    assert.equal(unsafeText('\u0000'), 'nul');
    assert.equal(unsafeText('title\u0000tail'), 'nul');
  });

  it('finds a lone high or low surrogate, and a pair in the wrong order', () => {
    assert.equal(unsafeText('\uD800'), 'lone_surrogate');
    assert.equal(unsafeText('a\uD83Db'), 'lone_surrogate');
    assert.equal(unsafeText('end\uDE00'), 'lone_surrogate');
    assert.equal(unsafeText('\uDE00\uD83D'), 'lone_surrogate');
  });
});

describe('findUnsafeText', () => {
  it('names every unsafe string of a JSON value by its dotted path', () => {
    const body = {
      content: { title: 'ok\u0000', layers: { models: [{ name: 'fine' }, { name: '\uD800' }] } },
      tags: ['a', '\u0000'],
      count: 3,
      flag: null,
    };
    const errors = findUnsafeText(body, 'body');
    assert.deepEqual(
      errors.map((e) => e.path),
      ['body.content.title', 'body.content.layers.models.1.name', 'body.tags.1'],
    );
    assert.match(errors[0]?.message ?? '', /NUL/);
    assert.match(errors[1]?.message ?? '', /lone surrogate/);
  });

  it('names the object holding an unsafe field name', () => {
    const errors = findUnsafeText({ content: { 'ti\u0000tle': 'x' } }, 'body');
    assert.deepEqual(errors, [{ path: 'body.content', message: errors[0]?.message }]);
    assert.match(errors[0]?.message ?? '', /field name/);
  });

  it('checks a flat record such as path parameters or a query', () => {
    assert.deepEqual(
      findUnsafeText({ id: '\u0000' }, 'path').map((e) => e.path),
      ['path.id'],
    );
    assert.deepEqual(findUnsafeText({ q: ['fine', 'also fine'] }, 'query'), []);
  });

  it('walks deeply nested input without overflowing the stack', () => {
    let deep: unknown = '\u0000';
    for (let depth = 0; depth < 200_000; depth += 1) deep = [deep];
    const errors = findUnsafeText(deep, 'body');
    assert.equal(errors.length, 1);
    assert.ok(errors[0]?.path.startsWith('body.0.0.0'));
  });

  it('names at most MAX_UNSAFE_FIELDS fields', () => {
    const many = Array.from({ length: 100 }, () => '\u0000');
    assert.equal(findUnsafeText(many, 'body').length, MAX_UNSAFE_FIELDS);
  });
});
