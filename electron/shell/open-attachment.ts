import fs from 'node:fs';
import path from 'node:path';

/**
 * What the desktop shell does with "Open" on a document. The core already resolved the stored file inside the
 * attachments folder; this checks again here (the one place a path reaches `shell.openPath`), after following
 * every link, and refuses anything else. A file whose type can run (a program, a script, a shortcut, a page
 * or image with scripts) is shown in its folder instead of opened: opening it would run it, and a restored or
 * shared backup must never be able to make a click run code. Pure apart from the `shell` passed in, so it
 * is unit-tested with a stand-in.
 */

/** The part of Electron's `shell` this needs. */
export interface ShellLike {
  openPath(file: string): Promise<string>;
  showItemInFolder(file: string): void;
}

export type OpenOutcome =
  { action: 'opened'; file: string } | { action: 'revealed'; file: string } | { action: 'refused'; reason: string };

/** Extensions of files that run (or run code) when opened, on Windows, macOS or Linux desktops. */
export const RUNNABLE_EXTENSIONS: ReadonlySet<string> = new Set(
  [
    // Windows programs, installers, scripts and shortcuts
    'exe com scr pif cpl msi msp mst msc bat cmd ps1 psm1 psd1 ps1xml vbs vbe js jse wsf wsh wsc hta lnk url reg inf',
    'scf application appref-ms gadget dll ocx sys drv xll appx msix appxbundle msixbundle settingcontent-ms library-ms',
    'search-ms diagcab chm iso img vhd vhdx',
    // macOS
    'app command tool pkg mpkg dmg terminal workflow action scpt scptd applescript webloc inetloc fileloc dylib kext',
    'prefpane osax',
    // Linux and Unix
    'desktop sh bash zsh csh ksh fish run bin out elf appimage deb rpm snap flatpakref flatpak so ko',
    // Interpreted anywhere
    'jar py pyw pyc pl rb php lua tcl mjs cjs vb jnlp',
    // Pages and images that carry scripts (opened in a browser from disk)
    'html htm xhtml shtml mht mhtml svg svgz xml xsl xslt',
    // Office documents with macros
    'docm dotm xlsm xltm xlam pptm potm ppam ppsm sldm',
  ]
    .join(' ')
    .split(' ')
    .map((e) => `.${e}`),
);

/** Whether opening `file` could run something: by extension, no extension at all, or an executable bit. */
export function canRun(file: string, mode?: number): boolean {
  const ext = path.extname(file).toLowerCase();
  if (!ext || RUNNABLE_EXTENSIONS.has(ext)) return true;
  return process.platform !== 'win32' && mode !== undefined && (mode & 0o111) !== 0;
}

/** Opens (or reveals) `file` if, links followed, it is a regular file directly inside `attachmentsDir`. */
export async function openAttachment(shell: ShellLike, file: string, attachmentsDir: string): Promise<OpenOutcome> {
  let real: string;
  let folder: string;
  try {
    folder = fs.realpathSync(attachmentsDir);
    real = fs.realpathSync(file);
  } catch {
    return { action: 'refused', reason: 'The file is missing.' };
  }
  if (path.dirname(real) !== folder) return { action: 'refused', reason: 'The file is not inside the attachments folder.' };
  const stat = fs.statSync(real);
  if (!stat.isFile()) return { action: 'refused', reason: 'That is not a file.' };
  if (canRun(real, stat.mode)) {
    shell.showItemInFolder(real);
    return { action: 'revealed', file: real };
  }
  const error = await shell.openPath(real);
  return error ? { action: 'refused', reason: error } : { action: 'opened', file: real };
}
