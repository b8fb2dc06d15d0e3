import { parseArgs } from 'node:util';
import { type Determination, determine } from '../../../core/export-control/determine.ts';
import { applyEndUserScreening } from '../../../core/export-control/end-user-lists.ts';
import { REVIEW_POLICY_WORDS } from '../../../core/export-control/review-policy.ts';
import { TRANSACTIONS } from '../../../core/export-control/rule.ts';
import { appError } from '../../../core/kernel/errors.ts';
import type { CliCommand } from '../../command.ts';
import { EXIT_OK } from '../../exit-codes.ts';
import { fail, failUsage } from '../../fail.ts';
import { booleanOption, formatOption, numberOption, today } from './options.ts';
import { screenNamedParties } from './screen-named-parties.ts';

const usage = `Usage: aiexports determine --eccn ECCN --destination CC [--hq CC] [--parent-hq CC] [--date YYYY-MM-DD]
                           [--tpp N --density N] [--bandwidth GBs] [--switch NAME]... [--format json|table]
                           [--bandwidth-density N] [--io-bandwidth GBs] [--datacenter true|false]
                           [--transaction export|reexport|transfer] [--consignee NAME] [--end-user NAME]...

Export-control determination for one item to one destination: licence required or not, review policy,
reasons with their citations, possible licence exceptions, rules version and the rule trace.

  --eccn ECCN          e.g. 3A090.a, 4A090, 5A992.c, EAR99
  --destination CC     ISO code or name ("DE", "Türkiye", "Macau")
  --hq CC              where the buyer or operator is headquartered
  --parent-hq CC       where its ultimate parent is headquartered
  --date YYYY-MM-DD    rules as of this date (default: today, UTC; AIEXPORTS_TODAY overrides)
  --tpp N --density N  chip TPP and performance density (refine a bare 3A090)
  --bandwidth GBs      DRAM bandwidth in GB/s (China/Macau review policy)
  --switch NAME        enforce a switchable rule: ai-diffusion, 4e091
  --bandwidth-density N  memory bandwidth density (3A090.c, from 2024-12-02; never assumed for a logic chip)
  --io-bandwidth GBs   bidirectional I/O bandwidth (the 3A090 text in force 2022-10-21 to 2023-11-16)
  --datacenter true|false  designed or marketed for datacenters (Note 2 to 3A090)
  --transaction KIND   export (default), reexport or transfer (in-country)
  --format json|table  default json
  --consignee NAME     the consignee; --end-user NAME (repeatable) the end users: checked against the Entity
                       List, Unverified List and Military End-User List of the current list versions in the
                       database (those \`aiexports screen\` uses), with each entry's licence requirement and policy

Exit codes: 0 determined, 2 invalid input, 9 the embedded database is held by the running server, 11 a party is
named but no current Consolidated Screening List is loaded (fail-closed).
`;

const table = (d: Determination): string =>
  [
    `${d.eccn} to ${d.destination}${d.consignee ? ` (consignee ${d.consignee})` : ''} on ${d.date}, ${d.transaction} (rules version ${d.rulesVersion})`,
    `Licence required: ${d.licenseRequired ? 'yes' : 'no'} — ${REVIEW_POLICY_WORDS[d.reviewPolicy]}${d.status === 'undetermined' ? ' (undetermined)' : ''}`,
    ...(d.authorizations.length
      ? [
          `Authorization needed from: ${d.authorizations.map((a) => `${a.agency} (${a.ruleIds.join(', ')})`).join('; ')}`,
        ]
      : []),
    ...(d.exemptions.length
      ? ['Consignee exemptions:', ...d.exemptions.map((x) => `  - ${x.status}: ${x.name} — ${x.detail}`)]
      : []),
    'Reasons:',
    ...d.reasons.map((r) => `  - ${r.text}`),
    ...(d.possibleExceptions.length
      ? [
          'Possible licence exceptions (not granted):',
          ...d.possibleExceptions.map((x) => `  - ${x.code} (${x.section}): ${x.conditions}`),
        ]
      : []),
    ...(d.notes.length ? ['Notes:', ...d.notes.map((n) => `  - ${n}`)] : []),
    '',
  ].join('\n');

