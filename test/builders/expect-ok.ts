import type { Result } from '../../src/core/kernel/result.ts';

/** The value of a service result a builder relies on; a failed one stops the test with its code and message. */
export const expectOk = <T>(result: Result<T>, what: string): T => {
  if (!result.ok) throw new Error(`${what} failed: ${result.error.code}: ${result.error.message}`);
  return result.value;
};
