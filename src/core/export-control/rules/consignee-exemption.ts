import { normalizeCountryName } from '../../kernel/countries.ts';
import { inForceOn } from '../dated.ts';
import type { ConsigneeExemption, ExemptionFinding, Facts } from '../rule.ts';

/** Lower case, accents and punctuation gone, common legal-form words dropped: "Core42 LLC" → "core42". */
export const normalizeConsigneeName = (name: string): string =>
  normalizeCountryName(name)
    .replace(
      /\b(llc|ltd|limited|plc|pjsc|psc|fzco|fz llc|fze|inc|incorporated|corp|corporation|co|company|holding|holdings|sole proprietorship)\b/g,
      ' ',
    )
    .replace(/\s+/g, ' ')
    .trim();

/**
 * The exemption of the facts' consignee under a rule, if any: "applies" when the consignee is one of the
 * names of an exemption in force on the date; "possible" when the exemption's list is not held and the
 * buyer's headquarters or ultimate parent is in the United States. Nothing when no consignee is given.
 */
export const findConsigneeExemption = (
  ruleId: string,
  exemptions: readonly ConsigneeExemption[],
  facts: Facts,
): ExemptionFinding | undefined => {
  if (!facts.consignee) return undefined;
  const name = normalizeConsigneeName(facts.consignee);
  const inForce = exemptions.filter((x) => inForceOn(x, facts.date));
  const named = inForce.find((x) => x.names.some((n) => normalizeConsigneeName(n) === name));
  if (named) {
    return {
      ruleId,
      id: named.id,
      name: named.name,
      category: named.category,
      status: 'applies',
      detail: `the consignee "${facts.consignee}" is ${named.name} (${named.citation}${named.effectiveTo ? `; until ${named.effectiveTo}, exclusive` : ''})`,
      citation: named.citation,
      confidence: named.confidence,
    };
  }
  const usHeadquartered = [facts.headquarters, facts.ultimateParentHeadquarters].some((p) => p?.code === 'US');
  const possible = inForce.find((x) => x.possibleWhenUsHeadquartered && usHeadquartered);
  if (possible) {
    return {
      ruleId,
      id: possible.id,
      name: possible.name,
      category: possible.category,
      status: 'possible',
      detail: `the buyer of the consignee "${facts.consignee}" is headquartered, or has its ultimate parent, in the United States; it is exempt only if it is ${possible.name}${possible.confidence === 'primary' ? '' : ` [${possible.confidence}]`} — the list is not held by the project, so verify it (${possible.citation})`,
      citation: possible.citation,
      confidence: possible.confidence,
    };
  }
  return undefined;
};