export const determineCommand: CliCommand = {
  name: 'determine',
  summary: 'Export-control determination for one item (ECCN) to one destination',
  usage,
  run: async (argv, io, runtime) => {
    const { values } = parseArgs({
      args: argv,
      options: {
        eccn: { type: 'string' },
        destination: { type: 'string' },
        hq: { type: 'string' },
        'parent-hq': { type: 'string' },
        date: { type: 'string' },
        tpp: { type: 'string' },
        density: { type: 'string' },
        bandwidth: { type: 'string' },
        'bandwidth-density': { type: 'string' },
        'io-bandwidth': { type: 'string' },
        datacenter: { type: 'string' },
        consignee: { type: 'string' },
        transaction: { type: 'string' },
        switch: { type: 'string', multiple: true },
        format: { type: 'string' },
        'end-user': { type: 'string', multiple: true },
      },
      strict: true,
    });
    const tpp = numberOption('tpp', values.tpp);
    const density = numberOption('density', values.density);
    const bandwidth = numberOption('bandwidth', values.bandwidth);
    const bandwidthDensity = numberOption('bandwidth-density', values['bandwidth-density']);
    const ioBandwidth = numberOption('io-bandwidth', values['io-bandwidth']);
    const datacenter = booleanOption('datacenter', values.datacenter);
    const transaction = formatOption(values.transaction, TRANSACTIONS, 'export');
    const format = formatOption(values.format, ['json', 'table'] as const, 'json');
    const problem = [
      tpp.error,
      density.error,
      bandwidth.error,
      bandwidthDensity.error,
      ioBandwidth.error,
      datacenter.error,
      transaction.error?.replace('--format', '--transaction'),
      format.error,
    ].find(Boolean);
    if (problem) return failUsage(io, 'determine', problem);
    if (!values.eccn || !values.destination) return failUsage(io, 'determine', '--eccn and --destination are required');
    const result = determine(
      {
        eccn: values.eccn,
        destination: values.destination,
        ...(values.hq === undefined ? {} : { headquarters: values.hq }),
        ...(values['parent-hq'] === undefined ? {} : { ultimateParentHeadquarters: values['parent-hq'] }),
        ...(tpp.value === undefined ? {} : { tpp: tpp.value }),
        ...(density.value === undefined ? {} : { performanceDensity: density.value }),
        ...(bandwidth.value === undefined ? {} : { memoryBandwidthGBs: bandwidth.value }),
        ...(bandwidthDensity.value === undefined ? {} : { memoryBandwidthDensity: bandwidthDensity.value }),
        ...(ioBandwidth.value === undefined ? {} : { ioBandwidthGBs: ioBandwidth.value }),
        ...(datacenter.value === undefined ? {} : { datacenter: datacenter.value }),
        ...(values.consignee === undefined ? {} : { consignee: values.consignee }),
        ...(transaction.value === undefined ? {} : { transaction: transaction.value }),
      },
      values.date ?? today(io, runtime),
      { switches: Object.fromEntries((values.switch ?? []).map((name) => [name, true])) },
    );
    if (!result.ok) return fail(io, 'determine', result.error, { usageHint: true });
    const parties = [
      ...(values.consignee ? [{ role: 'consignee' as const, name: values.consignee }] : []),
      ...(values['end-user'] ?? []).map((name) => ({ role: 'end user' as const, name })),
    ].filter((p) => p.name.trim() !== '');
    let output: Determination = result.value;
    if (parties.length > 0) {
      const screening = await screenNamedParties(io, runtime, parties);
      if (screening.status === 'unavailable') {
        return fail(io, 'determine', appError('lists_unavailable', `end users not checked: ${screening.reason}`));
      }
      output = applyEndUserScreening(result.value, screening);
    }
    io.stdout(format.value === 'json' ? `${JSON.stringify(output, null, 2)}\n` : table(output));
    return EXIT_OK;
  },
};
