import { resolveDataDir } from '../core/data-dir';
import { describeMachineFault } from '../core/machine-faults';
import { UsageError, type CommandEntry, type Io } from './command';

/**
 * Every command, by name; `--help` is generated from this map. Each command's module is imported only when
 * that command runs (a separate chunk in the bundle, see scripts/build-electron.mjs).
 */
export const COMMANDS: Record<string, CommandEntry> = {
  serve: {
    summary: 'serve the app in your browser on 127.0.0.1',
    usage: 'pursuit serve [--data-dir DIR] [--port N]',
    load: async () => (await import('./commands/serve')).serve,
  },
  list: {
    summary: 'list your applications',
    usage: 'pursuit list [--json] [--archived] [--data-dir DIR]',
    load: async () => (await import('./commands/list')).list,
  },
  parse: {
    summary: 'read postings (text, .html, .eml, .json) and print the fields found, as JSON',
    usage: 'pursuit parse FILE...',
    load: async () => (await import('./commands/parse')).parse,
  },
  import: {
    summary: 'save postings as applications in the first stage (duplicates are skipped unless --force)',
    usage: 'pursuit import FILE... [--force] [--data-dir DIR]',
    load: async () => (await import('./commands/import')).importCommand,
  },
  export: {
    summary: 'write your applications as CSV (archived ones too), or your deadlines and interviews as an .ics calendar',
    usage:
      'pursuit export csv [--out FILE] [--stage NAME] [--from YYYY-MM-DD --to YYYY-MM-DD] [--no-archived] [--no-bom] [--data-dir DIR]\n' +
      'pursuit export ics [--out FILE] [--data-dir DIR]',
    load: async () => (await import('./commands/export')).exportCommand,
  },
  backup: {
    summary: "back up the data and the attached documents now into the data folder's backups/ (one SQLite file)",
    usage: 'pursuit backup [--data-dir DIR]',
    load: async () => (await import('./commands/backup')).backup,
  },
  restore: {
    summary: 'restore from a backup (.db from backups/, or a JSON backup); --replace to overwrite existing data',
    usage: 'pursuit restore FILE [--replace] [--data-dir DIR]',
    load: async () => (await import('./commands/backup')).restore,
  },
  seed: {
    summary: 'add realistic demo applications (deterministic for a given --seed)',
    usage: 'pursuit seed --count N [--seed S] [--data-dir DIR]',
    load: async () => (await import('./commands/seed')).seed,
  },
};

export function helpText(): string {
  const width = Math.max(...Object.keys(COMMANDS).map((n) => n.length));
  return [
    'Pursuit: your job applications, private and offline.',
    '',
    'Usage: pursuit <command> [options]',
    '',
    'Commands:',
    ...Object.entries(COMMANDS).map(([name, c]) => {
      const indent = `  ${' '.repeat(width)}  `;
      return `  ${name.padEnd(width)}  ${c.summary}\n${indent}${c.usage.split('\n').join(`\n${indent}`)}`;
    }),
    '',
    'Data folder: the same one the desktop app uses; override with --data-dir DIR or PURSUIT_DATA_DIR.',
  ].join('\n');
}

/** `Usage: ...`, a command's further forms aligned under the first. */
const usageLines = (command: CommandEntry): string => `Usage: ${command.usage.split('\n').join('\n       ')}`;

/** `--data-dir DIR` or `--data-dir=DIR` as given, for naming the folder in an error message. */
function dataDirArgument(args: string[]): string | null {
  const at = args.indexOf('--data-dir');
  if (at !== -1) return args[at + 1] ?? null;
  return args.find((a) => a.startsWith('--data-dir='))?.slice('--data-dir='.length) ?? null;
}

const defaultIo: Io = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
  // isTTY is undefined, not false, when stderr is a pipe or a file (@types/node types it boolean).
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-conversion
  isTty: Boolean(process.stderr.isTTY),
};

export async function main(argv: string[], io: Io = defaultIo): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.out(helpText());
    return 0;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.err(`Unknown command "${name}". Run \`pursuit --help\` to see the commands.`);
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.out(`${command.summary}\n${usageLines(command)}`);
    return 0;
  }
  try {
    return await (await command.load()).run(rest, io);
  } catch (err) {
    if (err instanceof UsageError) {
      io.err(`${err.message}\n${usageLines(command)}`);
      return 2;
    }
    const e = err as { code?: string; message?: string };
    // The machine's faults (another writer, a full disk, a read-only folder) in plain words, naming the folder.
    const fault = describeMachineFault(err, resolveDataDir(dataDirArgument(rest)));
    if (fault) io.err(fault.message);
    else
      io.err(
        e.code === 'DB_TOO_NEW' || e.code === 'SQLITE_NOTADB' || e.code === 'DATA_FILE_DAMAGED'
          ? String(e.message)
          : `Error: ${e.message ?? String(err)}`,
      );
    return 1;
  }
}
