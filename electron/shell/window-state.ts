import fs from 'node:fs';
import path from 'node:path';

export interface WindowState {
  x?: number;
  y?: number;
  width: number;
  height: number;
  maximized: boolean;
}

const DEFAULT: WindowState = { width: 1280, height: 820, maximized: false };

/** Window size and place, remembered in the data folder; a damaged file just means the default. */
export function loadWindowState(dataDir: string): WindowState {
  try {
    const raw = JSON.parse(fs.readFileSync(path.join(dataDir, 'window-state.json'), 'utf8')) as Partial<WindowState>;
    const ok = (n: unknown): n is number => typeof n === 'number' && Number.isFinite(n);
    return {
      x: ok(raw.x) ? raw.x : undefined,
      y: ok(raw.y) ? raw.y : undefined,
      width: ok(raw.width) && raw.width >= 480 ? raw.width : DEFAULT.width,
      height: ok(raw.height) && raw.height >= 360 ? raw.height : DEFAULT.height,
      maximized: raw.maximized === true,
    };
  } catch {
    return { ...DEFAULT };
  }
}

export function saveWindowState(dataDir: string, state: WindowState): void {
  fs.writeFileSync(path.join(dataDir, 'window-state.json'), JSON.stringify(state));
}
