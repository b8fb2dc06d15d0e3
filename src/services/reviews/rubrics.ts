import type { Kysely } from 'kysely';
import { DEFAULT_PROGRAM_SETTINGS, ProgramSettingsSchema } from '../../core/eligibility/program-settings.ts';
import { appError } from '../../core/kernel/errors.ts';
import { err, ok, type Result } from '../../core/kernel/result.ts';
import { type Rubric, rubricOfVersion } from '../../core/review/rubric.ts';
import { listProgramSettings } from '../../db/repos/program-settings.repo.ts';
import type { Database } from '../../db/schema.ts';

/** Every rubric the program settings have held, newest version first, ending with the default rubric. */
export const rubricsOnRecord = async (db: Kysely<Database>): Promise<Rubric[]> => {
  const saved = (await listProgramSettings(db)).map((r) => ProgramSettingsSchema.parse(r.settings).rubric);
  return [...saved, DEFAULT_PROGRAM_SETTINGS.rubric];
};

/** The rubric a review was scored on, by version; a version not on record fails closed (never another rubric). */
export const rubricForReview = (rubrics: readonly Rubric[], version: number): Result<Rubric> => {
  const rubric = rubricOfVersion(rubrics, version);
  return rubric
    ? ok(rubric)
    : err(appError('conflict', `Rubric version ${version} of this review is not in the program settings’ history.`));
};
