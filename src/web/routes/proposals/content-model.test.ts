import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  emptyContent,
  emptyLayerItem,
  getIn,
  labelForPath,
  normalizeContent,
  reindexPaths,
  setIn,
  stepOfPath,
  validateContent,
} from './content-model.ts';

describe('setIn and getIn', () => {
  it('updates a nested path without touching the original', () => {
    const content = emptyContent('Andes cloud');
    const withItem = setIn(content, 'layers.hardware', [emptyLayerItem('hardware')]);
    const next = setIn(withItem, 'layers.hardware.0.eccn', '4A090.a');
    assert.equal(getIn(next, 'layers.hardware.0.eccn'), '4A090.a');
    assert.equal(getIn(withItem, 'layers.hardware.0.eccn'), '');
    assert.deepEqual(content.layers.hardware, []);
    assert.ok(Array.isArray(getIn(next, 'layers.hardware')));
  });
});

describe('reindexPaths', () => {
  it('drops the marks of a removed item and moves later ones up', () => {
    const marks = [
      'summary',
      'layers.hardware.0.valueUsd',
      'layers.hardware.1.eccn',
      'layers.hardware.2.valueUsd',
      'layers.models.1.name',
    ];
    assert.deepEqual(reindexPaths(marks, 'layers.hardware', 1), [
      'summary',
      'layers.hardware.0.valueUsd',
      'layers.hardware.1.valueUsd',
      'layers.models.1.name',
    ]);
  });
});

describe('validateContent', () => {
  it('reports required and malformed fields by dotted path when an item is incomplete', () => {
    const content = setIn(emptyContent('Andes cloud'), 'layers.hardware', [
      { ...emptyLayerItem('hardware'), product: 'GPU server', eccn: 'nonsense' },
    ]);
    const errors = validateContent(content);
    assert.equal(errors['layers.hardware.0.valueUsd'], 'required');
    assert.match(errors['layers.hardware.0.eccn'] ?? '', /ECCN/);
    assert.equal(errors['layers.hardware.0.product'], undefined);
  });

  it('reports a number field that does not parse', () => {
    const content = setIn(emptyContent('Andes cloud'), 'financing', [
      { agency: 'EXIM', instrument: 'direct-loan', amountUsd: Number.NaN },
    ]);
    assert.equal(validateContent(content)['financing.0.amountUsd'], 'a number');
  });

  it('accepts a complete draft, with blank optional parties dropped', () => {
    const content = {
      ...emptyContent('Andes cloud'),
      targets: ['cl', ' PE '],
      operatingModel: { description: '', builder: { name: '', country: '' } },
    };
    assert.deepEqual(validateContent(content as never), {});
    const normalized = normalizeContent(content as never);
    assert.deepEqual(normalized.targets, ['CL', 'PE']);
    assert.equal(normalized.operatingModel.builder, undefined);
  });

  it('keeps a short title as an error', () => {
    assert.match(validateContent(emptyContent('AB')).title ?? '', /at least 3/);
  });
});

describe('labelForPath and stepOfPath', () => {
  it('names fields the way the editor shows them', () => {
    assert.equal(labelForPath('layers.hardware.0.eccn'), 'Hardware item 1 — ECCN');
    assert.equal(labelForPath('financing.1.amountUsd'), 'Financing request 2 — amount (USD)');
    assert.equal(labelForPath('operatingModel.owner.country'), 'Operating model owner — country');
    assert.equal(stepOfPath('layers.models.0.name'), 'models');
    assert.equal(stepOfPath('endUsers.0.name'), 'operatingModel');
    assert.equal(stepOfPath('targets.2'), 'overview');
  });
});

describe('new items', () => {
  it('start every choice empty and require it: no model is "open" until someone says so', () => {
    const model = emptyLayerItem('models');
    const application = emptyLayerItem('applications');
    const hardware = emptyLayerItem('hardware');
    assert.equal(model.weights, '');
    assert.equal(application.sector, '');
    assert.equal(hardware.category, '');
    const content = { ...emptyContent('Andes cloud'), layers: { ...emptyContent().layers, models: [model] } };
    const errors = validateContent(content as never);
    assert.equal(errors['layers.models.0.weights'], 'select one');
  });
});
