#!/usr/bin/env node
// Runs the TypeScript sources directly through tsx: no build step is needed after `npm install`.
import { register } from 'tsx/esm/api';

register();
const { runCli, processIo } = await import('../src/main/cli.ts');
process.exitCode = await runCli(process.argv.slice(2), processIo());
