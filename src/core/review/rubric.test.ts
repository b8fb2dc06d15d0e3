import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEFAULT_PROGRAM_SETTINGS, ProgramSettingsSchema } from '../eligibility/program-settings.ts';
import { DEFAULT_RUBRIC, type Rubric, RubricSchema, rubricVersionProblem } from './rubric.ts';

const issuePaths = (value: unknown): string[] => {
  const parsed = RubricSchema.safeParse(value);
  return parsed.success ? [] : parsed.error.issues.map((i) => i.path.join('.'));
};

const criterion = (key: string, weight = 1) => ({
  key,
  title: `Criterion ${key}`,
  weight,
  anchors: { '1': 'poor one', '2': 'weak two', '3': 'fair three', '4': 'good four', '5': 'best five' },
});

describe('the review rubric', () => {
  it('defaults to the five criteria of the program’s aims, each with an anchor for every level', () => {
    assert.deepEqual(
      DEFAULT_PROGRAM_SETTINGS.rubric.criteria.map((c) => c.key),
      ['full_stack', 'security_export_control', 'commercial_viability', 'strategic_value', 'financing_realism'],
    );
    assert.equal(DEFAULT_PROGRAM_SETTINGS.rubric.version, 1);
    assert.deepEqual(issuePaths(DEFAULT_RUBRIC), []);
    for (const c of DEFAULT_RUBRIC.criteria) assert.deepEqual(Object.keys(c.anchors), ['1', '2', '3', '4', '5']);
  });

  it('keeps the rubric of settings saved before it existed as the default', () => {
    assert.deepEqual(ProgramSettingsSchema.parse({ maxListAgeDays: 9 }).rubric, DEFAULT_RUBRIC);
  });

  it('refuses a weight of 0 or less, naming the criterion’s weight', () => {
    assert.deepEqual(issuePaths({ version: 2, criteria: [criterion('a', 0), criterion('b', -1)] }), [
      'criteria.0.weight',
      'criteria.1.weight',
    ]);
  });

  it('refuses a key used twice, on the second one', () => {
    assert.deepEqual(issuePaths({ version: 2, criteria: [criterion('a'), criterion('b'), criterion('a')] }), [
      'criteria.2.key',
    ]);
  });

  it('refuses a missing or blank anchor text, naming the level', () => {
    const gap = criterion('a');
    const { '3': _three, ...withoutThree } = gap.anchors;
    assert.deepEqual(issuePaths({ version: 2, criteria: [{ ...gap, anchors: { ...withoutThree, '5': '   ' } }] }), [
      'criteria.0.anchors.3',
      'criteria.0.anchors.5',
    ]);
  });

  it('refuses a rubric without criteria and a version that is not a whole number from 1', () => {
    assert.deepEqual(issuePaths({ version: 1.5, criteria: [] }), ['version', 'criteria']);
    assert.deepEqual(issuePaths({ version: 0, criteria: [criterion('a')] }), ['version']);
  });

  it('asks for a new version when the criteria change, and never lets the version go back', () => {
    const v2: Rubric = { version: 2, criteria: [criterion('a', 2)] };
    const earlier = [v2, DEFAULT_RUBRIC];
    assert.equal(rubricVersionProblem(earlier, v2), null, 'the same rubric saved again');
    assert.equal(rubricVersionProblem(earlier, { version: 3, criteria: [criterion('a', 3)] }), null);
    assert.equal(
      rubricVersionProblem(earlier, { version: 2, criteria: [criterion('a', 3)] })?.path,
      'rubric.version',
      'weights changed under the same version',
    );
    assert.match(
      rubricVersionProblem(earlier, { version: 1, criteria: [criterion('a', 3)] })?.message ?? '',
      /new version \(above 2\)/,
    );
    assert.equal(
      rubricVersionProblem([{ ...v2, version: 5 }], v2)?.message,
      'must not go back: the latest rubric version is 5',
    );
    assert.equal(rubricVersionProblem(earlier, DEFAULT_RUBRIC), null, 'going back to an earlier rubric unchanged');
  });
});
