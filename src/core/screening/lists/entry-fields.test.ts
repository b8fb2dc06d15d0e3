import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { scriptNameInNote, scriptVariants } from './entry-fields.ts';

describe('scriptVariants', () => {
  it('splits a name written beside its form in another script into both names', () => {
    assert.deepEqual(scriptVariants('Abdelali Abou Dher (عبد العالي ابو ذر)'), [
      'Abdelali Abou Dher',
      'عبد العالي ابو ذر',
    ]);
    assert.deepEqual(scriptVariants('Amir Khazmat (original script: Амир Хазмат)'), ['Amir Khazmat', 'Амир Хазмат']);
    assert.deepEqual(scriptVariants('أبو شيماء (Abu-Shaima; Abu- Shayma)'), ['أبو شيماء', 'Abu-Shaima', 'Abu- Shayma']);
  });

  it('keeps a name whose bracket is in the same script as one name', () => {
    assert.deepEqual(scriptVariants('Al-Rashid Trust (Pvt) Ltd'), ['Al-Rashid Trust (Pvt) Ltd']);
    assert.deepEqual(scriptVariants('Saddam Hussein'), ['Saddam Hussein']);
  });
});

describe('scriptNameInNote', () => {
  it('reads the original-script name a note gives', () => {
    assert.equal(scriptNameInNote('original script: Абу Банат'), 'Абу Банат');
    assert.equal(
      scriptNameInNote('expires on 31 Aug. 2021; name in Arabic script: سالم مصطفى محمد'),
      'سالم مصطفى محمد',
    );
    assert.equal(scriptNameInNote('Reportedly deceased in 2024.'), undefined);
  });
});
