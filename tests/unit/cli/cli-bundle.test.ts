// The `pursuit` command as it ships: bin/pursuit.mjs runs the esbuild bundle in dist/cli/ (rebuilt from the
// current sources by tests/build-cli.setup.ts), `--help` loads no command's code, and the bundle needs
// nothing from node_modules but better-sqlite3 (so tsx and the renderer's libraries are devDependencies).
import { spawnSync } from 'node:child_process';
import { builtinModules } from 'node:module';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const CLI_DIR = path.join(ROOT, 'dist', 'cli');
const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
  name: string;
  bin: Record<string, string>;
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};

function run(bin: string, args: string[], cwd = ROOT) {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Relative modules a file imports statically (`import ... from "./x.mjs"`), not `import("./x.mjs")`. */
function staticImports(file: string): string[] {
  const text = fs.readFileSync(file, 'utf8');
  return [...text.matchAll(/^(?:import|export)\b[^;]*?from\s*"(\.\/[^"]+)"|^import\s*"(\.\/[^"]+)"/gm)].map(
    (m) => (m[1] ?? m[2])!,
  );
}

/** Packages bundled code tries to load and does without: linkedom uses `canvas` only when it is installed. */
const OPTIONAL = new Set(['canvas']);

const packageName = (spec: string) => (spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]!);
const isBuiltin = (spec: string) => spec.startsWith('node:') || builtinModules.includes(spec.split('/')[0]!);

