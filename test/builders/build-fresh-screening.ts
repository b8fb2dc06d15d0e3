import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { listListVersions } from '../../src/db/repos/list-versions.repo.ts';
import { importListVersion } from '../../src/services/screening/import-list-version.ts';
import { screenProposalParties } from '../../src/services/screening/screen-proposal-parties.ts';
import { programSettingsAt } from '../../src/services/settings/program-settings.ts';
import type { TestApp } from '../support/test-app.ts';
import { expectOk } from './expect-ok.ts';

/** The builders' own watchlist: one entry whose name no test party bears. */
export const FRESH_WATCHLIST_SOURCE = 'watchlist:builder-fresh';
const WATCHLIST =
  'id,name,aliases,type,countries,source\nB-1,Qwxyzzy Fixture Holdings Ltd,,company,AQ,Builder fixture\n';

/** The builders' own Consolidated Screening List: one Entity List entry whose name no test party bears. */
export const FRESH_CSL_SOURCE = 'csl';
const CSL_HEADER =
  '_id,source,entity_number,type,programs,name,title,addresses,federal_register_notice,start_date,end_date,standard_order,license_requirement,license_policy,call_sign,vessel_type,gross_tonnage,gross_registered_tonnage,vessel_flag,vessel_owner,remarks,source_list_url,alt_names,citizenships,dates_of_birth,nationalities,places_of_birth,source_information_url,ids';
const CSL = `${CSL_HEADER}\n"builder-fresh-1","Entity List (EL) - Bureau of Industry and Security","","","","Zyxwvut Fixture Laboratories","","Nowhere, AQ","89 FR 1","2024-01-01","","","For all items subject to the EAR.","Presumption of denial.","","","","","","","","","","","","","","",""\n`;

/**
 * Screens a proposal's parties against a list that is fresh as of the test clock: when no current list version is
 * within the program's maximum list age, it imports the builders' one-entry watchlist dated today first. Returns
 * the screening run.
 */
export const buildFreshScreening = async (t: TestApp, proposalId: string) => {
  const now = t.deps.clock();
  const { settings } = await programSettingsAt(t.deps.db, now);
  const today = now.toISOString().slice(0, 10);
  const versions = await listListVersions(t.deps.db);
  const freshEnough = versions.some(
    (v) => (now.getTime() - Date.parse(`${v.asOf.slice(0, 10)}T00:00:00Z`)) / 86_400_000 <= settings.maxListAgeDays,
  );
  const fresh = (v: (typeof versions)[number]) =>
    (now.getTime() - Date.parse(`${v.asOf.slice(0, 10)}T00:00:00Z`)) / 86_400_000 <= settings.maxListAgeDays;
  // end users are checked against the Entity, Unverified and MEU lists of a current CSL (fail-closed without one)
  if (!versions.some((v) => v.format === 'csl' && fresh(v))) {
    const folder = await mkdtemp(join(tmpdir(), 'aiexports-fresh-'));
    const path = join(folder, 'csl.csv');
    await writeFile(path, CSL);
    expectOk(
      await importListVersion(t.deps, null, { source: FRESH_CSL_SOURCE, format: 'csl', path, asOf: today }),
      'buildFreshScreening: import the CSL',
    );
  }
  if (!freshEnough) {
    const folder = await mkdtemp(join(tmpdir(), 'aiexports-fresh-'));
    const path = join(folder, 'watchlist.csv');
    await writeFile(path, WATCHLIST);
    expectOk(
      await importListVersion(t.deps, null, { source: FRESH_WATCHLIST_SOURCE, format: 'watchlist', path, asOf: today }),
      'buildFreshScreening: import',
    );
  }
  return expectOk(await screenProposalParties(t.deps, proposalId), 'buildFreshScreening: screen');
};
