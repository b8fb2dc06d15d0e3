import type { ProgramSettings } from '../../../core/eligibility/program-settings.ts';
import { EXPORT_CONTROL_RULES } from '../../../core/export-control/rule-set.ts';

/** How a setting is edited: a number with its unit, a list of country codes, or a yes/no. */
export type SettingKind = 'number' | 'countries' | 'boolean';

export type SettingField = {
  /** the dotted key in ProgramSettings, as the API names it in field errors (after `settings.`) */
  path: string;
  label: string;
  help: string;
  kind: SettingKind;
  unit?: string;
};

export type SettingsGroup = { id: string; title: string; intro: string; fields: SettingField[] };

/** The rules that are in force but not enforced, each with a switch (settings key ruleSwitches.<switchKey>). */
export const RULE_SWITCHES = EXPORT_CONTROL_RULES.flatMap((rule) =>
  rule.enforcement ? [{ key: rule.enforcement.switchKey, title: rule.title, note: rule.enforcement.note }] : [],
);

/** The financing terms of term sheets (core/financing/financing-settings.ts cites the sources). */
const FINANCING_GROUP: SettingsGroup = {
  id: 'financing',
  title: 'Financing terms',
  intro:
    'The terms term sheets are computed with: OECD Arrangement on Officially Supported Export Credits (arts. 10, 12, 14, Annex VI minimum premium rates) and EXIM content policy.',
  fields: [
    {
      path: 'financing.downPaymentPercent',
      label: 'Down payment',
      help: 'Cash payment by the buyer, share of the contract value (OECD: at least 15).',
      kind: 'number',
      unit: 'percent',
    },
    {
      path: 'financing.financedSharePercent',
      label: 'Financed share cap',
      help: 'The most of the contract value financed; the lesser of this and the U.S. content is financed (OECD, EXIM: 85).',
      kind: 'number',
      unit: 'percent',
    },
    {
      path: 'financing.localCostCapPercent',
      label: 'Local-cost cap',
      help: 'Local costs supported, at most this share of the contract value (program default 30; OECD allows 40 or 50).',
      kind: 'number',
      unit: 'percent',
    },
    {
      path: 'financing.maxTermYears',
      label: 'Program maximum term',
      help: 'A longer repayment term is flagged on the term sheet (EXIM guarantees generally up to 10).',
      kind: 'number',
      unit: 'years',
    },
    {
      path: 'financing.oecdMaxTermYears',
      label: 'OECD maximum term',
      help: 'The OECD Arrangement’s ceiling on the repayment term (15 since July 2023).',
      kind: 'number',
      unit: 'years',
    },
    ...(['0', '1', '2', '3', '4', '5', '6', '7'] as const).map(
      (k): SettingField => ({
        path: `financing.premiumBpByRiskCategory.${k}`,
        label: `Premium, country risk category ${k}`,
        help: 'Basis points a year on the outstanding balance (OECD Annex VI minimum sovereign premium rates).',
        kind: 'number',
        unit: 'basis points',
      }),
    ),
  ],
};

/** The program settings grouped as an admin thinks of them; every key of ProgramSettings is in one group. */
export const SETTINGS_GROUPS: SettingsGroup[] = [
  {
    id: 'eligibility',
    title: 'Eligibility and ownership',
    intro: 'Who may take part in a consortium, and when a member counts as controlled.',
    fields: [
      {
        path: 'countriesOfConcern',
        label: 'Countries of concern',
        help: 'A member located in, or owned or controlled from, one of these fails eligibility. ISO codes separated by commas, e.g. CN, HK, MO.',
        kind: 'countries',
      },
      {
        path: 'dataSharingJurisdictions',
        label: 'Data-sharing jurisdictions',
        help: 'Providers of layers 2–5 must not be incorporated or primarily based here (laws compelling data sharing). ISO codes separated by commas.',
        kind: 'countries',
      },
      {
        path: 'usContentThresholdPercent',
        label: 'U.S.-content threshold',
        help: 'U.S.-origin share of hardware value at or above which the U.S.-content test is presumed met (0 to 100).',
        kind: 'number',
        unit: 'percent',
      },
      {
        path: 'controlThresholdPercent',
        label: 'Control threshold',
        help: 'Aggregate ownership at or above which a member counts as controlled (more than 0, up to 100).',
        kind: 'number',
        unit: 'percent',
      },
    ],
  },
  {
    id: 'rules',
    title: 'Export-control rules',
    intro: 'Thresholds of the outbound investment rule (31 CFR 850) and the rules kept switchable.',
    fields: [
      {
        path: 'outboundInvestment.notifiableAboveOps',
        label: 'Outbound investment: notifiable above',
        help: 'Training compute above which a PRC-linked AI investment must be notified; written like 1e23.',
        kind: 'number',
        unit: 'operations',
      },
      {
        path: 'outboundInvestment.prohibitedAboveOps',
        label: 'Outbound investment: prohibited above',
        help: 'Training compute above which it is prohibited; at least the notifiable threshold, written like 1e25.',
        kind: 'number',
        unit: 'operations',
      },
      ...RULE_SWITCHES.map(
        (rule): SettingField => ({
          path: `ruleSwitches.${rule.key}`,
          label: `Enforce: ${rule.title}`,
          help: `In force but not enforced (${rule.note}). Checked: the rule is applied again.`,
          kind: 'boolean',
        }),
      ),
    ],
  },
  {
    id: 'lists',
    title: 'Screening lists',
    intro:
      'How fresh the denied-party lists must be and how they are refreshed. Sources are switched on and off on the list sources page.',
    fields: [
      {
        path: 'maxListAgeDays',
        label: 'Maximum list age',
        help: 'A list in use older than this raises a “list stale” alert, and a party screened only against stale lists counts as not screened (whole days, 1 to 3650).',
        kind: 'number',
        unit: 'days',
      },
      {
        path: 'maxListShrinkPercent',
        label: 'Maximum list shrink',
        help: 'A new list version removing more than this share of the entries is refused unless allowed with a reason (0 to 100).',
        kind: 'number',
        unit: 'percent',
      },
      {
        path: 'listRefreshHours',
        label: 'Refresh interval',
        help: 'Hours between scheduled refreshes of each enabled source; 0 turns the schedule off. AIEXPORTS_LIST_REFRESH_HOURS, when set on the server, overrides it.',
        kind: 'number',
        unit: 'hours',
      },
    ],
  },
  {
    id: 'review',
    title: 'Interagency review',
    intro: 'What a proposal needs from its reviewers before it may be designated. The rubric has its own form below.',
    fields: [
      {
        path: 'reviewersPerProposal',
        label: 'Submitted reviews required',
        help: 'The designation gate refuses to designate a proposal with fewer submitted reviews than this (1 to 20).',
        kind: 'number',
        unit: 'reviews',
      },
    ],
  },
  {
    id: 'disclosure',
    title: 'What applicants see',
    intro: 'What a proposal’s history shows to its applicants.',
    fields: [
      {
        path: 'applicantHistoryShowsOfficers',
        label: 'Show officers’ names to applicants',
        help: 'Otherwise the history says “Program staff”.',
        kind: 'boolean',
      },
      {
        path: 'applicantHistoryShowsInternalReasons',
        label: 'Show officers’ reasons to applicants',
        help: 'Otherwise the reasons officers gave are withheld from applicants.',
        kind: 'boolean',
      },
    ],
  },
  FINANCING_GROUP,
];

