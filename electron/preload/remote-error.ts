/**
 * `ipcRenderer.invoke` wraps a handler's error as
 * "Error invoking remote method 'file:open': Error: <message>". The renderer shows the
 * message to the user, so the preload hands on only the Norwegian message from main.
 */
const INVOKE_PREFIX = /^Error invoking remote method '[^']*': (?:[A-Za-z]*Error: )?/

export function remoteErrorMessage(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error)
  return message.replace(INVOKE_PREFIX, '')
}
