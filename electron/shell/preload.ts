import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { PursuitBridge } from '../../shared/api';
import type { ChangeEvent } from '../../shared/domain';
import type { ProgressEvent } from '../../shared/api-system';
import { IPC_CALL, IPC_CHANGE, IPC_OPEN_APPLICATION, IPC_PROGRESS } from '../../shared/ipc';

/** The renderer's only door to the main process: a few named functions, never `ipcRenderer` itself. */
const bridge: PursuitBridge = {
  call: (method, input) => ipcRenderer.invoke(IPC_CALL, method, input),
  onChange(listener) {
    const wrapped = (_e: IpcRendererEvent, event: ChangeEvent) => listener(event);
    ipcRenderer.on(IPC_CHANGE, wrapped);
    return () => {
      ipcRenderer.removeListener(IPC_CHANGE, wrapped);
    };
  },
  onProgress(listener) {
    const wrapped = (_e: IpcRendererEvent, event: ProgressEvent) => listener(event);
    ipcRenderer.on(IPC_PROGRESS, wrapped);
    return () => {
      ipcRenderer.removeListener(IPC_PROGRESS, wrapped);
    };
  },
  onOpenApplication(listener) {
    const wrapped = (_e: IpcRendererEvent, id: number) => listener(id);
    ipcRenderer.on(IPC_OPEN_APPLICATION, wrapped);
    return () => {
      ipcRenderer.removeListener(IPC_OPEN_APPLICATION, wrapped);
    };
  },
};

contextBridge.exposeInMainWorld('pursuit', bridge);
