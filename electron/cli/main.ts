import { resolveDataDir } from '../core/data-dir';
import { describeMachineFault } from '../core/machine-faults';
import { backup, restore } from './commands/backup';
import { exportCommand } from './commands/export';
import { importCommand } from './commands/import';
import { list } from './commands/list';
import { parse } from './commands/parse';
import { seed } from './commands/seed';
import { serve } from './commands/serve';
import { UsageError, type Command, type Io } from './command';

/** Every command, by name; `--help` is generated from this map. */
export const COMMANDS: Record<string, Command> = {
  serve,
  list,
  parse,
  import: importCommand,
  export: exportCommand,
  backup,
  restore,
  seed,
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
const usageLines = (command: Command): string => `Usage: ${command.usage.split('\n').join('\n       ')}`;

/** `--data-dir DIR` or `--data-dir=DIR` as given, for naming the folder in an error message. */
function dataDirArgument(args: string[]): string | null {
  const at = args.indexOf('--data-dir');
  if (at !== -1) return args[at + 1] ?? null;
  return args.find((a) => a.startsWith('--data-dir='))?.slice('--data-dir='.length) ?? null;
}

const defaultIo: Io = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
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
    return await command.run(rest, io);
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
