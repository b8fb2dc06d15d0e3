import type { PossibleException, RuleEvaluator } from '../rule.ts';

const EXCEPTION_TITLES: Readonly<Record<string, Omit<PossibleException, 'code'>>> = {
  ENC: {
    title: 'Encryption commodities, software and technology',
    section: '15 CFR 740.17',
    conditions: 'classification or self-classification and, for some items, reporting; see 740.17 for eligibility',
  },
};

/** The Country Chart: a licence is required when a column the ECCN names has an X for the destination (738.4). */
export const evaluateCountryChart: RuleEvaluator<'country-chart'> = (rule, facts) => {
  const { destination, entry } = facts;
  const inputs = { eccn: facts.eccn, destination: destination.code, columns: entry?.chartColumns ?? null };
  if (rule.params.domesticDestinations.includes(destination.code)) {
    return {
      applies: false,
      detail: `${destination.code}: a shipment within the United States is not an export`,
      inputs,
    };
  }
  if (facts.eccn === 'EAR99') return { applies: false, detail: 'EAR99 names no Country Chart column', inputs };
  if (!entry) {
    return {
      applies: true,
      detail: `${facts.eccn} is not in the project's ECCN data; its Country Chart columns are unknown`,
      licenseRequired: true,
      reviewPolicy: 'undetermined',
      inputs,
    };
  }
  if (destination.chartPointer) {
    return { applies: false, detail: `${destination.code}: the chart row says "${destination.chartPointer}"`, inputs };
  }
  if (!destination.hasChartRow) {
    return {
      applies: true,
      detail: `${destination.code} has no Country Chart row and no known governing row (738.3(b)); treat as undetermined`,
      licenseRequired: true,
      reviewPolicy: 'undetermined',
      inputs,
    };
  }
  const marked = entry.chartColumns.filter((c) => destination.chartMarks.has(c));
  if (marked.length === 0) {
    return {
      applies: false,
      detail: entry.chartColumns.length
        ? `no X for ${destination.code} in ${entry.chartColumns.join(', ')}`
        : `${facts.eccn} names no Country Chart column`,
      inputs,
    };
  }
  return {
    applies: true,
    detail: `${facts.eccn} names ${marked.join(', ')}; the chart has an X for ${destination.code}${destination.governedBy !== destination.code ? ` (row of ${destination.governedBy})` : ''}`,
    licenseRequired: true,
    reviewPolicy: rule.params.reviewPolicy,
    possibleExceptions: entry.chartExceptions.flatMap((code) => {
      const known = EXCEPTION_TITLES[code];
      return known ? [{ code, ...known }] : [];
    }),
    inputs,
  };
};
