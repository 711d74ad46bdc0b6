/**
 * The only way main registers IPC handlers. Every call is checked twice before the
 * handler runs: it must come from the app's own top-level page, and its payload must
 * match the channel's schema in shared/ipc.ts. Anything else is rejected, so a handler
 * can trust its typed argument.
 */
import type { IpcMain, IpcMainInvokeEvent } from 'electron'
import {
  ipcRequestSchemas,
  type IpcChannel,
  type IpcRequest,
  type IpcResponse,
} from '../../../shared/ipc'
import type { TrustedOrigins } from '../security'
import { t } from '../strings'
import { isAppUrl } from '../trusted-url'

export type IpcHandler<C extends IpcChannel> = (
  request: IpcRequest<C>,
  event: IpcMainInvokeEvent,
) => Promise<IpcResponse<C>> | IpcResponse<C>

export type Handle = <C extends IpcChannel>(channel: C, fn: IpcHandler<C>) => void

/** Rejected IPC call: untrusted sender or malformed payload. */
export class IpcRejectedError extends Error {}

/** Whether the call comes from the main frame of a page that is the app itself. */
export function isTrustedSender(event: IpcMainInvokeEvent, trusted: TrustedOrigins): boolean {
  try {
    const frame = event.senderFrame
    if (!frame) return false
    // Subframes are never the app: it has none, and the CSP forbids framing other pages.
    if (frame.parent !== null) return false
    return isAppUrl(frame.url, trusted.appRoot, trusted.devUrl)
  } catch {
    return false // the frame was disposed while the call was in flight
  }
}

/** Creates the typed `handle(channel, fn)` bound to `ipcMain` and the app's origins. */
export function createHandle(ipcMain: Pick<IpcMain, 'handle'>, trusted: TrustedOrigins): Handle {
  return <C extends IpcChannel>(channel: C, fn: IpcHandler<C>) => {
    const schema = ipcRequestSchemas[channel]
    ipcMain.handle(channel, async (event, ...args: unknown[]) => {
      if (!isTrustedSender(event, trusted)) {
        throw new IpcRejectedError(t.ipc.notFromOmbud(channel))
      }
      if (args.length > 1) {
        throw new IpcRejectedError(t.ipc.tooManyArguments(channel))
      }
      const parsed = schema.safeParse(args[0])
      if (!parsed.success) {
        const issue = parsed.error.issues[0]
        const where = issue && issue.path.length > 0 ? `${issue.path.join('.')}: ` : ''
        throw new IpcRejectedError(
          t.ipc.invalid(channel, `${where}${issue?.message ?? t.ipc.unknownError}`),
        )
      }
      return fn(parsed.data, event)
    })
  }
}
