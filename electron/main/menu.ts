/**
 * The Norwegian application menu. Built as a plain template so tests can read the labels
 * and click the items without Electron. Items that act on the workbench only send a
 * command to the renderer; the renderer owns the data and decides what to do.
 */
import type { MenuItemConstructorOptions, MessageBoxOptions } from 'electron'
import type { MenuCommand } from '../../shared/ipc'

export interface MenuDeps {
  appName: string
  /** Adds reload and DevTools, which a user has no use for. */
  isDev: boolean
  /** macOS puts About and Quit in a menu named after the app. */
  isMac: boolean
  sendCommand: (command: MenuCommand) => void
  showAbout: () => void
}

const separator: MenuItemConstructorOptions = { type: 'separator' }

export function buildMenuTemplate(deps: MenuDeps): MenuItemConstructorOptions[] {
  const { appName, isDev, isMac, sendCommand, showAbout } = deps
  const about: MenuItemConstructorOptions = { label: `Om ${appName}`, click: () => showAbout() }

  const appMenu: MenuItemConstructorOptions = {
    label: appName,
    submenu: [
      about,
      separator,
      { role: 'services', label: 'Tjenester' },
      separator,
      { role: 'hide', label: `Skjul ${appName}` },
      { role: 'hideOthers', label: 'Skjul andre' },
      { role: 'unhide', label: 'Vis alle' },
      separator,
      { role: 'quit', label: `Avslutt ${appName}` },
    ],
  }

  const fileMenu: MenuItemConstructorOptions = {
    label: 'Fil',
    submenu: [
      {
        label: 'Ny arbeidsbok',
        accelerator: 'CmdOrCtrl+N',
        click: () => sendCommand('new-workbench'),
      },
      {
        label: 'Åpne arbeidsbok…',
        accelerator: 'CmdOrCtrl+O',
        click: () => sendCommand('open-workbench'),
      },
      {
        label: 'Lagre kopi som…',
        accelerator: 'CmdOrCtrl+Shift+S',
        click: () => sendCommand('save-copy'),
      },
      separator,
      isMac ? { role: 'close', label: 'Lukk vindu' } : { role: 'quit', label: 'Avslutt' },
    ],
  }

  const editMenu: MenuItemConstructorOptions = {
    label: 'Rediger',
    submenu: [
      { role: 'undo', label: 'Angre' },
      { role: 'redo', label: 'Gjør om' },
      separator,
      { role: 'cut', label: 'Klipp ut' },
      { role: 'copy', label: 'Kopier' },
      { role: 'paste', label: 'Lim inn' },
      separator,
      { role: 'selectAll', label: 'Merk alt' },
    ],
  }

  const viewMenu: MenuItemConstructorOptions = {
    label: 'Vis',
    submenu: [
      ...(isDev
        ? ([
            { role: 'reload', label: 'Last inn på nytt' },
            { role: 'toggleDevTools', label: 'Utviklerverktøy' },
            separator,
          ] satisfies MenuItemConstructorOptions[])
        : []),
      { role: 'resetZoom', label: 'Faktisk størrelse' },
      { role: 'zoomIn', label: 'Zoom inn' },
      { role: 'zoomOut', label: 'Zoom ut' },
      separator,
      { role: 'togglefullscreen', label: 'Fullskjerm' },
    ],
  }

  const windowMenu: MenuItemConstructorOptions = {
    role: 'windowMenu',
    label: 'Vindu',
  }

  const helpMenu: MenuItemConstructorOptions = {
    role: 'help',
    label: 'Hjelp',
    submenu: [about],
  }

  return isMac
    ? [appMenu, fileMenu, editMenu, viewMenu, windowMenu, helpMenu]
    : [fileMenu, editMenu, viewMenu, helpMenu]
}

/** The About box: app name, version and what the app is for. */
export function aboutDialogOptions(appName: string, version: string): MessageBoxOptions {
  return {
    type: 'info',
    title: `Om ${appName}`,
    message: `${appName} ${version}`,
    detail:
      'Arbeidsverktøy for personvernombudet: protokoll over behandlingsaktiviteter, personvernerklæring og tilsyn.\n\nDataene lagres bare på denne maskinen, og Ombud kobler seg ikke til Internett.',
    buttons: ['OK'],
    noLink: true,
  }
}
