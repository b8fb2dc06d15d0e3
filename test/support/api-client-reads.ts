/**
 * Reads of the parts of a response the wire documents as `unknown` (an error's details, a job's progress), so
 * a test checks them without declaring a shape of its own.
 */
import assert from 'node:assert/strict';
import type { ErrorBody } from '../../src/http/route-helpers.ts';

/** The value of `key` in an object, or undefined when the value is no object or lacks the key. */
export const readField = (value: unknown, key: string): unknown =>
  typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined;

/** The `path` of each field error an error body's details list; fails when the details are no list. */
export const fieldErrorPaths = (body: ErrorBody): unknown[] => {
  const { details } = body.error;
  assert.ok(Array.isArray(details), 'the error details list the fields');
  return details.map((detail: unknown) => readField(detail, 'path'));
};
