import { appError } from '../kernel/errors.ts';
import { err, ok, type Result } from '../kernel/result.ts';

/**
 * Normalizes an ECCN: "3a090.A" → "3A090.a", "ear99" → "EAR99". Paragraphs are dot-separated and lower case
 * (digits stay digits), as the Commerce Control List writes them.
 */
export const normalizeEccn = (text: string): Result<string> => {
  const trimmed = text.trim().replace(/\s+/g, '');
  if (/^ear99$/i.test(trimmed)) return ok('EAR99');
  const match = /^(\d[A-Ea-e]\d{3})((?:\.[A-Za-z0-9]+)*)$/.exec(trimmed);
  if (!match) {
    return err(
      appError('invalid_input', `"${text}" is not an ECCN: use a form such as 3A090.a, 4A090, 5A992.c or EAR99`),
    );
  }
  const [, base = '', paragraphs = ''] = match;
  return ok(`${base.toUpperCase()}${paragraphs.toLowerCase()}`);
};

/**
 * How an ECCN relates to a pattern of a rule: "exact" when it is the pattern or a paragraph under it
 * (5A002.z.1.a under 5A002.z), "broader" when the ECCN is less specific than the pattern (3A090 given,
 * the rule names 3A090.a) — the paragraph is unknown, so the rule may apply —, otherwise "none".
 * A bare entry is not assumed to be its ".z" paragraph (5A002 given, the rule names 5A002.z): ".z" items are
 * the exception within their entries, identified as such by the exporter.
 */
export const eccnMatch = (eccn: string, pattern: string): 'exact' | 'broader' | 'none' => {
  if (eccn === pattern || eccn.startsWith(`${pattern}.`)) return 'exact';
  if (pattern.startsWith(`${eccn}.`)) return pattern.slice(eccn.length + 1).startsWith('z') ? 'none' : 'broader';
  return 'none';
};

/** The best match of an ECCN against a list of patterns. */
export const eccnMatchesAny = (eccn: string, patterns: readonly string[]): 'exact' | 'broader' | 'none' => {
  const results = patterns.map((p) => eccnMatch(eccn, p));
  if (results.includes('exact')) return 'exact';
  return results.includes('broader') ? 'broader' : 'none';
};
