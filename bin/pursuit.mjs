#!/usr/bin/env node
// Runs the TypeScript CLI straight from the sources through tsx, so `npx pursuit` works in a checkout
// without a separate compile step.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../electron/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
