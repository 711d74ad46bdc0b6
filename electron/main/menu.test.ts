import type { MenuItem, MenuItemConstructorOptions } from 'electron'
import { describe, expect, it, vi } from 'vitest'
import type { MenuCommand } from '../../shared/ipc'
import { aboutDialogOptions, buildMenuTemplate } from './menu'

vi.mock('electron', () => {
  throw new Error('menu.ts must not load electron at runtime')
})

function build(options: { isDev?: boolean; isMac?: boolean } = {}) {
  const sendCommand = vi.fn<(command: MenuCommand) => void>()
  const showAbout = vi.fn()
  const template = buildMenuTemplate({
    appName: 'Ombud',
    isDev: options.isDev ?? false,
    isMac: options.isMac ?? false,
    sendCommand,
    showAbout,
  })
  return { template, sendCommand, showAbout }
}

function submenu(template: MenuItemConstructorOptions[], label: string) {
  const menu = template.find((item) => item.label === label)
  if (!menu || !Array.isArray(menu.submenu)) throw new Error(`no menu ${label}`)
  return menu.submenu
}

function labels(items: MenuItemConstructorOptions[]) {
  return items.filter((item) => item.type !== 'separator').map((item) => item.label)
}

function click(item: MenuItemConstructorOptions | undefined) {
  item?.click?.({} as MenuItem, undefined, {})
}

describe('application menu', () => {
  it('has the Norwegian top-level menus', () => {
    expect(build().template.map((m) => m.label)).toEqual(['Fil', 'Rediger', 'Vis', 'Hjelp'])
    expect(build({ isMac: true }).template.map((m) => m.label)).toEqual([
      'Ombud',
      'Fil',
      'Rediger',
      'Vis',
      'Vindu',
      'Hjelp',
    ])
  })

  it('Fil sends workbench commands to the renderer', () => {
    const { template, sendCommand } = build()
    const fil = submenu(template, 'Fil')
    expect(labels(fil)).toEqual(['Ny arbeidsbok', 'Åpne arbeidsbok…', 'Lagre kopi som…', 'Avslutt'])
    const expected: [string, MenuCommand][] = [
      ['Ny arbeidsbok', 'new-workbench'],
      ['Åpne arbeidsbok…', 'open-workbench'],
      ['Lagre kopi som…', 'save-copy'],
    ]
    for (const [label, command] of expected) {
      sendCommand.mockClear()
      click(fil.find((item) => item.label === label))
      expect(sendCommand).toHaveBeenCalledExactlyOnceWith(command)
    }
    expect(fil.find((item) => item.label === 'Avslutt')?.role).toBe('quit')
    expect(fil.map((item) => item.accelerator).filter(Boolean)).toEqual([
      'CmdOrCtrl+N',
      'CmdOrCtrl+O',
      'CmdOrCtrl+Shift+S',
    ])
  })

  it('Rediger uses roles with Norwegian labels', () => {
    const rediger = submenu(build().template, 'Rediger')
    expect(
      rediger.filter((item) => item.type !== 'separator').map((item) => [item.role, item.label]),
    ).toEqual([
      ['undo', 'Angre'],
      ['redo', 'Gjør om'],
      ['cut', 'Klipp ut'],
      ['copy', 'Kopier'],
      ['paste', 'Lim inn'],
      ['selectAll', 'Merk alt'],
    ])
  })

  it('Vis offers reload and DevTools only in development', () => {
    const prod = submenu(build().template, 'Vis')
    expect(labels(prod)).toEqual(['Faktisk størrelse', 'Zoom inn', 'Zoom ut', 'Fullskjerm'])
    expect(prod.some((item) => item.role === 'reload' || item.role === 'toggleDevTools')).toBe(
      false,
    )
    const dev = submenu(build({ isDev: true }).template, 'Vis')
    expect(labels(dev)).toEqual([
      'Last inn på nytt',
      'Utviklerverktøy',
      'Faktisk størrelse',
      'Zoom inn',
      'Zoom ut',
      'Fullskjerm',
    ])
    expect(dev.find((item) => item.label === 'Fullskjerm')?.role).toBe('togglefullscreen')
  })

  it('Hjelp › Om Ombud shows the About box', () => {
    const { template, showAbout, sendCommand } = build()
    const hjelp = submenu(template, 'Hjelp')
    expect(labels(hjelp)).toEqual(['Om Ombud'])
    click(hjelp[0])
    expect(showAbout).toHaveBeenCalledOnce()
    expect(sendCommand).not.toHaveBeenCalled()
  })

  it('on macOS puts Avslutt in the app menu and Lukk vindu in Fil', () => {
    const { template } = build({ isMac: true })
    expect(labels(submenu(template, 'Fil'))).toEqual([
      'Ny arbeidsbok',
      'Åpne arbeidsbok…',
      'Lagre kopi som…',
      'Lukk vindu',
    ])
    const appMenu = submenu(template, 'Ombud')
    expect(appMenu[0]?.label).toBe('Om Ombud')
    expect(appMenu.find((item) => item.role === 'quit')?.label).toBe('Avslutt Ombud')
  })
})

describe('aboutDialogOptions', () => {
  it('shows the app name and version', () => {
    const options = aboutDialogOptions('Ombud', '1.2.3')
    expect(options.title).toBe('Om Ombud')
    expect(options.message).toBe('Ombud 1.2.3')
    expect(options.type).toBe('info')
    expect(options.buttons).toEqual(['OK'])
  })
})
