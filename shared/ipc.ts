/** The IPC channels between the Electron main process and the preload; the API method travels as an argument. */
export const IPC_CALL = 'pursuit:call';
export const IPC_CHANGE = 'pursuit:change';
/** Main forwards the core's progress events (long tasks in a worker thread) to the windows. */
export const IPC_PROGRESS = 'pursuit:progress';
/** Main asks the window to show an application (a clicked reminder notification). */
export const IPC_OPEN_APPLICATION = 'pursuit:open-application';
