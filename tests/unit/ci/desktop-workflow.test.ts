// The desktop workflow cannot run here (it downloads Electron); this checks that it parses and that every
// job does what the README promises: Electron tests, installers, artifacts, on all three hosted OSes.
import fs from 'node:fs';
import path from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '..', '..', '..');

interface Step {
  name?: string;
  uses?: string;
  run?: string;
  if?: string;
  with?: Record<string, unknown>;
}
interface Job {
  'runs-on': string;
  strategy?: { matrix?: { os?: string[] } };
  env?: Record<string, string>;
  steps: Step[];
}
interface Workflow {
  on: unknown;
  jobs: Record<string, Job>;
}

const workflow = load(fs.readFileSync(path.join(ROOT, '.github', 'workflows', 'desktop.yml'), 'utf8')) as Workflow;
const jobs = Object.entries(workflow.jobs);
const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };

/** The commands a step runs, with `npm run X` expanded to the script it names (one level, as npm would). */
function commands(step: Step): string {
  return (step.run ?? '').replace(/npm run (\S+)/g, (whole, name: string) => `${whole} (${pkg.scripts[name] ?? '?'})`);
}

describe('.github/workflows/desktop.yml', () => {
  it('runs on Linux, macOS and Windows', () => {
    expect(jobs.length).toBeGreaterThan(0);
    const oses = jobs.flatMap(([, job]) => job.strategy?.matrix?.os ?? [job['runs-on']]);
    expect(new Set(oses)).toEqual(new Set(['ubuntu-latest', 'macos-latest', 'windows-latest']));
    for (const [, job] of jobs)
      expect(job['runs-on']).toMatch(/ubuntu-latest|macos-latest|windows-latest|\$\{\{ matrix\.os \}\}/);
  });

  it.each(jobs)('job %s installs with the Electron download, tests the desktop shell, builds and keeps installers', (_, job) => {
    const runs = job.steps.map(commands);
    const install = runs.findIndex((r) => /^npm ci\b/m.test(r));
    expect(install, 'an `npm ci` step').toBeGreaterThanOrEqual(0);
    // Electron's binary must be downloaded: nothing may skip it.
    expect(JSON.stringify(job)).not.toContain('ELECTRON_SKIP_BINARY_DOWNLOAD');

    const electronTests = runs
      .map((r, i) => [r, i] as const)
      .filter(([r]) => r.includes('playwright test --config playwright.electron.config.ts'));
    expect(electronTests.length, 'an Electron test step').toBeGreaterThan(0);
    // On Linux the Electron window needs a display: the Linux variant runs under xvfb-run.
    const linux = job.steps.filter((s) => (s.run ?? '').includes('playwright.electron') && (s.if ?? '').includes('Linux'));
    for (const s of linux) if ((s.if ?? '').includes("== 'Linux'")) expect(s.run).toMatch(/^xvfb-run /);
    expect(linux.some((s) => (s.run ?? '').startsWith('xvfb-run '))).toBe(true);

    const builder = runs.findIndex((r) => /electron-builder\b[^\n]*--publish never/.test(r));
    expect(builder, 'an electron-builder --publish never step').toBeGreaterThan(install);
    // The Electron tests run before electron-builder rebuilds better-sqlite3 for Electron in node_modules.
    for (const [, i] of electronTests) expect(i).toBeGreaterThan(install);
    for (const [, i] of electronTests) expect(i).toBeLessThan(builder);

    const upload = job.steps.findIndex((s) => s.uses?.startsWith('actions/upload-artifact@') && s.if === undefined);
    expect(upload, 'an artifact upload of the installers').toBeGreaterThan(builder);
    const uploaded = String(job.steps[upload]!.with?.path);
    for (const installer of ['AppImage', 'deb', 'exe', 'dmg']) expect(uploaded).toContain(`release/*.${installer}`);
  });

  it('the installers land where the upload looks (electron-builder.yml directories.output)', () => {
    expect(fs.readFileSync(path.join(ROOT, 'electron-builder.yml'), 'utf8')).toMatch(/^\s+output: release$/m);
  });

  it('pins every action to a version', () => {
    const uses = jobs.flatMap(([, job]) => job.steps.map((s) => s.uses).filter((u): u is string => Boolean(u)));
    expect(uses.length).toBeGreaterThan(0);
    for (const u of uses) expect(u).toMatch(/^[\w.-]+\/[\w.-]+@(v\d+\.\d+\.\d+|[0-9a-f]{40})$/);
  });
});
