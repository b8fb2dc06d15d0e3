import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEFAULT_PROGRAM_SETTINGS, ProgramSettingsSchema } from '../../../core/eligibility/program-settings.ts';
import {
  fieldOfErrorPath,
  formatSetting,
  parseCountries,
  RULE_SWITCHES,
  SETTINGS_GROUPS,
  settingLabel,
  valueAt,
  withValueAt,
} from './settings-fields.ts';

describe('settings fields', () => {
  it('names the rubric’s changes in the history and lists its criteria with their weights', () => {
    assert.equal(settingLabel('rubric.version'), 'Review rubric version');
    assert.match(
      formatSetting('rubric.criteria', DEFAULT_PROGRAM_SETTINGS.rubric.criteria),
      /^Completeness of the full stack \(weight 25\); /,
    );
    assert.equal(fieldOfErrorPath('settings.rubric.criteria.2.weight'), 'rubric.criteria.2.weight');
  });

  it('covers every program setting in a group or on the list sources page', () => {
    const covered = new Set(SETTINGS_GROUPS.flatMap((g) => g.fields.map((f) => f.path.split('.')[0])));
    covered.add('disabledListSources');
    // the review rubric has its own form on the settings page (rubric-form.tsx)
    covered.add('rubric');
    assert.deepEqual(
      Object.keys(ProgramSettingsSchema.shape).filter((key) => !covered.has(key)),
      [],
    );
    assert.deepEqual(
      RULE_SWITCHES.map((r) => r.key),
      ['ai-diffusion', '4e091'],
    );
  });

  it('reads and replaces nested values without touching the rest', () => {
    const changed = withValueAt(DEFAULT_PROGRAM_SETTINGS, 'outboundInvestment.notifiableAboveOps', 5e22);
    assert.equal(valueAt(changed, 'outboundInvestment.notifiableAboveOps'), 5e22);
    assert.equal(valueAt(changed, 'outboundInvestment.prohibitedAboveOps'), 1e25);
    assert.equal(DEFAULT_PROGRAM_SETTINGS.outboundInvestment.notifiableAboveOps, 1e23);
  });

  it('maps server error paths to their field and names fields in words', () => {
    assert.equal(fieldOfErrorPath('settings.countriesOfConcern.2'), 'countriesOfConcern');
    assert.equal(
      fieldOfErrorPath('settings.outboundInvestment.prohibitedAboveOps'),
      'outboundInvestment.prohibitedAboveOps',
    );
    assert.equal(fieldOfErrorPath('reason'), null);
    assert.equal(settingLabel('maxListAgeDays'), 'Maximum list age (days)');
    assert.equal(formatSetting('maxListAgeDays', 14), '14 days');
    assert.equal(formatSetting('outboundInvestment.notifiableAboveOps', 1e23), '1e23 operations');
    assert.deepEqual(parseCountries('cn, hk  mo;'), ['CN', 'HK', 'MO']);
  });
});
