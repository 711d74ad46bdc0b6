import { useCallback } from 'react'
import { useDialogs } from '../../ui/dialogs'
import { errorMessage } from './format'

/**
 * Runs a database action and shows its error in an alert titled `failTitle`. Resolves
 * true when the action succeeded.
 */
export function useRun(): (failTitle: string, work: () => Promise<unknown>) => Promise<boolean> {
  const dialogs = useDialogs()
  return useCallback(
    async (failTitle, work) => {
      try {
        await work()
        return true
      } catch (error) {
        await dialogs.alert({ title: failTitle, message: errorMessage(error) })
        return false
      }
    },
    [dialogs],
  )
}
