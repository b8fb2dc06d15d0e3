import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { checkProposal, type EligibilityReport } from '../../../core/eligibility/check-proposal.ts';
import { DEFAULT_PROGRAM_SETTINGS } from '../../../core/eligibility/program-settings.ts';
import { ProposalFileSchema } from '../../../core/eligibility/proposal-file.schema.ts';
import { isIsoDate } from '../../../core/export-control/iso-date.ts';
import { appError } from '../../../core/kernel/errors.ts';
import type { CliCommand } from '../../command.ts';
import { EXIT_FINDINGS, EXIT_OK } from '../../exit-codes.ts';
import { fail, failUsage } from '../../fail.ts';
import { formatOption, today } from './options.ts';
import { screenNamedParties } from './screen-named-parties.ts';

const usage = `Usage: aiexports check PROPOSAL.json [--as-of YYYY-MM-DD] [--format json|table]

The full eligibility and export-control report of a proposal file (JSON Schema:
schemas/proposal-file.schema.json; examples in examples/). Use "-" to read the file from standard input.

  --as-of YYYY-MM-DD   rules in force on this date (default: today, UTC; AIEXPORTS_TODAY overrides)
  --format json|table  default table

End users and the operator (the consignee) are checked against the Entity List, Unverified List and Military
End-User List of the current list versions in the database (those \`aiexports screen\` uses); with none loaded,
or the database unavailable, that is a blocker (fail-closed).

Exit codes: 0 no blocker, 1 blockers found, 2 invalid input (schema errors are listed with their paths).
`;

const SEVERITY_TITLES = { blocker: 'BLOCKERS', needs_review: 'NEEDS REVIEW', info: 'INFO' } as const;

const table = (name: string, report: EligibilityReport): string => {
  const lines = [
    `${name} — checked as of ${report.asOf} (rules version ${report.rulesVersion})`,
    `${report.counts.blocker} blocker(s), ${report.counts.needs_review} to review, ${report.counts.info} info`,
  ];
  for (const severity of ['blocker', 'needs_review', 'info'] as const) {
    const findings = report.findings.filter((f) => f.severity === severity);
    if (findings.length === 0) continue;
    lines.push('', `${SEVERITY_TITLES[severity]} (${findings.length})`);
    for (const f of findings) {
      lines.push(`  [${f.code}] ${f.title}`, `      ${f.explanation}`);
      if (f.citations.length)
        lines.push(`      cites: ${f.citations.map((c) => `${c.source} ${c.section}`).join('; ')}`);
    }
  }
  return `${lines.join('\n')}\n`;
};

export const checkCommand: CliCommand = {
  name: 'check',
  summary: 'Check a proposal file: eligibility and export controls, with citations',
  usage,
  run: async (argv, io, runtime) => {
    const { values, positionals } = parseArgs({
      args: argv,
      options: { 'as-of': { type: 'string' }, format: { type: 'string' } },
      allowPositionals: true,
      strict: true,
    });
    const format = formatOption(values.format, ['json', 'table'] as const, 'table');
    if (format.error) return failUsage(io, 'check', format.error);
    const [file, ...extra] = positionals;
    if (file === undefined || extra.length > 0) return failUsage(io, 'check', 'give exactly one proposal file');
    let text: string;
    try {
      text = file === '-' ? await io.readStdin() : await readFile(resolve(io.cwd, file), 'utf8');
    } catch (error) {
      return failUsage(io, 'check', `cannot read ${file}: ${(error as Error).message}`);
    }
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (error) {
      return failUsage(io, 'check', `${file} is not valid JSON: ${(error as Error).message}`);
    }
    const parsed = ProposalFileSchema.safeParse(json);
    if (!parsed.success) {
      const issues = parsed.error.issues.map((i) => `  ${i.path.join('.') || '(file)'}: ${i.message}`);
      const details = parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
      const message = `${file} does not match the proposal file schema:\n${issues.join('\n')}`;
      return fail(io, 'check', appError('invalid_input', message, details));
    }
    const proposal = parsed.data;
    const asOf = values['as-of'] ?? today(io, runtime);
    if (!isIsoDate(asOf)) return failUsage(io, 'check', `--as-of "${asOf}" must be a date YYYY-MM-DD`);
    const operator = proposal.content.operatingModel.operator;
    const endUserScreening = await screenNamedParties(io, runtime, [
      ...proposal.content.endUsers.map((p, i) => ({
        role: 'end user' as const,
        name: p.name,
        path: `content.endUsers.${i}`,
        country: p.country,
      })),
      ...(operator
        ? [
            {
              role: 'consignee' as const,
              name: operator.name,
              path: 'content.operatingModel.operator',
              country: operator.country,
            },
          ]
        : []),
    ]);
    const result = checkProposal({
      endUserScreening,
      controls: proposal.controls,
      content: proposal.content,
      companies: proposal.companies,
      members: proposal.members,
      ownership: proposal.ownership,
      settings: DEFAULT_PROGRAM_SETTINGS,
      asOf,
    });
    if (!result.ok) return fail(io, 'check', result.error, { usageHint: true });
    const report = result.value;
    io.stdout(
      format.value === 'json'
        ? `${JSON.stringify({ file, consortium: proposal.consortium.name, ...report }, null, 2)}\n`
        : table(proposal.consortium.name, report),
    );
    return report.counts.blocker > 0 ? EXIT_FINDINGS : EXIT_OK;
  },
};
