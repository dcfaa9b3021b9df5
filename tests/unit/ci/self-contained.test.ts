// A clone alone is the whole project: the README and docs point only at files inside the repository, and
// every file they name by a relative link exists.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const DOCS = ['README.md', ...fs.readdirSync(path.join(ROOT, 'docs')).map((f) => path.join('docs', f))].filter((f) =>
  f.endsWith('.md'),
);

describe('README and docs', () => {
  it.each(DOCS)('%s names nothing outside the repository', (doc) => {
    const text = fs.readFileSync(path.join(ROOT, doc), 'utf8');
    const dir = path.dirname(path.join(ROOT, doc));
    const links = [...text.matchAll(/\]\(([^)#\s]+)[^)]*\)/g)].map((m) => m[1]!).filter((l) => !/^[a-z]+:/i.test(l));
    const quotedPaths = [...text.matchAll(/`(\.\.\/[^`\s]+)`/g)].map((m) => m[1]!);
    for (const target of [...links, ...quotedPaths]) {
      const resolved = path.resolve(dir, target);
      expect(path.relative(ROOT, resolved).startsWith('..'), `${doc} points outside the repository: ${target}`).toBe(false);
    }
    for (const link of links) expect(fs.existsSync(path.resolve(dir, link)), `${doc} links to missing ${link}`).toBe(true);
  });

  it('the README links the architecture document, which covers the contract, fields and migrations', () => {
    expect(fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8')).toContain('](docs/ARCHITECTURE.md)');
    const arch = fs.readFileSync(path.join(ROOT, 'docs', 'ARCHITECTURE.md'), 'utf8');
    for (const heading of ['## Layout', '## The API contract and the envelope', '## Adding a field', '## Adding a migration'])
      expect(arch).toContain(heading);
  });

  it('every repository path the architecture document names in backquotes exists', () => {
    const arch = fs.readFileSync(path.join(ROOT, 'docs', 'ARCHITECTURE.md'), 'utf8');
    const named = [...arch.matchAll(/`((?:shared|electron|renderer|tests|scripts|bench|bin|docs|\.ci|\.github)\/[\w./-]*)`/g)]
      .map((m) => m[1]!)
      .filter((p) => !p.includes('<') && !p.includes('*') && !p.includes('00N'));
    expect(named.length).toBeGreaterThan(20);
    for (const p of named) expect(fs.existsSync(path.join(ROOT, p)), `docs/ARCHITECTURE.md names missing ${p}`).toBe(true);
  });
});
