import fs from 'node:fs';
import { startBackgroundWork, type BackgroundWork } from '../../core/background';
import { createCore } from '../../core/core';
import { resolveDataDir } from '../../core/data-dir';
import { acquireDataDirLock, DataDirLockedError } from '../../core/lock';
import { PortInUseError, startHost } from '../../host/server';
import { dataDirOption, parse, UsageError, type Command } from '../command';
import { RENDERER_DIR } from '../paths';

/** How long after the host answers its background work (reminders, the daily backup) starts. */
const BACKGROUND_DELAY_MS = 1500;

export const serve: Command = {
  async run(args, io) {
    const { values } = parse(args, {
      ...dataDirOption,
      port: { type: 'string', default: '4321' },
      // For end-to-end tests only: lets a test move the app's clock (testClock.set). Not listed in --help.
      'test-clock': { type: 'boolean' },
    });
    const port = Number(values.port);
    if (!Number.isInteger(port) || port < 0 || port > 65535)
      throw new UsageError(`--port must be a number from 0 to 65535, not "${values.port}".`);
    if (!fs.existsSync(`${RENDERER_DIR}/index.html`)) {
      io.err('The app is not built yet: run `npm run build` (npm install does it for you), then try again.');
      return 1;
    }
    const dataDir = resolveDataDir(values['data-dir']);
    // What is open, closed in reverse order on the way out, whichever way that is.
    const cleanups: (() => void | Promise<void>)[] = [];
    const cleanUp = async () => {
      while (cleanups.length) await cleanups.pop()!();
    };
    let stopped: Promise<number>;
    try {
      // One serving process per data folder (desktop app included), so reminders are never delivered twice.
      const lock = acquireDataDirLock(dataDir, 'pursuit serve');
      cleanups.push(() => lock.release());
      const core = createCore({ dataDir, testClock: values['test-clock'] === true });
      cleanups.push(() => core.close());
      const host = await startHost({ core, rendererDir: RENDERER_DIR, port });
      cleanups.push(() => host.close());
      // Reminders reach open pages' panels as change events; the daily backup runs here too. Started a moment
      // after the host answers: its first pass plans every event's reminders (in slices, but each request
      // waits for the slice under way) and the backup check starts a worker thread, so a page opened right
      // after start-up (the tests, the benches, a quick click on the link) had its first requests answered
      // 0.2-1 s later than the rest. A reminder due meanwhile is delivered at the start, as it would be at a tick.
      let work: BackgroundWork | null = null;
      const begin = setTimeout(() => (work = startBackgroundWork(core)), BACKGROUND_DELAY_MS);
      cleanups.push(async () => {
        clearTimeout(begin);
        await work?.stop();
      });

      // Listening for the signals to stop before saying where it serves: whoever reads the address may stop it
      // at once (a test, a script), and a signal with no listener yet would kill it without closing anything.
      stopped = new Promise<number>((resolve) => {
        const stop = (signal: string) => {
          io.err(`Received ${signal}; closing the database.`);
          void cleanUp().then(() => resolve(0));
        };
        process.once('SIGINT', () => stop('SIGINT'));
        process.once('SIGTERM', () => stop('SIGTERM'));
      });
      io.out(`Pursuit is serving ${dataDir}`);
      io.out("Open this address in your browser (it holds this session's access token):");
      io.out(host.url);
    } catch (err) {
      await cleanUp();
      if (err instanceof DataDirLockedError || err instanceof PortInUseError) {
        io.err(err.message);
        return 1;
      }
      throw err;
    }
    return stopped;
  },
};
