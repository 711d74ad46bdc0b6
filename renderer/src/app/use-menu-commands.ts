import { useEffect, useRef } from 'react'
import type { MenuCommand } from '../platform'
import { usePlatform } from './platform-context'
import type { WorkbenchActions } from './use-workbench-actions'

/** Runs the application menu's commands (Electron only; the web has no menu). */
export function useMenuCommands(actions: WorkbenchActions): void {
  const platform = usePlatform()
  const latest = useRef(actions)
  useEffect(() => {
    latest.current = actions
  })
  useEffect(
    () =>
      platform.onMenuCommand((command: MenuCommand) => {
        const a = latest.current
        const run = {
          'new-workbench': a.newWorkbench,
          'open-workbench': a.openWorkbench,
          'save-copy': a.saveCopy,
        }[command]
        void run()
      }),
    [platform],
  )
}
