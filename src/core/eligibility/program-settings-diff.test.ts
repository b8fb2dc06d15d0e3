import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEFAULT_PROGRAM_SETTINGS, ProgramSettingsSchema } from './program-settings.ts';
import { diffProgramSettings } from './program-settings-diff.ts';

describe('diffProgramSettings', () => {
  it('lists nothing when two versions are equal', () => {
    assert.deepEqual(diffProgramSettings(DEFAULT_PROGRAM_SETTINGS, ProgramSettingsSchema.parse({})), []);
  });

  it('names each changed field with its value before and after, nested keys dotted', () => {
    const after = ProgramSettingsSchema.parse({
      maxListAgeDays: 14,
      countriesOfConcern: ['CN', 'HK', 'MO', 'KP'],
      outboundInvestment: { notifiableAboveOps: 1e22, prohibitedAboveOps: 1e25 },
      ruleSwitches: { 'ai-diffusion': true },
    });
    assert.deepEqual(diffProgramSettings(DEFAULT_PROGRAM_SETTINGS, after), [
      { field: 'countriesOfConcern', before: ['CN', 'HK', 'MO'], after: ['CN', 'HK', 'MO', 'KP'] },
      { field: 'maxListAgeDays', before: 7, after: 14 },
      { field: 'outboundInvestment.notifiableAboveOps', before: 1e23, after: 1e22 },
      { field: 'ruleSwitches.ai-diffusion', before: null, after: true },
    ]);
  });

  it('refuses a prohibited threshold below the notifiable one, on the prohibited field', () => {
    const parsed = ProgramSettingsSchema.safeParse({
      outboundInvestment: { notifiableAboveOps: 1e25, prohibitedAboveOps: 1e23 },
    });
    assert.equal(parsed.success, false);
    assert.deepEqual(
      parsed.error?.issues.map((i) => i.path.join('.')),
      ['outboundInvestment.prohibitedAboveOps'],
    );
  });
});
