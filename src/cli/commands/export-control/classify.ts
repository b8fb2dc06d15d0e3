import { parseArgs } from 'node:util';
import { classifyChip } from '../../../core/export-control/classify-chip.ts';
import type { CliCommand } from '../../command.ts';
import { EXIT_OK } from '../../exit-codes.ts';
import { fail, failUsage } from '../../fail.ts';
import { booleanOption, formatOption, numberOption, today } from './options.ts';

const usage = `Usage: aiexports classify --tpp N [--density N] [--bandwidth-density N] [--io-bandwidth GBs]
                          [--datacenter true|false] [--date YYYY-MM-DD] [--format json|table]
Which paragraph of ECCN 3A090 a chip falls in (3A090.a, .b, .c, or none) under the text in force on the
date, with the arithmetic shown.
  --tpp N                  Total Processing Performance (2 × MacTOPS × bit length = TOPS × bit length)
  --density N              performance density: TPP / applicable die area (mm²); needed from 2023-11-17
                           when TPP is between 1600 and 4800
  --bandwidth-density N    memory bandwidth density, GB/s per mm² (high-bandwidth memory, 3A090.c);
                           without it 3A090.c is never considered
  --io-bandwidth GBs       aggregate bidirectional I/O rate (the 2022 text, 2022-10-21 – 2023-11-16)
  --datacenter true|false  designed or marketed for datacenters (Note 2 to 3A090: a part that is not,
                           with TPP below 4800, is outside .a and .b)
  --date YYYY-MM-DD        the text of 3A090 in force on this date (default: today, UTC; AIEXPORTS_TODAY)
  --format json|table      json prints {"eccn", "undetermined", "definition", "reasons"}
Exit codes: 0 classified (or undetermined, said so), 2 invalid input.
`;

export const classifyCommand: CliCommand = {
  name: 'classify',
  summary: 'Classify a chip under ECCN 3A090 from its TPP and performance density, as of a date',
  usage,
  run: async (argv, io, runtime) => {
    const { values } = parseArgs({
      args: argv,
      options: {
        tpp: { type: 'string' },
        density: { type: 'string' },
        'bandwidth-density': { type: 'string' },
        'io-bandwidth': { type: 'string' },
        datacenter: { type: 'string' },
        date: { type: 'string' },
        format: { type: 'string' },
      },
      strict: true,
    });
    const tpp = numberOption('tpp', values.tpp);
    const density = numberOption('density', values.density);
    const bandwidth = numberOption('bandwidth-density', values['bandwidth-density']);
    const io_ = numberOption('io-bandwidth', values['io-bandwidth']);
    const datacenter = booleanOption('datacenter', values.datacenter);
    const format = formatOption(values.format, ['json', 'table'] as const, 'table');
    const problem = [tpp.error, density.error, bandwidth.error, io_.error, datacenter.error, format.error].find(
      Boolean,
    );
    if (problem) return failUsage(io, 'classify', problem);
    if (tpp.value === undefined) return failUsage(io, 'classify', '--tpp is required');
    const result = classifyChip(
      {
        tpp: tpp.value,
        ...(density.value === undefined ? {} : { performanceDensity: density.value }),
        ...(bandwidth.value === undefined ? {} : { memoryBandwidthDensity: bandwidth.value }),
        ...(io_.value === undefined ? {} : { ioBandwidthGBs: io_.value }),
        ...(datacenter.value === undefined ? {} : { datacenter: datacenter.value }),
      },
      values.date ?? today(io, runtime),
    );
    if (!result.ok) return fail(io, 'classify', result.error, { usageHint: true });
    const c = result.value;
    if (format.value === 'json') {
      io.stdout(
        `${JSON.stringify({ eccn: c.eccn, undetermined: c.undetermined, definition: c.definition, reasons: c.reasons }, null, 2)}\n`,
      );
    } else {
      const head = c.eccn ?? (c.undetermined ? 'undetermined' : 'not 3A090');
      io.stdout(`${head} (${c.definition})\n${c.reasons.map((r) => `  - ${r}`).join('\n')}\n`);
    }
    return EXIT_OK;
  },
};
