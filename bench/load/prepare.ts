import { readFile } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import type { ConsortiaResponse } from '../../src/http/routes/consortia/consortia.schemas.ts';
import type { ProposalResponse } from '../../src/http/routes/proposals/proposals.schemas.ts';
import { buildProposalContent } from '../../test/builders/build-proposal-content.ts';
import { type SessionHeaders, sendJson } from './session.ts';

const CSL_SNAPSHOT = new URL('../../data/lists/csl_2026-07-31.csv.gz', import.meta.url);

/** Imports the committed CSL snapshot (about 26,000 rows) through the API, so screening runs on a real-size list. */
export const importCslSnapshot = async (base: string, officer: SessionHeaders): Promise<number> => {
  const content = gunzipSync(await readFile(CSL_SNAPSHOT)).toString('utf8');
  const result = await sendJson<{ version: { entryCount: number } }>(base, officer, {
    method: 'POST',
    path: '/api/v1/lists/import',
    body: { source: 'csl', format: 'csl', content, fileName: 'csl_2026-07-31.csv' },
    expect: 201,
  });
  return result.version.entryCount;
};

/** Creates `count` valid drafts in the applicant's first consortium, `parallel` at a time; their ids. */
export const createDrafts = async (
  base: string,
  applicant: SessionHeaders,
  options: { count: number; parallel: number },
): Promise<string[]> => {
  const consortia = await sendJson<ConsortiaResponse>(base, applicant, {
    method: 'GET',
    path: '/api/v1/consortia',
    expect: 200,
  });
  const consortiumId = consortia.consortia[0]?.id;
  if (!consortiumId) throw new Error('the demo applicant has no consortium');
  const ids: string[] = [];
  let next = 0;
  const worker = async () => {
    while (next < options.count) {
      next += 1;
      const created = await sendJson<ProposalResponse>(base, applicant, {
        method: 'POST',
        path: '/api/v1/proposals',
        body: { consortiumId, content: buildProposalContent({ title: `Load test package ${next}` }) },
        expect: 201,
      });
      ids.push(created.proposal.id);
    }
  };
  await Promise.all(Array.from({ length: options.parallel }, worker));
  return ids;
};
