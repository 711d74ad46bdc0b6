/**
 * Main process: one locked-down window showing the built renderer (served from the app's
 * own scheme, app://ombud/), a Norwegian menu and the typed IPC handlers. The app never uses the network; everything it shows comes from
 * its own files (or, during development, from the local electron-vite dev server).
 */
import * as fs from 'node:fs/promises'
import { homedir, tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  Menu,
  protocol,
  session,
  type BrowserWindowConstructorOptions,
  shell,
  type MessageBoxOptions,
  type WebContents,
} from 'electron'
import type { IpcEventChannel, IpcEvents, MenuCommand } from '../../shared/ipc'
import { APP_SCHEME_DEFINITION, createAppProtocolHandler } from './app-protocol'
import { registerAttachmentHandlers } from './ipc/attachments'
import { registerFileHandlers, type FileDialogs } from './ipc/files'
import { createHandle } from './ipc/handle'
import { aboutDialogOptions, buildMenuTemplate } from './menu'
import {
  contentSecurityPolicy,
  createWebPreferences,
  installSecurity,
  secureSession,
  type TrustedOrigins,
} from './security'
import { t } from './strings'
import { APP_INDEX_URL, APP_ORIGIN, APP_SCHEME, parseDevServerUrl } from './trusted-url'

const APP_NAME = 'Ombud'

// Same name in development and when packaged, so both use the same userData folder
// (where IndexedDB lives) instead of "ombud" versus "Ombud".
app.setName(APP_NAME)
// Chromium's --user-data-dir, honoured for Electron's own paths too: IndexedDB and the
// single-instance lock live in userData, so a portable copy or a test run given its own
// folder has its own database and its own lock.
const userDataDir = app.commandLine.getSwitchValue('user-data-dir')
if (userDataDir !== '') app.setPath('userData', resolve(userDataDir))
// Every renderer is sandboxed, including any a library might create.
app.enableSandbox()
// Ombud plays no media: keep Chromium from grabbing the keyboard's media keys.
// (electronegativity asks for a review of every custom switch: this one only turns
// features off, and `lang` below only sets the locale. Reviewed.)
const DISABLED_FEATURES = 'HardwareMediaKeyHandling,MediaSessionService'
app.commandLine.appendSwitch('disable-features', DISABLED_FEATURES) // eng-disable CUSTOM_ARGUMENTS_JS_CHECK
// The interface is Norwegian whatever the system language: dates in date fields, number
// formats and spell-checking follow Chromium's locale.
app.commandLine.appendSwitch('lang', 'nb-NO')
// The renderer is served from app://ombud/ (see app-protocol.ts); schemes get their
// privileges only before the app is ready.
protocol.registerSchemesAsPrivileged([APP_SCHEME_DEFINITION])

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
  shown.catch((error: unknown) => console.error(t.log.aboutFailed, error))
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
  const options: BrowserWindowConstructorOptions = {
    width: 1280,
    height: 820,
    minWidth: 960,
    minHeight: 600,
    show: false,
    title: APP_NAME,
    backgroundColor: '#ffffff',
    // A copy: Electron gets its own object, the frozen original stays the reference.
    webPreferences: { ...createWebPreferences(preloadPath) },
  }
  // electronegativity cannot see into the frozen webPreferences built by
  // createWebPreferences (security.ts) and reports them as missing. They set
  // contextIsolation and sandbox to true and disable Auxclick; security.test.ts pins them.
  const window = new BrowserWindow(options) // eng-disable CONTEXT_ISOLATION_JS_CHECK SANDBOX_JS_CHECK AUXCLICK_JS_CHECK
  window.once('ready-to-show', () => window.show())
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = null
  })
  const loaded = window.loadURL(trusted.devUrl ?? APP_INDEX_URL)
  loaded.catch((error: unknown) => console.error(t.log.loadFailed, error))
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
  protocol.handle(
    APP_SCHEME,
    createAppProtocolHandler({
      appRoot: trusted.appRoot,
      readFile: (path) => fs.readFile(path),
      contentSecurityPolicy: contentSecurityPolicy(false),
    }),
  )
  // On Linux Chromium would fetch Hunspell dictionaries from Google's servers. Point it at
  // the app's own files instead: no network, and dictionaries can be shipped there later.
  session.defaultSession.setSpellCheckerDictionaryDownloadURL(`${APP_ORIGIN}/dictionaries/`)

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
    dialog.showErrorBox(t.startup.failed, error instanceof Error ? error.message : String(error))
    app.quit()
  })
}
