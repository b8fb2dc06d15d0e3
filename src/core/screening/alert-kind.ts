/**
 * What a screening alert is about: a hit found by re-screening ('hit'), a list version that removed more than
 * the allowed share of entries and was imported anyway ('list_shrink_allowed'), or a list refresh whose file was
 * refused, the current version kept ('list_refresh_refused'), or a current list version older than the program
 * setting maxListAgeDays ('list_stale', once per version).
 */
export const ALERT_KINDS = ['hit', 'list_shrink_allowed', 'list_refresh_refused', 'list_stale'] as const;
export type AlertKind = (typeof ALERT_KINDS)[number];

export const isAlertKind = (value: string): value is AlertKind => (ALERT_KINDS as readonly string[]).includes(value);
