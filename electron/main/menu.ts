/**
 * The Norwegian application menu. Built as a plain template so tests can read the labels
 * and click the items without Electron. Items that act on the workbench only send a
 * command to the renderer; the renderer owns the data and decides what to do.
 */
import type { MenuItemConstructorOptions, MessageBoxOptions } from 'electron'
import type { MenuCommand } from '../../shared/ipc'
import { t } from './strings'

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
  const about: MenuItemConstructorOptions = {
    label: t.menu.about(appName),
    click: () => showAbout(),
  }

  const appMenu: MenuItemConstructorOptions = {
    label: appName,
    submenu: [
      about,
      separator,
      { role: 'services', label: t.menu.services },
      separator,
      { role: 'hide', label: t.menu.hide(appName) },
      { role: 'hideOthers', label: t.menu.hideOthers },
      { role: 'unhide', label: t.menu.unhide },
      separator,
      { role: 'quit', label: t.menu.quitApp(appName) },
    ],
  }

  const fileMenu: MenuItemConstructorOptions = {
    label: t.menu.file,
    submenu: [
      {
        label: t.menu.newWorkbench,
        accelerator: 'CmdOrCtrl+N',
        click: () => sendCommand('new-workbench'),
      },
      {
        label: t.menu.openWorkbench,
        accelerator: 'CmdOrCtrl+O',
        click: () => sendCommand('open-workbench'),
      },
      {
        label: t.menu.saveCopy,
        accelerator: 'CmdOrCtrl+Shift+S',
        click: () => sendCommand('save-copy'),
      },
      separator,
      isMac ? { role: 'close', label: t.menu.closeWindow } : { role: 'quit', label: t.menu.quit },
    ],
  }

  const editMenu: MenuItemConstructorOptions = {
    label: t.menu.edit,
    submenu: [
      { role: 'undo', label: t.menu.undo },
      { role: 'redo', label: t.menu.redo },
      separator,
      { role: 'cut', label: t.menu.cut },
      { role: 'copy', label: t.menu.copy },
      { role: 'paste', label: t.menu.paste },
      separator,
      { role: 'selectAll', label: t.menu.selectAll },
    ],
  }

  const viewMenu: MenuItemConstructorOptions = {
    label: t.menu.view,
    submenu: [
      ...(isDev
        ? ([
            { role: 'reload', label: t.menu.reload },
            { role: 'toggleDevTools', label: t.menu.devTools },
            separator,
          ] satisfies MenuItemConstructorOptions[])
        : []),
      { role: 'resetZoom', label: t.menu.resetZoom },
      { role: 'zoomIn', label: t.menu.zoomIn },
      { role: 'zoomOut', label: t.menu.zoomOut },
      separator,
      { role: 'togglefullscreen', label: t.menu.fullscreen },
    ],
  }

  const windowMenu: MenuItemConstructorOptions = {
    role: 'windowMenu',
    label: t.menu.window,
  }

  const helpMenu: MenuItemConstructorOptions = {
    role: 'help',
    label: t.menu.help,
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
    title: t.menu.about(appName),
    message: `${appName} ${version}`,
    detail: t.about.detail,
    buttons: [t.about.ok],
    noLink: true,
  }
}
