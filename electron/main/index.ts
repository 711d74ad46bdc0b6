/**
 * Main process: one locked-down window showing the built renderer, a Norwegian menu and
 * the typed IPC handlers. The app never uses the network; everything it shows comes from
 * its own files (or, during development, from the local electron-vite dev server).
 */
import * as fs from 'node:fs/promises'
import { homedir, tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  Menu,
  session,
  shell,
  type MessageBoxOptions,
  type WebContents,
} from 'electron'
import type { IpcEventChannel, IpcEvents, MenuCommand } from '../../shared/ipc'
import { registerAttachmentHandlers } from './ipc/attachments'
import { registerFileHandlers, type FileDialogs } from './ipc/files'
import { createHandle } from './ipc/handle'
import { aboutDialogOptions, buildMenuTemplate } from './menu'
import {
  createWebPreferences,
  installSecurity,
  secureSession,
  type TrustedOrigins,
} from './security'
import { parseDevServerUrl } from './trusted-url'

const APP_NAME = 'Ombud'

// Same name in development and when packaged, so both use the same userData folder
// (where IndexedDB lives) instead of "ombud" versus "Ombud".
app.setName(APP_NAME)
// Every renderer is sandboxed, including any a library might create.
app.enableSandbox()
// Ombud plays no media: keep Chromium from grabbing the keyboard's media keys.
app.commandLine.appendSwitch('disable-features', 'HardwareMediaKeyHandling,MediaSessionService')
// The interface is Norwegian whatever the system language: dates in date fields, number
// formats and spell-checking follow Chromium's locale.
app.commandLine.appendSwitch('lang', 'nb-NO')

const trusted: TrustedOrigins = {
  appRoot: join(app.getAppPath(), 'out', 'renderer'),
  devUrl: app.isPackaged ? null : parseDevServerUrl(process.env['ELECTRON_RENDERER_URL']),
}
const preloadPath = join(app.getAppPath(), 'out', 'preload', 'index.js')

let mainWindow: BrowserWindow | null = null

function sendEvent<C extends IpcEventChannel>(
  contents: WebContents,
  channel: C,
  payload: IpcEvents[C],
): void {
  contents.send(channel, payload)
}

function showAbout(): void {
  const options: MessageBoxOptions = aboutDialogOptions(APP_NAME, app.getVersion())
  const parent = BrowserWindow.getFocusedWindow() ?? mainWindow
  const shown = parent ? dialog.showMessageBox(parent, options) : dialog.showMessageBox(options)
  shown.catch((error: unknown) => console.error('Om-dialogen feilet:', error))
}

function documentsDir(): string {
  try {
    return app.getPath('documents')
  } catch {
    return homedir() // some Linux desktops define no documents folder
  }
}

// Dialogs are modal to the window, so they cannot get lost behind it.
const dialogs: FileDialogs = {
  showSaveDialog: (options) =>
    mainWindow ? dialog.showSaveDialog(mainWindow, options) : dialog.showSaveDialog(options),
  showOpenDialog: (options) =>
    mainWindow ? dialog.showOpenDialog(mainWindow, options) : dialog.showOpenDialog(options),
}

function createWindow(): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 820,
    minWidth: 960,
    minHeight: 600,
    show: false,
    title: APP_NAME,
    backgroundColor: '#ffffff',
    // A copy: Electron gets its own object, the frozen original stays the reference.
    webPreferences: { ...createWebPreferences(preloadPath) },
  })
  window.once('ready-to-show', () => window.show())
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = null
  })
  const loaded =
    trusted.devUrl !== null
      ? window.loadURL(trusted.devUrl)
      : window.loadFile(join(trusted.appRoot, 'index.html'))
  loaded.catch((error: unknown) => console.error('Kunne ikke laste brukergrensesnittet:', error))
  return window
}

function focusMainWindow(): void {
  if (!mainWindow) return
  if (mainWindow.isMinimized()) mainWindow.restore()
  mainWindow.show()
  mainWindow.focus()
}

async function start(): Promise<void> {
  await app.whenReady()
  secureSession(session.defaultSession, trusted)
  // On Linux Chromium would fetch Hunspell dictionaries from Google's servers. Point it at
  // the app's own files instead: no network, and dictionaries can be shipped there later.
  session.defaultSession.setSpellCheckerDictionaryDownloadURL(
    `${pathToFileURL(join(trusted.appRoot, 'dictionaries')).href}/`,
  )

  const handle = createHandle(ipcMain, trusted)
  registerFileHandlers(handle, { dialogs, fs, defaultDir: documentsDir })
  handle('app:info', () => ({ name: APP_NAME, version: app.getVersion() }))
  registerAttachmentHandlers(handle, { fs, tempDir: tmpdir, openPath: (path) => shell.openPath(path) })

  Menu.setApplicationMenu(
    Menu.buildFromTemplate(
      buildMenuTemplate({
        appName: APP_NAME,
        isDev: !app.isPackaged,
        isMac: process.platform === 'darwin',
        sendCommand: (command: MenuCommand) => {
          if (mainWindow) sendEvent(mainWindow.webContents, 'menu:command', command)
        },
        showAbout,
      }),
    ),
  )

  mainWindow = createWindow()
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) mainWindow = createWindow()
  })
}

if (!app.requestSingleInstanceLock()) {
  // Another Ombud is running; it gets the 'second-instance' event and comes to the front.
  app.quit()
} else {
  app.on('second-instance', focusMainWindow)
  installSecurity(app, trusted)
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit()
  })
  start().catch((error: unknown) => {
    dialog.showErrorBox(
      'Ombud kunne ikke starte',
      error instanceof Error ? error.message : String(error),
    )
    app.quit()
  })
}
