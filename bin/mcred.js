#!/usr/bin/env node
// `mcred`: the Micro-Credential Studio command line (validate, stats, set, sample).
// Runs electron/cli/main.ts from source under tsx, so there is no build step.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

try {
  const { register } = await import('tsx/esm/api');
  // The package's own tsconfig, whatever folder the user runs mcred from.
  register({ tsconfig: join(root, 'tsconfig.node.json') });
  const { main } = await import('../electron/cli/main.ts');
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  const message = error instanceof Error ? error.message : String(error);
  console.error(`mcred: could not start: ${message.split('\n')[0]}`);
  process.exitCode = 2;
}
