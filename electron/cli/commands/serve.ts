import fs from 'node:fs';
import { createCore } from '../../core/core';
import { resolveDataDir } from '../../core/data-dir';
import { acquireDataDirLock, DataDirLockedError, type DataDirLock } from '../../core/lock';
import { startHost } from '../../host/server';
import { dataDirOption, parse, UsageError, type Command } from '../command';
import { RENDERER_DIR } from '../paths';

export const serve: Command = {
  summary: 'serve the app in your browser on 127.0.0.1',
  usage: 'pursuit serve [--data-dir DIR] [--port N]',
  async run(args, io) {
    const { values } = parse(args, { ...dataDirOption, port: { type: 'string', default: '4321' } });
    const port = Number(values.port);
    if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port must be a number from 0 to 65535, not "${values.port}".`);
    if (!fs.existsSync(`${RENDERER_DIR}/index.html`)) {
      io.err('The app is not built yet: run `npm run build` (npm install does it for you), then try again.');
      return 1;
    }
    const dataDir = resolveDataDir(values['data-dir']);
    // One serving process per data folder (desktop app included), so reminders are never delivered twice.
    let lock: DataDirLock;
    try {
      lock = acquireDataDirLock(dataDir, 'pursuit serve');
    } catch (err) {
      if (!(err instanceof DataDirLockedError)) throw err;
      io.err(err.message);
      return 1;
    }
    let core;
    try {
      core = createCore({ dataDir });
    } catch (err) {
      lock.release();
      throw err;
    }
    let host;
    try {
      host = await startHost({ core, rendererDir: RENDERER_DIR, port });
    } catch (err) {
      core.close();
      lock.release();
      io.err((err as Error).message);
      return 1;
    }
    io.out(`Pursuit is serving ${dataDir}`);
    io.out('Open this address in your browser (it holds this session\'s access token):');
    io.out(host.url);
    return new Promise<number>((resolve) => {
      const stop = (signal: string) => {
        io.err(`Received ${signal}; closing the database.`);
        void host.close().then(() => {
          core.close();
          lock.release();
          resolve(0);
        });
      };
      process.once('SIGINT', () => stop('SIGINT'));
      process.once('SIGTERM', () => stop('SIGTERM'));
    });
  },
};
