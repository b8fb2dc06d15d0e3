import { parseArgs } from 'node:util';
import { classifyChip } from '../../../core/export-control/classify-chip.ts';
import type { CliCommand } from '../../command.ts';
import { EXIT_OK } from '../../exit-codes.ts';
import { fail, failUsage } from '../../fail.ts';
import { formatOption, numberOption } from './options.ts';

const usage = `Usage: aiexports classify --tpp N --density N [--bandwidth-density N] [--format json|table]

Which paragraph of ECCN 3A090 a chip falls in (3A090.a, .b, .c, or none), with the arithmetic shown.

  --tpp N                 Total Processing Performance (2 × MacTOPS × bit length)
  --density N             performance density: TPP / applicable die area (mm²)
  --bandwidth-density N   memory bandwidth density, GB/s per mm² (high-bandwidth memory, 3A090.c)
  --format json|table     json prints {"eccn": "3A090.a" | "3A090.b" | "3A090.c" | null, "reasons": [...]}

Exit codes: 0 classified, 2 invalid input.
`;

export const classifyCommand: CliCommand = {
  name: 'classify',
  summary: 'Classify a chip under ECCN 3A090 from its TPP and performance density',
  usage,
  run: async (argv, io) => {
    const { values } = parseArgs({
      args: argv,
      options: {
        tpp: { type: 'string' },
        density: { type: 'string' },
        'bandwidth-density': { type: 'string' },
        format: { type: 'string' },
      },
      strict: true,
    });
    const tpp = numberOption('tpp', values.tpp);
    const density = numberOption('density', values.density);
    const bandwidth = numberOption('bandwidth-density', values['bandwidth-density']);
    const format = formatOption(values.format, ['json', 'table'] as const, 'table');
    const problem = [tpp.error, density.error, bandwidth.error, format.error].find(Boolean);
    if (problem) return failUsage(io, 'classify', problem);
    if (tpp.value === undefined || density.value === undefined) {
      return failUsage(io, 'classify', '--tpp and --density are required');
    }
    const result = classifyChip({
      tpp: tpp.value,
      performanceDensity: density.value,
      ...(bandwidth.value === undefined ? {} : { memoryBandwidthDensity: bandwidth.value }),
    });
    if (!result.ok) return fail(io, 'classify', result.error, { usageHint: true });
    if (format.value === 'json') {
      io.stdout(`${JSON.stringify({ eccn: result.value.eccn, reasons: result.value.reasons }, null, 2)}\n`);
    } else {
      io.stdout(`${result.value.eccn ?? 'not 3A090'}\n${result.value.reasons.map((r) => `  - ${r}`).join('\n')}\n`);
    }
    return EXIT_OK;
  },
};
