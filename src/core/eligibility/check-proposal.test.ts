import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Company, OwnershipEdge } from '../consortium/company.schema.ts';
import { type ProposalContent, ProposalContentSchema } from '../package/proposal.schema.ts';
import { type CheckProposalInput, checkProposal, type EligibilityReport } from './check-proposal.ts';
import { DEFAULT_PROGRAM_SETTINGS, ProgramSettingsSchema } from './program-settings.ts';

const company = (id: string, country: string): Company => ({
  id,
  kind: 'company',
  legalName: `${id} Corp.`,
  otherNames: [],
  countryOfIncorporation: country,
  principalPlaceOfBusiness: country,
  identifiers: {},
});

const content = (overrides: Record<string, unknown> = {}): ProposalContent =>
  ProposalContentSchema.parse({
    title: 'Test package',
    targets: ['JP'],
    layers: {
      hardware: [
        {
          category: 'chip',
          product: 'Accelerator',
          maker: 'us-chip Corp.',
          eccn: '3A090.a',
          originCountry: 'US',
          valueUsd: 1000,
          quantity: 10,
          usOriginSharePercent: 80,
          tpp: 15000,
          performanceDensity: 20,
          memoryBandwidthGBs: 4800,
        },
      ],
      dataPipelines: [{ name: 'Pipeline', provider: 'Data Co', providerCountry: 'DE' }],
      models: [{ name: 'Model', developer: 'Lab', developerCountry: 'US', weights: 'open', trainingComputeOps: 1e24 }],
      security: [{ name: 'SOC', provider: 'Sec Co', providerCountry: 'JP' }],
      applications: [{ name: 'App', provider: 'App Co', providerCountry: 'US', sector: 'healthcare' }],
    },
    ...overrides,
  });

const input = (overrides: Partial<CheckProposalInput> = {}): CheckProposalInput => ({
  content: content(),
  companies: [company('anchor', 'US'), company('member', 'DE')],
  members: [
    { companyId: 'anchor', role: 'anchor' },
    { companyId: 'member', role: 'member' },
  ],
  ownership: [],
  settings: DEFAULT_PROGRAM_SETTINGS,
  asOf: '2026-03-01',
  ...overrides,
});

const report = (overrides: Partial<CheckProposalInput> = {}): EligibilityReport => {
  const result = checkProposal(input(overrides));
  assert.ok(result.ok, result.ok ? '' : result.error.message);
  return result.ok ? result.value : ({} as EligibilityReport);
};
const codes = (r: EligibilityReport) => r.findings.map((f) => f.code);

