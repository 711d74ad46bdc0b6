/**
 * The preload: the only code with access to `ipcRenderer`. It exposes `window.ombud`, a
 * handful of typed functions, and nothing else; the renderer never sees `ipcRenderer`,
 * its event objects or any channel it did not get a function for.
 *
 * Only types are imported from shared/ipc.ts, so zod is not bundled into the preload;
 * main validates every payload anyway.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron'
import type { IpcChannel, IpcRequest, IpcResponse, MenuCommand, OmbudApi } from '../../shared/ipc'
import { remoteErrorMessage } from './remote-error'

// A record, so the compiler insists on exactly the commands shared/ipc.ts declares.
const MENU_COMMANDS: Readonly<Record<MenuCommand, true>> = {
  'new-workbench': true,
  'open-workbench': true,
  'save-copy': true,
}

function isMenuCommand(value: unknown): value is MenuCommand {
  return typeof value === 'string' && Object.hasOwn(MENU_COMMANDS, value)
}

async function invoke<C extends IpcChannel>(
  channel: C,
  request: IpcRequest<C>,
): Promise<IpcResponse<C>> {
  try {
    return (await ipcRenderer.invoke(channel, request)) as IpcResponse<C>
  } catch (error) {
    throw new Error(remoteErrorMessage(error), { cause: error })
  }
}

const api: OmbudApi = {
  saveFile: (request) => invoke('file:save', request),
  openFile: (request) => invoke('file:open', request),
  saveFolder: (request) => invoke('file:save-folder', request),
  appInfo: () => invoke('app:info', undefined),
  openAttachment: (request) => invoke('attachment:open', request),
  onMenuCommand: (listener) => {
    // The renderer's callback gets the command only, never the IPC event (it carries `sender`).
    const wrapped = (_event: IpcRendererEvent, command: unknown) => {
      if (isMenuCommand(command)) listener(command)
    }
    ipcRenderer.on('menu:command', wrapped)
    return () => {
      ipcRenderer.removeListener('menu:command', wrapped)
    }
  },
}

contextBridge.exposeInMainWorld('ombud', api)
