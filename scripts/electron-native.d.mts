/** Builds (once) and returns the path of better-sqlite3's addon compiled for the installed Electron. */
export function electronSqliteBinding(): Promise<string>;
