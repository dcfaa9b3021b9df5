import path from 'node:path';
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config';
import { DebugLogger } from 'builder-util';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../serve-process';

/**
 * Reads electron-builder.yml the way `npm run dist` does (electron-builder's own loader and schema check), so a
 * misspelt fuse name fails here rather than being ignored at packaging time.
 */
describe('Electron fuses in the packaging', () => {
  it('turns off running as Node, NODE_OPTIONS and --inspect; loads only a checked app.asar; encrypts cookies', async () => {
    const config = await getConfig(ROOT, path.join(ROOT, 'electron-builder.yml'), null);
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      onlyLoadAppFromAsar: true,
      enableEmbeddedAsarIntegrityValidation: true,
      enableCookieEncryption: true,
    });
    // Integrity validation needs the archive: an app packaged outside asar would make the last two fuses moot.
    expect(config.asar).not.toBe(false);
  });
});
