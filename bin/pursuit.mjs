#!/usr/bin/env node
// The `pursuit` command. Runs the bundled CLI (dist/cli/, built by `npm run build`, which `npm ci` runs);
// in a checkout without the bundle, falls back to the TypeScript sources through tsx (a devDependency).
import fs from 'node:fs';

const bundle = new URL('../dist/cli/pursuit.mjs', import.meta.url);
let main;
if (fs.existsSync(bundle)) {
  ({ main } = await import(bundle.href));
} else {
  try {
    const { register } = await import('tsx/esm/api');
    register();
  } catch {
    console.error('Pursuit is not built: run `npm run build` in its folder (npm ci does it for you), then try again.');
    process.exit(1);
  }
  ({ main } = await import('../electron/cli/main.ts'));
}
process.exitCode = await main(process.argv.slice(2));