const OTHER_LABELS: Record<string, string> = {
  disabledListSources: 'Sources left out of the schedule',
};

/** A settings field name in words, for the history and error summaries (`ruleSwitches.x` for an unknown switch). */
export const settingLabel = (field: string): string => {
  for (const group of SETTINGS_GROUPS) {
    const found = group.fields.find((f) => f.path === field);
    if (found) return found.unit ? `${found.label} (${found.unit})` : found.label;
  }
  if (field.startsWith('ruleSwitches.')) return `Rule switch ${field.slice('ruleSwitches.'.length)}`;
  if (field === 'rubric.version') return 'Review rubric version';
  if (field === 'rubric.criteria') return 'Review rubric criteria';
  return OTHER_LABELS[field] ?? field;
};

/** The field a server error path (`settings.countriesOfConcern.0`) belongs to, or null. */
export const fieldOfErrorPath = (path: string): string | null => {
  if (!path.startsWith('settings.')) return null;
  const rest = path.slice('settings.'.length);
  const all = [...SETTINGS_GROUPS.flatMap((g) => g.fields.map((f) => f.path)), ...Object.keys(OTHER_LABELS)];
  return all.find((p) => rest === p || rest.startsWith(`${p}.`)) ?? rest;
};

/** The value at a dotted path of the settings. */
export const valueAt = (settings: ProgramSettings, path: string): unknown =>
  path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], settings);

/** A copy of the settings with the value at a dotted path replaced. */
export const withValueAt = (settings: ProgramSettings, path: string, value: unknown): ProgramSettings => {
  const [head, ...rest] = path.split('.');
  if (!head) return settings;
  const node = settings as Record<string, unknown>;
  if (rest.length === 0) return { ...node, [head]: value } as ProgramSettings;
  return {
    ...node,
    [head]: withValueAt((node[head] ?? {}) as ProgramSettings, rest.join('.'), value),
  } as ProgramSettings;
};

/** Country codes typed as "cn, hk mo" → ["CN", "HK", "MO"]. */
export const parseCountries = (text: string): string[] =>
  text
    .split(/[\s,;]+/)
    .map((code) => code.trim().toUpperCase())
    .filter((code) => code !== '');

/** A setting's value in words, with its unit. */
export const formatSetting = (field: string, value: unknown): string => {
  if (value === null || value === undefined) return 'not set';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (Array.isArray(value) && value.some((v) => typeof v === 'object' && v !== null && 'title' in v))
    // the rubric's criteria: titles with weights (anchor texts are on the settings page)
    return value.map((c: { title?: string; weight?: number }) => `${c.title} (weight ${c.weight})`).join('; ');
  if (Array.isArray(value)) return value.length === 0 ? 'none' : value.join(', ');
  const def = SETTINGS_GROUPS.flatMap((g) => g.fields).find((f) => f.path === field);
  if (typeof value === 'number') {
    const text = Math.abs(value) >= 1e6 ? value.toExponential().replace('e+', 'e') : value.toLocaleString('en-US');
    return def?.unit ? `${text} ${def.unit}` : text;
  }
  return typeof value === 'string' ? value : JSON.stringify(value);
};
