import { parseArgs, type ParseArgsConfig } from 'node:util';

export interface Io {
  out(line: string): void;
  err(line: string): void;
  /** True when stderr is a terminal (progress output is only for people). */
  isTty: boolean;
}

export interface Command {
  summary: string;
  usage: string;
  run(args: string[], io: Io): Promise<number>;
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
