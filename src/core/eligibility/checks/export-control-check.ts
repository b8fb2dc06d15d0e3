import { type Determination, determine } from '../../export-control/determine.ts';
import type { Party } from '../../package/proposal.schema.ts';
import type { Check, CheckContext } from '../check-context.ts';
import type { Finding } from '../finding.ts';
import { expandTargets } from '../targets.ts';

type Headquarters = { hq?: string; parent?: string; who: string; consignee?: string };

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

/** A party of the buyer side with its own headquarters pair (the party's, else its company's place of business). */
type Side = { role: string; party: Party; hq?: string; parent?: string };

const sidesOf = ({ content, companies }: CheckContext): Side[] => {
  const { operatingModel, endUsers } = content;
  const parties: { role: string; party: Party | undefined }[] = [
    { role: 'operator', party: operatingModel.operator },
    { role: 'owner', party: operatingModel.owner },
    { role: 'builder', party: operatingModel.builder },
    ...endUsers.map((party) => ({ role: 'end user', party })),
  ];
  return parties.flatMap(({ role, party }) => {
    if (!party) return [];
    const company = party.companyId ? companies.get(party.companyId) : undefined;
    const hq = party.headquartersCountry ?? company?.principalPlaceOfBusiness;
    const parent = party.ultimateParentCountry;
    return [{ role, party, ...(hq ? { hq } : {}), ...(parent ? { parent } : {}) }];
  });
};

/**
 * Who receives in a target country: the end users, operator and owner located there, each passed to determine
 * as the consignee (exemptions such as the UAE Government or G42 are by name) with its own headquarters. The
 * headquarters of the other parties still count for the headquarters rule (with each consignee named); those
 * wholly in the United States are left out, as no headquarters rule reaches them and they are not the
 * consignee's. No named party in the target: the headquarters pairs alone, without a consignee.
 */
const buyersIn = (target: string, sides: readonly Side[], pairs: readonly Headquarters[]): Headquarters[] => {
  const receiving = sides.filter((s) => s.role !== 'builder' && s.party.country === target);
  if (receiving.length === 0) return [...pairs];
  const others = sides.filter((s) => !receiving.includes(s) && [s.hq, s.parent].some((c) => c && c !== 'US'));
  const buyers = new Map<string, Headquarters>();
  for (const c of receiving) {
    const consignee = c.party.name;
    for (const source of [c, ...others]) {
      const key = `${consignee}|${source.hq ?? ''}|${source.parent ?? ''}`;
      const who =
        source === c
          ? `consignee ${consignee} (${c.role})`
          : `consignee ${consignee}, with the headquarters of ${source.role} ${source.party.name}`;
      const existing = buyers.get(key);
      buyers.set(
        key,
        existing
          ? { ...existing, who: `${existing.who}; ${who}` }
          : {
              consignee,
              ...(source.hq ? { hq: source.hq } : {}),
              ...(source.parent ? { parent: source.parent } : {}),
              who,
            },
      );
    }
  }
  return [...buyers.values()];
};

/**
 * A licence surely required whose review policy alone is not held: every rule requiring it names the item and
 * the destination (destination-scope, e.g. the UAE rule of July 2026 for a consignee none of its exemptions
 * names) and no exemption is merely possible. Anything else undetermined stays incomplete (fail closed).
 */
const onlyPolicyNotHeld = (d: Determination): boolean => {
  if (d.reviewPolicy !== 'undetermined' || d.exemptions.some((x) => x.status === 'possible')) return false;
  const ruleIds = d.authorizations.flatMap((a) => a.ruleIds);
  const kinds = new Map(d.trace.map((t) => [t.ruleId, t.kind]));
  return ruleIds.length > 0 && ruleIds.every((id) => kinds.get(id) === 'destination-scope');
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
  const sides = sidesOf(context);
  const cache = new Map<string, Determination>();
  let clear = 0;
  content.layers.hardware.forEach((item, index) => {
    for (const target of targets.countries) {
      const results: { determination: Determination; pair: Headquarters }[] = [];
      for (const pair of buyersIn(target, sides, pairs)) {
        const key = [
          item.eccn,
          target,
          pair.consignee,
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
              ...(pair.consignee ? { consignee: pair.consignee } : {}),
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
        // no result needs a licence: name every consignee exemption that lifted a requirement
        const exempt = [
          ...new Map(
            results
              .flatMap((r) => r.determination.exemptions.filter((x) => x.status === 'applies'))
              .map((x) => [`${x.ruleId}|${x.id}|${x.detail}`, x] as const),
          ).values(),
        ];
        const exemptWho = results.filter((r) => r.determination.exemptions.some((x) => x.status === 'applies'));
        if (exempt.length > 0) {
          findings.push({
            code: 'export_consignee_exempt',
            severity: 'info',
            title: `${item.product} (${d.eccn}) to ${target}: no licence, consignee exempt`,
            explanation: `${exempt.map((x) => `Exempt under ${x.ruleId} (${x.id}): ${x.detail}.`).join(' ')} Checked on ${d.date}; parties considered: ${exemptWho.map((r) => r.pair.who).join('; ')}`,
            citations: d.citations,
            rulesVersion: d.rulesVersion,
            subject: { path: `content.layers.hardware.${index}`, label: `${item.product} → ${target}` },
          });
        }
        continue;
      }
      const denial = d.reviewPolicy === 'presumption_of_denial' || d.reviewPolicy === 'policy_of_denial';
      const exceptions = d.possibleExceptions.length
        ? ` Possible licence exceptions (not granted; conditions apply): ${d.possibleExceptions.map((x) => `${x.code} (${x.section})`).join(', ')}.`
        : '';
      findings.push({
        code: denial
          ? 'export_license_denial_presumed'
          : d.reviewPolicy === 'undetermined' && !onlyPolicyNotHeld(d)
            ? 'export_determination_incomplete'
            : 'export_license_required',
        severity: denial ? 'blocker' : 'needs_review',
        title: `${item.product} (${d.eccn}) to ${target}: licence required, ${onlyPolicyNotHeld(d) ? 'review policy not held' : d.reviewPolicy.replace(/_/g, ' ')}`,
        explanation: `${d.reasons.map((r) => r.text).join(' ')}${exceptions} Parties considered: ${worst.pair.who}`,
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
