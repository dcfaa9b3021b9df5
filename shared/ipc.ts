/** The IPC channels between the Electron main process and the preload; the API method travels as an argument. */
export const IPC_CALL = 'pursuit:call';
export const IPC_CHANGE = 'pursuit:change';
/** Main asks the window to show an application (a clicked reminder notification). */
export const IPC_OPEN_APPLICATION = 'pursuit:open-application';
