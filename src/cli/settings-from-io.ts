import { loadSettings } from '../config/load-settings.ts';
import type { Settings } from '../config/settings.schema.ts';
import type { CliIo } from './command.ts';

/** Settings from the environment, or null after printing every problem. */
export const settingsFromIo = (io: CliIo, overrides: Record<string, string | undefined> = {}): Settings | null => {
  const loaded = loadSettings({ ...io.env, ...overrides });
  if (loaded.ok) return loaded.value;
  io.stderr(`aiexports: ${loaded.error.message}\n`);
  return null;
};
