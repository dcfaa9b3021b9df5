import fs from 'node:fs';
import { parsePosting } from '../../core/importer';
import { parse as parseArgs, UsageError, type Command } from '../command';

/** Reads a file for the importer; an unreadable one is reported by name, in one line. */
export function readPostingFile(file: string): Uint8Array {
  try {
    return fs.readFileSync(file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
          ? 'is a folder, not a file'
          : code === 'EACCES'
            ? 'permission denied'
            : (err as Error).message;
    throw new Error(why, { cause: err });
  }
}

export const parse: Command = {
  async run(args, io) {
    const { positionals } = parseArgs(args, {}, true);
    if (positionals.length === 0) throw new UsageError('Name at least one posting file.');
    const results: unknown[] = [];
    let failed = false;
    for (const file of positionals) {
      try {
        const { fields } = await parsePosting({ name: file, bytes: readPostingFile(file) });
        results.push(fields);
      } catch (err) {
        failed = true;
        io.err(`${file}: ${(err as Error).message}`);
      }
    }
    if (results.length) io.out(JSON.stringify(positionals.length === 1 ? results[0] : results, null, 2));
    return failed ? 1 : 0;
  },
};
