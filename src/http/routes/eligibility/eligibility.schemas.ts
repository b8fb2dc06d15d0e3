import { z } from '@hono/zod-openapi';
import { SEVERITIES } from '../../../core/eligibility/finding.ts';

/** Wire schemas of a proposal's findings. */
export const CitationSchema = z.object({ source: z.string(), section: z.string(), url: z.string().optional() });
export const FindingSchema = z
  .object({
    code: z.string(),
    severity: z.enum(SEVERITIES),
    title: z.string(),
    explanation: z.string(),
    citations: z.array(CitationSchema),
    rulesVersion: z.string(),
    subject: z.object({ path: z.string(), label: z.string() }).optional(),
  })
  .openapi('Finding');
export const FindingsQuerySchema = z.object({
  asOf: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'a date YYYY-MM-DD')
    .optional()
    .openapi({ description: 'replay the rules in force on this date (default today)' }),
});
export const FindingsReportSchema = z.object({
  findings: z.array(FindingSchema),
  rulesVersion: z.string(),
  asOf: z.string(),
  counts: z.record(z.string(), z.number()),
  settingsVersion: z.number(),
  checked: z.string(),
});

export type Citation = z.infer<typeof CitationSchema>;
export type Finding = z.infer<typeof FindingSchema>;
export type FindingsReport = z.infer<typeof FindingsReportSchema>;
