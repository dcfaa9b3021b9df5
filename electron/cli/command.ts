import { parseArgs, type ParseArgsConfig } from 'node:util';

export interface Io {
  out(line: string): void;
  err(line: string): void;
  /** True when stderr is a terminal (progress output is only for people). */
  isTty: boolean;
}

/** What a command does; its module is loaded only when that command runs. */
export interface Command {
  run(args: string[], io: Io): Promise<number>;
}

/**
 * A command as `--help` knows it: its words, and how to load it. The help text must not load any command's
 * module (they pull in SQLite, the importer, the HTTP host...), so `pursuit --help` starts in about the time
 * Node itself takes.
 */
export interface CommandEntry {
  summary: string;
  usage: string;
  load(): Promise<Command>;
}

/** A user mistake on the command line: printed as one line plus the usage, exit code 2. */
export class UsageError extends Error {}

export function parse<T extends NonNullable<ParseArgsConfig['options']>>(args: string[], options: T, allowPositionals = false) {
  try {
    return parseArgs({ args, options, allowPositionals, strict: true });
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
}

export const dataDirOption = { 'data-dir': { type: 'string' } } as const;
