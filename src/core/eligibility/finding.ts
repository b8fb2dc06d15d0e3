import type { Citation } from '../export-control/rule.ts';

/** How serious a finding is, most serious first. */
export const SEVERITIES = ['blocker', 'needs_review', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** One result of a check: what, how serious, why in plain words, under which rule, with which rules version. */
export type Finding = {
  /** stable lower_snake code, e.g. member_controlled_from_country_of_concern */
  code: string;
  severity: Severity;
  title: string;
  explanation: string;
  citations: Citation[];
  rulesVersion: string;
  /** what the finding is about: a path into the proposal file and a label */
  subject?: { path: string; label: string };
};

export const SEVERITY_ORDER: readonly Severity[] = SEVERITIES;
