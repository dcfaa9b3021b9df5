import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { withCspMeta } from './shared/csp.ts';

/** Writes the app's one CSP (shared/csp.ts) into index.html's meta tag. */
const cspMeta = (): Plugin => ({ name: 'pursuit-csp', transformIndexHtml: { order: 'pre', handler: withCspMeta } });

/**
 * The modules the first view needs beyond the entry: what the Board and the header's panels import (statically,
 * all the way down), less what the entry itself imports. Left to automatic splitting they came as 16 files
 * (each one shared with some other view making its own chunk), asked for six at a time over HTTP/1.1: three
 * rounds of requests before the board could render. Together they are one file; the other views still load
 * their own code when opened (importing from this one, already loaded, what they share with the Board).
 */
function firstViewChunk() {
  const FIRST_VIEW = /[\\/]renderer[\\/]src[\\/](views[\\/]BoardView|components[\\/](RecoveryBanner|RemindersBadge))\.tsx$/;
  const ENTRY = /[\\/]renderer[\\/]src[\\/]main\.tsx$/;
  const imports = new Map<string, readonly string[]>();
  let members: Set<string> | null = null;
  const closure = (roots: string[]): Set<string> => {
    const seen = new Set<string>();
    const todo = [...roots];
    for (let id = todo.pop(); id !== undefined; id = todo.pop()) {
      if (seen.has(id)) continue;
      seen.add(id);
      todo.push(...(imports.get(id) ?? []));
    }
    return seen;
  };
  const plugin: Plugin = {
    name: 'pursuit-first-view-chunk',
    moduleParsed(info) {
      imports.set(info.id, info.importedIds);
      members = null;
    },
  };
  /** Whether a module goes in the first view's chunk (asked once the whole module graph is known). */
  const test = (id: string): boolean => {
    if (!members) {
      const ids = [...imports.keys()];
      const entry = closure(ids.filter((i) => ENTRY.test(i)));
      members = new Set([...closure(ids.filter((i) => FIRST_VIEW.test(i)))].filter((i) => !entry.has(i)));
    }
    return members.has(id);
  };
  return { plugin, test };
}

const firstView = firstViewChunk();

export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react(), cspMeta(), firstView.plugin],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    // No inline scripts or styles: the CSP forbids them.
    assetsInlineLimit: 0,
    sourcemap: false,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            // The query cache (TanStack Query) loads beside the entry, in its own chunk: the entry stays React and the
            // shell (tests/e2e/code-splitting.spec.ts holds it under 250 KB).
            { name: 'query', test: /[\\/]node_modules[\\/]@tanstack[\\/](react-)?query(-core)?[\\/]/ },
            // What the first view needs beyond the entry, in one chunk (its dependencies are members already).
            { name: 'BoardView', test: firstView.test, includeDependenciesRecursively: false },
          ],
        },
      },
    },
  },
});
