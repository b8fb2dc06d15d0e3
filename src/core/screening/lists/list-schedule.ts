/** Where the list refresh interval in force comes from. */
export const LIST_SCHEDULE_ORIGINS = ['program-settings', 'environment', 'demo', 'not-running'] as const;
export type ListScheduleOrigin = (typeof LIST_SCHEDULE_ORIGINS)[number];

export type ListSchedule = { refreshHours: number; origin: ListScheduleOrigin };

/**
 * The refresh interval in force: none where no schedule runs (a process without the background work) or in demo
 * mode; else AIEXPORTS_LIST_REFRESH_HOURS when set; else the program setting listRefreshHours. 0 means off.
 */
export const effectiveListSchedule = (input: {
  running: boolean;
  demo: boolean;
  environmentHours: number | null;
  settingHours: number;
}): ListSchedule => {
  if (!input.running) return { refreshHours: 0, origin: 'not-running' };
  if (input.demo) return { refreshHours: 0, origin: 'demo' };
  if (input.environmentHours !== null) return { refreshHours: input.environmentHours, origin: 'environment' };
  return { refreshHours: input.settingHours, origin: 'program-settings' };
};
