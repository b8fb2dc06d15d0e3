import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseNames } from './parse-names.ts';

describe('parseNames', () => {
  it('reads one name per line, skipping blank lines', () => {
    assert.deepEqual(parseNames('  Acme Corp \n\nJohn Smith\n'), [{ name: 'Acme Corp' }, { name: 'John Smith' }]);
  });
  it('reads a two-letter code after the last comma as the country', () => {
    assert.deepEqual(parseNames('Huawei Technologies Co., Ltd., cn'), [
      { name: 'Huawei Technologies Co., Ltd.', country: 'CN' },
    ]);
  });
  it('keeps a comma that is part of the name', () => {
    assert.deepEqual(parseNames('Huawei Technologies Co., Ltd.'), [{ name: 'Huawei Technologies Co., Ltd.' }]);
  });
});
