import fs from 'node:fs';
import path from 'node:path';

/**
 * The first view's code, asked for with the page instead of after it. The entry script starts importing the
 * Board and the header's panels as soon as it runs, but it runs only once it has loaded and been parsed
 * (225 KB): the browser saw the Board's chunks 300 ms after the entry arrived, and fetched them over six
 * connections after that. A `<link rel="modulepreload">` per chunk in the page lets them load beside the entry.
 *
 * Which chunks: the ones the entry imports eagerly, at its top level, with their dependencies, as Vite
 * writes them: `()=>import(`./BoardView-….js`),__vite__mapDeps([0,1,…])`, or `()=>import(`./BoardView-….js`).then(e=>e.t),…`
 * for a module inside a chunk of several (a lazy view's import sits inside an `async` function and is left
 * alone). Nothing recognised, nothing added: the page works as before.
 */
export function firstViewPreloads(rendererDir: string, html: string): string[] {
  const entry = /<script[^>]+src="\.\/assets\/([\w.-]+\.js)"/.exec(html)?.[1];
  if (!entry) return [];
  let code: string;
  try {
    code = fs.readFileSync(path.join(rendererDir, 'assets', entry), 'utf8');
  } catch {
    return [];
  }
  const deps = /__vite__mapDeps=\([^)]*\bm\.f=(\[[^\]]*\])/.exec(code)?.[1];
  let names: string[];
  try {
    names = deps ? (JSON.parse(deps) as string[]) : [];
  } catch {
    names = [];
  }
  const files = new Set<string>();
  for (const m of code.matchAll(
    /[,=(:{]\w+\(\(\)=>import\(["'`]\.\/([\w.-]+\.js)["'`]\)(?:\.then\(\w+=>\w+\.\w+\))?,(?:__vite__mapDeps\(\[([\d,]*)\]\)|\[\])/g,
  )) {
    files.add(m[1]!);
    for (const i of (m[2] ?? '').split(',').filter(Boolean)) {
      const name = names[Number(i)];
      if (name) files.add(name.replace(/^\.\//, ''));
    }
  }
  return [...files].filter((f) => /^[\w.-]+\.js$/.test(f) && fs.existsSync(path.join(rendererDir, 'assets', f)));
}

/**
 * The page with a modulepreload link per first-view chunk it does not link yet, after its entry script and
 * stylesheet (the browser asks in document order, six at a time: the entry first).
 */
export function withFirstViewPreloads(rendererDir: string, html: string): string {
  const links = firstViewPreloads(rendererDir, html)
    .filter((f) => !html.includes(`href="./assets/${f}"`))
    .map((f) => `  <link rel="modulepreload" crossorigin href="./assets/${f}">\n`);
  return links.length ? html.replace(/(\s*)<\/head>/, `\n${links.join('')}$1</head>`) : html;
}
