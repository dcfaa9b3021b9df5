// Runs Doyensec's Electronegativity scanner on the Electron code (default: electron/) and fails on any HIGH or
// MEDIUM finding that is not explained in the code. A finding is explained by a comment on the flagged line, or
// in the comment lines just above it, that names the check and says why it is safe, for example:
//
//   // electronegativity OPEN_EXTERNAL_JS_CHECK: only parsed https: and http: URLs reach this call
//
// Works offline: the scanner's two network calls (translations, Electron's release list) are not made.
//
// Usage: node scripts/electronegativity.mjs [--input DIR] [--json FILE]
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const input = path.resolve(option('--input', 'electron'));
const jsonOut = option('--json', null);

const dist = path.dirname(require.resolve('@doyensec/electronegativity/dist/runner.js'));

// 1. Translations: the scanner fetches them from the network on every run (and waits up to a second);
//    its bundled English strings are all we need, so the loader is replaced before the runner loads it.
const i18nPath = path.join(dist, 'locales', 'i18n.js');
const i18n = createRequire(i18nPath)('i18n');
require.cache[i18nPath] = {
  id: i18nPath,
  filename: i18nPath,
  loaded: true,
  exports: async () => {
    i18n.configure({
      locales: ['en-US'],
      defaultLocale: 'en-US',
      directory: path.dirname(i18nPath),
      updateFiles: false,
      objectNotation: true,
      register: globalThis,
    });
    i18n.setLocale('en-US');
  },
};
const run = require(path.join(dist, 'runner.js'));

// 2. Electron's version: read from the installed package (the scanned folder has no package.json). The release
//    list check downloads from GitHub; Dependabot/npm outdated covers that, so it is left out here.
let electronVersion;
try {
  electronVersion = require('electron/package.json').version;
} catch {
  electronVersion = undefined;
}

const result = await run(
  {
    input,
    isRelative: false,
    electronVersionOverride: electronVersion,
    excludeFromScan: ['availablesecurityfixesglobalcheck'],
    customScan: [],
  },
  false,
);

const BLOCKING = new Set(['HIGH', 'MEDIUM']);
const linesCache = new Map();
const linesOf = (file) => {
  if (!linesCache.has(file)) linesCache.set(file, fs.readFileSync(file, 'utf8').split('\n'));
  return linesCache.get(file);
};

/** The flagged line plus the run of comment lines directly above it. */
function explanationZone(file, line) {
  const lines = linesOf(file);
  const zone = [lines[line - 1] ?? ''];
  for (let i = line - 2; i >= 0 && i >= line - 12; i--) {
    const text = lines[i].trim();
    if (!(text.startsWith('//') || text.startsWith('*') || text.startsWith('/*'))) break;
    zone.push(text);
  }
  return zone.join('\n');
}

/** "electronegativity CHECK_ID: <a reason of a few words>" (several checks may share one comment: "A, B: reason"). */
function namesCheck(text, id) {
  const re = /electronegativity\s+([A-Z0-9_,\s]+):\s*(.{10,})/g;
  for (const m of text.matchAll(re)) {
    if (
      m[1]
        .split(/[\s,]+/)
        .filter(Boolean)
        .includes(id)
    )
      return true;
  }
  return false;
}

function sourceFiles(dir) {
  return fs
    .readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.(c|m)?(j|t)sx?$/.test(e.name))
    .map((e) => path.join(e.parentPath ?? e.path, e.name));
}

function isExplained(issue) {
  const line = issue.location?.line ?? 0;
  // A global check (a missing CSP or handler in the whole app) has no line: its comment may be anywhere scanned.
  if (!line || !fs.existsSync(issue.file)) {
    const files = fs.statSync(input).isDirectory() ? sourceFiles(input) : [input];
    return files.some((f) =>
      namesCheck(
        linesOf(f)
          .filter((l) => /^\s*(\/\/|\*|\/\*)/.test(l))
          .join('\n'),
        issue.id,
      ),
    );
  }
  return namesCheck(explanationZone(issue.file, line), issue.id);
}

const rel = (f) => path.relative(process.cwd(), f) || f;
const findings = result.issues.map((issue) => ({
  id: issue.id,
  severity: issue.severity.name,
  confidence: issue.confidence.name,
  file: rel(issue.file),
  line: issue.location?.line ?? 0,
  blocking: BLOCKING.has(issue.severity.name),
  explained: BLOCKING.has(issue.severity.name) ? isExplained(issue) : null,
  description: issue.description,
}));
const blocking = findings.filter((f) => f.blocking);
const unexplained = blocking.filter((f) => !f.explained);

if (jsonOut)
  fs.writeFileSync(
    jsonOut,
    JSON.stringify(
      { input: rel(input), electronVersion, checks: result.globalChecks + result.atomicChecks, findings, errors: result.errors },
      null,
      2,
    ),
  );

console.log(
  `electronegativity ${rel(input)}: ${result.globalChecks + result.atomicChecks} checks, Electron ${electronVersion ?? 'unknown'}`,
);
for (const f of findings) {
  const status = !f.blocking ? 'low/informational' : f.explained ? 'explained in code' : 'UNEXPLAINED';
  console.log(`  ${f.severity.padEnd(13)} ${f.id.padEnd(34)} ${f.file}:${f.line}  ${status}`);
}
for (const e of result.errors.filter((e) => !e.tolerable)) console.log(`  could not parse ${rel(e.file)}: ${e.message}`);
console.log(
  `electronegativity: ${findings.length} findings, ${blocking.length} high/medium, ${blocking.length - unexplained.length} explained, ${unexplained.length} unexplained`,
);
if (unexplained.length) {
  console.log('Explain each one on the flagged line or just above it, e.g.');
  console.log(`  // electronegativity ${unexplained[0].id}: <why this is safe here>`);
  console.log('or fix it.');
}
const parseFailures = result.errors.filter((e) => !e.tolerable).length;
process.exit(unexplained.length || parseFailures ? 1 : 0);