describe('checkProposal', () => {
  it('finds no blocker in a complete proposal from allied members', () => {
    const r = report();
    assert.equal(r.counts.blocker, 0, JSON.stringify(r.findings, null, 1));
    assert.ok(codes(r).includes('us_content_presumed_met'));
    assert.ok(codes(r).includes('export_no_license_required'));
    for (const f of r.findings) {
      assert.ok(f.rulesVersion.length === 10 && f.explanation.length > 0);
      assert.ok(f.citations.length > 0, f.code);
    }
  });

  it('gives different results as of two dates (China review policy of Jan 15, 2026)', () => {
    const cn = content({ targets: ['CN'] });
    const before = report({ content: cn, asOf: '2025-12-01' });
    const after = report({ content: cn, asOf: '2026-02-01' });
    assert.ok(codes(before).includes('export_license_denial_presumed'));
    assert.equal(before.counts.blocker, 1);
    assert.ok(codes(after).includes('export_license_required'));
    assert.equal(after.counts.blocker, 0);
    // the last change on or before 2025-12-01: Cambodia left Country Group D:5 on 2025-11-08
    assert.equal(before.rulesVersion, '2025-11-08');
    assert.equal(after.rulesVersion, '2026-01-15');
  });

  it('flags outbound investment only from Jan 2, 2025', () => {
    const prc = content({
      layers: {
        ...content().layers,
        models: [
          { name: 'Big', developer: 'PRC Lab', developerCountry: 'CN', weights: 'closed', trainingComputeOps: 3e25 },
        ],
      },
    });
    assert.ok(codes(report({ content: prc, asOf: '2025-01-02' })).includes('outbound_investment_prohibited'));
    assert.ok(!codes(report({ content: prc, asOf: '2024-12-31' })).some((c) => c.startsWith('outbound')));
    const notifiable = content({
      layers: {
        ...content().layers,
        models: [
          { name: 'Mid', developer: 'PRC Lab', developerCountry: 'CN', weights: 'closed', trainingComputeOps: 5e23 },
        ],
      },
    });
    assert.ok(codes(report({ content: notifiable })).includes('outbound_investment_notifiable'));
  });

  it('reports missing layers, anchors and targets', () => {
    const empty = content({ targets: [], layers: {} });
    const r = report({ content: empty, members: [{ companyId: 'member', role: 'member' }] });
    assert.equal(codes(r).filter((c) => c === 'layer_missing').length, 5);
    assert.ok(codes(r).includes('anchor_missing'));
    assert.ok(codes(r).includes('target_missing'));
    assert.ok(codes(r).includes('us_content_not_computable'));
    const two = report({
      members: [
        { companyId: 'anchor', role: 'anchor' },
        { companyId: 'member', role: 'anchor' },
      ],
    });
    assert.ok(codes(two).includes('anchor_not_unique'));
    assert.ok(codes(report({ members: [{ companyId: 'ghost', role: 'anchor' }] })).includes('member_unknown'));
  });

  it('blocks a member located in a country of concern, and follows the configurable list', () => {
    const companies = [company('anchor', 'US'), company('member', 'HK')];
    assert.ok(codes(report({ companies })).includes('member_in_country_of_concern'));
    const settings = ProgramSettingsSchema.parse({ countriesOfConcern: ['CN'] });
    assert.ok(!codes(report({ companies, settings })).includes('member_in_country_of_concern'));
  });

  it('blocks a member controlled over an ownership chain and shows the chain', () => {
    const companies = [company('anchor', 'US'), company('member', 'DE'), company('hold', 'KY'), company('prc', 'CN')];
    const ownership: OwnershipEdge[] = [
      { ownerId: 'hold', ownedId: 'member', sharePercent: 100 },
      { ownerId: 'prc', ownedId: 'hold', sharePercent: 50 },
    ];
    const r = report({ companies, ownership });
    const finding = r.findings.find((f) => f.code === 'member_controlled_from_country_of_concern');
    assert.ok(finding);
    // hold is 50% owned from CN, so it counts in full and its whole 100% passes on (OFAC 50% rule)
    assert.ok(finding?.explanation.includes('prc Corp. —50%→ hold Corp. —100%→ member Corp. (100.00%)'));
    assert.ok(finding?.explanation.includes('OFAC 50% rule aggregation'));
    assert.ok(finding?.citations.some((c) => c.section.includes('FAQs 398 and 401')));
  });

  it('asks for review of holdings through an entity owned below 50%, showing the look-through figure', () => {
    const companies = [company('anchor', 'US'), company('member', 'DE'), company('hold', 'KY'), company('prc', 'CN')];
    const ownership: OwnershipEdge[] = [
      { ownerId: 'prc', ownedId: 'hold', sharePercent: 40 },
      { ownerId: 'hold', ownedId: 'member', sharePercent: 80 },
      { ownerId: 'prc', ownedId: 'member', sharePercent: 20 },
    ];
    const r = report({ companies, ownership });
    const finding = r.findings.find((f) => f.code === 'member_partly_owned_from_country_of_concern');
    assert.equal(finding?.severity, 'needs_review');
    assert.ok(finding?.explanation.includes('hold 20.00% of member Corp.'));
    assert.ok(finding?.explanation.includes('prc Corp. —40%→ hold Corp. —80%→ member Corp. (32.00%)'));
    assert.ok(finding?.explanation.includes('would come to 52.00%'));
    assert.equal(r.counts.blocker, 0);
  });

  it('blocks a member controlled without equity from a country of concern, naming the basis', () => {
    const companies = [company('anchor', 'US'), company('member', 'DE'), company('prc', 'CN')];
    const r = report({
      companies,
      controls: [
        { controllerId: 'prc', controlledId: 'member', basis: 'board_seats', detail: 'appoints 3 of 5 directors' },
      ],
    });
    const finding = r.findings.find((f) => f.code === 'member_controlled_from_country_of_concern');
    assert.equal(finding?.severity, 'blocker');
    assert.ok(finding?.explanation.includes('prc Corp. through board seats (appoints 3 of 5 directors)'));
  });

  it('blocks an end user on the Entity List, naming the entry, the list version and its date', () => {
    const r = report({
      endUserScreening: {
        status: 'screened',
        parties: [{ role: 'end user', name: 'Hanif Computer Zone', path: 'content.endUsers.0' }],
        lists: [{ id: 'v1', source: 'csl', asOf: '2026-07-31' }],
        hits: [
          {
            party: { role: 'end user', name: 'Hanif Computer Zone', path: 'content.endUsers.0' },
            kind: 'entity_list',
            entryId: 'e-1',
            entryName: 'Hanif Computer Zone (HCZ)',
            matchedName: 'Hanif Computer Zone (HCZ)',
            score: 0.97,
            listVersion: { id: 'v1', source: 'csl', asOf: '2026-07-31' },
            licenseRequirement: 'For all items subject to the EAR. (See §744.11 of the EAR).',
            licensePolicy: 'Presumption of denial.',
            federalRegisterNotice: '76 FR 71867',
            entryUrl: null,
            decision: 'open',
          },
        ],
      },
    });
    const finding = r.findings.find((f) => f.code === 'end_user_on_entity_list');
    assert.equal(finding?.severity, 'blocker');
    assert.equal(finding?.subject?.path, 'content.endUsers.0');
    for (const words of [
      'Hanif Computer Zone (HCZ)',
      'entry e-1',
      'csl as of 2026-07-31',
      'version v1',
      'Presumption of denial.',
      '76 FR 71867',
    ]) {
      assert.ok(finding?.explanation.includes(words), words);
    }
    assert.ok(finding?.citations.some((c) => c.section.startsWith('744.11')));
  });

  it('blocks when the end-user lists could not be checked (fail-closed)', () => {
    const r = report({
      endUserScreening: { status: 'unavailable', parties: [{ role: 'end user', name: 'Buyer' }], reason: 'no list' },
    });
    assert.equal(r.findings.find((f) => f.code === 'end_user_lists_unavailable')?.severity, 'blocker');
    const none = report({
      endUserScreening: { status: 'screened', parties: [{ role: 'end user', name: 'B' }], lists: [], hits: [] },
    });
    assert.ok(!codes(none).some((c) => c.startsWith('end_user_')));
  });

  it('asks for review below the control threshold (49.99%)', () => {
    const companies = [company('anchor', 'US'), company('member', 'DE'), company('prc', 'CN')];
    const r = report({ companies, ownership: [{ ownerId: 'prc', ownedId: 'member', sharePercent: 49.99 }] });
    assert.ok(codes(r).includes('member_partly_owned_from_country_of_concern'));
    assert.equal(r.counts.blocker, 0);
  });

  it('flags an owner the file does not describe', () => {
    const r = report({ ownership: [{ ownerId: 'ghost', ownedId: 'member', sharePercent: 10 }] });
    assert.ok(codes(r).includes('owner_unknown'));
  });

  it('blocks layer 2–5 providers in a data-sharing jurisdiction', () => {
    const ru = content({
      layers: {
        ...content().layers,
        applications: [{ name: 'App', provider: 'RU Co', providerCountry: 'RU', sector: 'other' }],
      },
    });
    const finding = report({ content: ru }).findings.find((f) => f.code === 'provider_in_data_sharing_jurisdiction');
    assert.equal(finding?.severity, 'blocker');
    assert.equal(finding?.subject?.path, 'content.layers.applications.0');
  });

  it('flags low U.S. content for review, not as a blocker', () => {
    const low = content({
      layers: { ...content().layers, hardware: [{ ...content().layers.hardware[0], usOriginSharePercent: 50.99 }] },
    });
    const finding = report({ content: low }).findings.find((f) => f.code === 'us_content_below_threshold');
    assert.equal(finding?.severity, 'needs_review');
    assert.ok(finding?.title.includes('50.99%'));
  });

  it('expands blocs, reports unknown targets and applies the headquarters rule', () => {
    const gcc = report({ content: content({ targets: ['GCC', 'APEC'] }) });
    assert.ok(gcc.findings.some((f) => f.code === 'export_license_required' && f.subject?.label.endsWith('→ SA')));
    assert.ok(codes(gcc).includes('target_not_resolved'));
    const hq = content({
      operatingModel: {
        operator: { name: 'Op', country: 'JP', headquartersCountry: 'JP', ultimateParentCountry: 'MO' },
      },
    });
    const r = report({ content: hq, asOf: '2025-06-01' });
    assert.ok(r.findings.some((f) => f.code === 'export_license_denial_presumed' && f.explanation.includes('Op')));
  });

  it('passes the end users in a target country to determine as consignees: the UAE rule of July 2026', () => {
    const uae = (endUser: Record<string, unknown>) =>
      content({
        targets: ['AE'],
        endUsers: [endUser],
        operatingModel: { builder: { name: 'Builder Inc.', country: 'US', headquartersCountry: 'US' } },
      });
    const exportFinding = (r: EligibilityReport) =>
      r.findings.find((f) => f.code.startsWith('export_') && f.subject?.label === 'Accelerator → AE');
    const g42 = uae({ name: 'G42', country: 'AE' });
    const generic = uae({ name: 'Falcon Compute Trading LLC', country: 'AE' });

    // 2026-07-09: the UAE is in D:3/D:4, a licence with presumption of approval for every buyer, G42 included
    for (const c of [g42, generic]) {
      const before = exportFinding(report({ content: c, asOf: '2026-07-09' }));
      assert.equal(before?.code, 'export_license_required');
      assert.ok(before?.title.includes('presumption of approval'), before?.title);
    }
    // from 2026-07-10: G42 is an approved entity (until 2027-04-06), exempt; the finding names the exemption
    for (const asOf of ['2026-07-10', '2027-04-06']) {
      const r = report({ content: g42, asOf });
      const exempt = exportFinding(r);
      assert.equal(exempt?.code, 'export_consignee_exempt', `${asOf}: ${JSON.stringify(r.findings, null, 1)}`);
      assert.ok(exempt?.explanation.includes('uae-approved-g42'));
      assert.ok(codes(r).includes('export_no_license_required'));
      assert.ok(!codes(r).includes('export_determination_incomplete'));
    }
    // the generic UAE end user needs a licence: a licence-required finding, not an incomplete one
    const r = report({ content: generic, asOf: '2026-07-10' });
    const required = exportFinding(r);
    assert.equal(required?.code, 'export_license_required', JSON.stringify(r.findings, null, 1));
    assert.ok(required?.title.includes('review policy not held'));
    assert.ok(required?.explanation.includes('Falcon Compute Trading LLC'));
    // G42's approval ends after 2027-04-06: from 2027-04-07 it needs a licence like any buyer
    assert.equal(exportFinding(report({ content: g42, asOf: '2027-04-07' }))?.code, 'export_license_required');
    // an end user only possibly exempt (U.S.-headquartered; the list is not held) stays incomplete: fail closed
    const possible = uae({ name: 'Gulf AI Cloud LLC', country: 'AE', headquartersCountry: 'US' });
    assert.equal(
      exportFinding(report({ content: possible, asOf: '2026-07-10' }))?.code,
      'export_determination_incomplete',
    );
    // the U.S. builder's headquarters are not the consignee's: the generic end user is not made "possibly exempt"
    assert.ok(!required?.explanation.includes('Builder Inc.'));
  });

  it('still applies the headquarters rule of other parties to a named consignee', () => {
    const c = content({
      targets: ['JP'],
      endUsers: [{ name: 'Tokyo Compute KK', country: 'JP' }],
      operatingModel: {
        operator: { name: 'Op', country: 'SG', headquartersCountry: 'SG', ultimateParentCountry: 'MO' },
      },
    });
    const r = report({ content: c, asOf: '2025-06-01' });
    const denial = r.findings.find((f) => f.code === 'export_license_denial_presumed');
    assert.ok(denial?.explanation.includes('consignee Tokyo Compute KK, with the headquarters of operator Op'));
  });

  it('fails with invalid_input on a bad date', () => {
    const result = checkProposal(input({ asOf: '2026-13-01' }));
    assert.equal(result.ok, false);
  });
});
