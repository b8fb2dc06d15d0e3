import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildProposalContent } from '../../../test/builders/build-proposal-content.ts';
import { ProposalContentSchema } from './proposal.schema.ts';

describe('ProposalContentSchema', () => {
  it('accepts confidential marks on fields other than the title', () => {
    const content = buildProposalContent({ bci: ['summary', 'financing', 'layers.hardware.*.valueUsd'] });
    assert.equal(ProposalContentSchema.safeParse(content).success, true);
  });

  it('refuses a title marked confidential, naming the mark', () => {
    const content = { ...buildProposalContent(), bci: ['summary', 'title'] };
    const result = ProposalContentSchema.safeParse(content);
    assert.equal(result.success, false);
    const issue = result.error?.issues[0];
    assert.deepEqual(issue?.path, ['bci', 1]);
    assert.match(issue?.message ?? '', /title is public/);
  });
});
