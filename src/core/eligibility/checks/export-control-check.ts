import { type Determination, determine } from '../../export-control/determine.ts';
import type { Party } from '../../package/proposal.schema.ts';
import type { Check, CheckContext } from '../check-context.ts';
import type { Finding } from '../finding.ts';
import { expandTargets } from '../targets.ts';

type Headquarters = { hq?: string; parent?: string; who: string };

/** The distinct headquarters pairs of the buyer/operator side: operator, owner, builder, end users. */
const headquartersPairs = ({ content, companies }: CheckContext): Headquarters[] => {
  const { operatingModel, endUsers } = content;
  const parties: { role: string; party: Party | undefined }[] = [
    { role: 'operator', party: operatingModel.operator },
    { role: 'owner', party: operatingModel.owner },
    { role: 'builder', party: operatingModel.builder },
    ...endUsers.map((party) => ({ role: 'end user', party })),
  ];
  const pairs = new Map<string, Headquarters>();
  for (const { role, party } of parties) {
    if (!party) continue;
    const company = party.companyId ? companies.get(party.companyId) : undefined;
    const hq = party.headquartersCountry ?? company?.principalPlaceOfBusiness;
    const parent = party.ultimateParentCountry;
    if (hq === undefined && parent === undefined) continue;
    const key = `${hq ?? ''}|${parent ?? ''}`;
    const existing = pairs.get(key);
    const who = `${role} ${party.name}`;
    pairs.set(
      key,
      existing
        ? { ...existing, who: `${existing.who}, ${who}` }
        : { ...(hq ? { hq } : {}), ...(parent ? { parent } : {}), who },
    );
  }
  return pairs.size > 0 ? [...pairs.values()] : [{ who: 'no buyer or operator headquarters given' }];
};

const RANK: Record<Determination['reviewPolicy'], number> = {
  none: 0,
  presumption_of_approval: 1,
  case_by_case: 2,
  undetermined: 3,
  presumption_of_denial: 4,
  policy_of_denial: 5,
};

/** Export-control determination for every hardware item × every target country (blocs expanded). */
export const checkExportControl: Check = (context) => {
  const { content, asOf, settings, rulesVersion } = context;
  const findings: Finding[] = [];
  const targets = expandTargets(content.targets);
  for (const unresolved of targets.unresolved) {
    findings.push({
      code: 'target_not_resolved',
      severity: 'needs_review',
      title: `Target ${unresolved} is not a known country or bloc`,
      explanation: `"${unresolved}" is neither an ISO country code nor a bloc the platform knows (EU, GCC, ASEAN); list its countries to get export-control determinations.`,
      citations: [],
      rulesVersion,
      subject: { path: 'content.targets', label: unresolved },
    });
  }
  const pairs = headquartersPairs(context);
  const cache = new Map<string, Determination>();
  let clear = 0;
  content.layers.hardware.forEach((item, index) => {
    for (const target of targets.countries) {
      const results: { determination: Determination; pair: Headquarters }[] = [];
      for (const pair of pairs) {
        const key = [
          item.eccn,
          target,
          pair.hq,
          pair.parent,
          item.tpp,
          item.performanceDensity,
          item.memoryBandwidthGBs,
        ].join('|');
        let determination = cache.get(key);
        if (!determination) {
          const result = determine(
            {
              eccn: item.eccn,
              destination: target,
              ...(pair.hq ? { headquarters: pair.hq } : {}),
              ...(pair.parent ? { ultimateParentHeadquarters: pair.parent } : {}),
              ...(item.tpp === undefined ? {} : { tpp: item.tpp }),
              ...(item.performanceDensity === undefined ? {} : { performanceDensity: item.performanceDensity }),
              ...(item.memoryBandwidthGBs === undefined ? {} : { memoryBandwidthGBs: item.memoryBandwidthGBs }),
            },
            asOf,
            { switches: settings.ruleSwitches },
          );
          if (!result.ok) {
            findings.push({
              code: 'export_determination_failed',
              severity: 'needs_review',
              title: `No determination for ${item.product} to ${target}`,
              explanation: result.error.message,
              citations: [],
              rulesVersion,
              subject: { path: `content.layers.hardware.${index}`, label: item.product },
            });
            continue;
          }
          determination = result.value;
          cache.set(key, determination);
        }
        results.push({ determination, pair });
      }
      const worst = results.sort((a, b) => RANK[b.determination.reviewPolicy] - RANK[a.determination.reviewPolicy])[0];
      if (!worst) continue;
      const d = worst.determination;
      if (!d.licenseRequired) {
        clear += 1;
        continue;
      }
      const denial = d.reviewPolicy === 'presumption_of_denial' || d.reviewPolicy === 'policy_of_denial';
      const exceptions = d.possibleExceptions.length
        ? ` Possible licence exceptions (not granted; conditions apply): ${d.possibleExceptions.map((x) => `${x.code} (${x.section})`).join(', ')}.`
        : '';
      findings.push({
        code: denial
          ? 'export_license_denial_presumed'
          : d.reviewPolicy === 'undetermined'
            ? 'export_determination_incomplete'
            : 'export_license_required',
        severity: denial ? 'blocker' : 'needs_review',
        title: `${item.product} (${d.eccn}) to ${target}: licence required, ${d.reviewPolicy.replace(/_/g, ' ')}`,
        explanation: `${d.reasons.map((r) => r.text).join(' ')}${exceptions} Headquarters considered: ${worst.pair.who}`,
        citations: d.citations,
        rulesVersion: d.rulesVersion,
        subject: { path: `content.layers.hardware.${index}`, label: `${item.product} → ${target}` },
      });
    }
  });
  if (clear > 0) {
    findings.push({
      code: 'export_no_license_required',
      severity: 'info',
      title: `${clear} item × target pair(s) need no licence`,
      explanation: `For ${clear} hardware item × target country pair(s), no rule in force on ${asOf} requires a licence (NLR), provided no end-use or end-user prohibition applies.`,
      citations: [{ source: 'Export Administration Regulations, 15 CFR', section: '738.4(a)(2)(ii)(B)' }],
      rulesVersion,
      subject: { path: 'content.layers.hardware', label: 'hardware layer' },
    });
  }
  return findings;
};
