import type { ConsortiaResponse } from '../../src/http/routes/consortia/consortia.schemas.ts';
import type { ProposalResponse } from '../../src/http/routes/proposals/proposals.schemas.ts';
import { buildProposalContent } from '../builders/build-proposal-content.ts';
import type { ApiClient } from './api-client.ts';

/**
 * Creates `count` valid draft proposals through the API in the first consortium of the (demo) applicant, one
 * after the other; their ids in order.
 */
export const createDraftsThroughApi = async (
  applicant: ApiClient,
  options: { count: number; title: string },
): Promise<string[]> => {
  const consortia = await applicant.get<ConsortiaResponse>('/api/v1/consortia');
  const consortiumId = consortia.body.consortia[0]?.id;
  if (!consortiumId) throw new Error(`the applicant has no consortium: ${consortia.status}`);
  const ids: string[] = [];
  for (let i = 0; i < options.count; i += 1) {
    const created = await applicant.send<ProposalResponse>('POST', '/api/v1/proposals', {
      consortiumId,
      content: buildProposalContent({ title: `${options.title} ${i + 1}` }),
    });
    if (created.status !== 201)
      throw new Error(`draft ${i + 1} not created: ${created.status} ${JSON.stringify(created.body)}`);
    ids.push(created.body.proposal.id);
  }
  return ids;
};