/** Bare package names a built file imports or requires (built-ins and optional ones left out). */
function externalPackages(file: string): Set<string> {
  const text = fs.readFileSync(file, 'utf8');
  const specs = [
    ...text.matchAll(/^(?:import|export)\b[^;]*?from\s*["']([^"'./][^"']*)["']/gm),
    ...text.matchAll(/\b(?:import|require)\(\s*["']([^"'./][^"']*)["']\s*\)/g),
  ].map((m) => m[1]!);
  return new Set(
    specs
      .filter((s) => !isBuiltin(s))
      .map(packageName)
      .filter((p) => !OPTIONAL.has(p)),
  );
}

/** Bare packages imported by the TypeScript sources under a folder. */
function sourcePackages(dir: string): Set<string> {
  const names = new Set<string>();
  for (const entry of fs.readdirSync(path.join(ROOT, dir), { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !/\.tsx?$/.test(entry.name)) continue;
    const text = fs.readFileSync(path.join(entry.parentPath, entry.name), 'utf8');
    for (const m of text.matchAll(/(?<![\w'./])(?:from\s+|import\s+|import\(\s*)'([^'./][^']*)'/g))
      if (!isBuiltin(m[1]!)) names.add(packageName(m[1]!));
  }
  return names;
}

describe('the built CLI', () => {
  it('`pursuit --help` loads only the entry and the small shared chunk, none of the commands', () => {
    const seen = new Set<string>();
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      for (const rel of staticImports(file)) visit(path.join(path.dirname(file), rel));
    };
    visit(path.join(CLI_DIR, 'pursuit.mjs'));
    const bytes = [...seen].reduce((sum, f) => sum + fs.statSync(f).size, 0);
    // Every command's module, and SQLite, load on demand: what --help parses stays a few KB.
    expect(bytes).toBeLessThan(30_000);
    for (const f of seen) expect(fs.readFileSync(f, 'utf8')).not.toContain('better-sqlite3');
    // ...and the commands themselves are there, as separate chunks loaded by import().
    expect(fs.readFileSync(path.join(CLI_DIR, 'pursuit.mjs'), 'utf8').match(/import\("\.\/[^"]+\.mjs"\)/g)?.length).toBe(8);
  });

  it('runs from the bundle alone: no sources, no tsx, only better-sqlite3 installed', () => {
    const copy = tempDir('pursuit-installed-');
    fs.mkdirSync(path.join(copy, 'bin'));
    fs.copyFileSync(path.join(ROOT, 'bin', 'pursuit.mjs'), path.join(copy, 'bin', 'pursuit.mjs'));
    fs.cpSync(CLI_DIR, path.join(copy, 'dist', 'cli'), { recursive: true });
    fs.writeFileSync(path.join(copy, 'package.json'), JSON.stringify({ type: 'module' }));
    fs.mkdirSync(path.join(copy, 'node_modules'));
    fs.symlinkSync(path.join(ROOT, 'node_modules', 'better-sqlite3'), path.join(copy, 'node_modules', 'better-sqlite3'), 'dir');
    const bin = path.join(copy, 'bin', 'pursuit.mjs');

    const help = run(bin, ['--help'], copy);
    expect(help).toMatchObject({ code: 0, stdout: expect.stringContaining('Usage: pursuit <command> [options]') });
    const data = path.join(copy, 'data');
    expect(run(bin, ['seed', '--count', '3', '--seed', '1', '--data-dir', data], copy)).toMatchObject({ code: 0 });
    const listed = run(bin, ['list', '--json', '--data-dir', data], copy);
    expect(listed.code).toBe(0);
    expect(JSON.parse(listed.stdout)).toHaveLength(3);
  });

  it('falls back to the TypeScript sources through tsx when the bundle is missing (a checkout before its build)', () => {
    const checkout = tempDir('pursuit-checkout-');
    fs.mkdirSync(path.join(checkout, 'bin'));
    fs.copyFileSync(path.join(ROOT, 'bin', 'pursuit.mjs'), path.join(checkout, 'bin', 'pursuit.mjs'));
    for (const dir of ['electron', 'shared', 'node_modules'])
      fs.symlinkSync(path.join(ROOT, dir), path.join(checkout, dir), 'dir');
    fs.copyFileSync(path.join(ROOT, 'package.json'), path.join(checkout, 'package.json'));
    const r = run(path.join(checkout, 'bin', 'pursuit.mjs'), ['list', '--help'], checkout);
    expect(r).toMatchObject({ code: 0, stdout: expect.stringContaining('Usage: pursuit list') });
  });

  it('says to build when there is neither a bundle nor tsx', () => {
    const bare = tempDir('pursuit-bare-');
    fs.mkdirSync(path.join(bare, 'bin'));
    fs.copyFileSync(path.join(ROOT, 'bin', 'pursuit.mjs'), path.join(bare, 'bin', 'pursuit.mjs'));
    const r = run(path.join(bare, 'bin', 'pursuit.mjs'), ['--help'], bare);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('run `npm run build`');
  });
});

describe('package.json', () => {
  it('keeps `pursuit` as the command under a package name that does not clash with npm’s `pursuit`', () => {
    expect(pkg.bin).toEqual({ pursuit: 'bin/pursuit.mjs' });
    expect(pkg.name).not.toBe('pursuit');
  });

  it('lists as dependencies exactly what the built Node code loads at run time, and no TypeScript tooling', () => {
    const built = [path.join(CLI_DIR, 'pursuit.mjs'), ...fs.readdirSync(CLI_DIR).map((f) => path.join(CLI_DIR, f))];
    const loaded = new Set(built.flatMap((f) => [...externalPackages(f)]));
    expect([...loaded]).toEqual(['better-sqlite3']);
    for (const name of loaded) expect(Object.keys(pkg.dependencies)).toContain(name);
    for (const tool of ['tsx', 'esbuild', 'typescript', 'vite']) expect(Object.keys(pkg.dependencies)).not.toContain(tool);
  });

  it('puts libraries only the renderer imports in devDependencies (Vite bundles them)', () => {
    const nodeSide = new Set([...sourcePackages('electron'), ...sourcePackages('shared')]);
    const rendererOnly = [...sourcePackages('renderer/src')].filter((p) => !nodeSide.has(p));
    expect(rendererOnly).toEqual(expect.arrayContaining(['react', 'react-dom']));
    for (const p of rendererOnly) {
      expect(Object.keys(pkg.dependencies), `${p} is renderer-only`).not.toContain(p);
      expect(Object.keys(pkg.devDependencies)).toContain(p);
    }
    // And the main process and CLI sources find what they import among the dependencies (for running from
    // sources) — electron itself is the runtime, not a dependency.
    for (const p of nodeSide) if (p !== 'electron') expect(Object.keys(pkg.dependencies), p).toContain(p);
  });
});
