/**
 * `sample --out FILE`: writes the sample workbench (the fictional «Eksempel Energi AS»),
 * so a new user or a test can start from a realistic record.
 */
import * as fs from 'node:fs/promises'
import { serializeWorkbench } from '../../../shared/model/workbench'
import { sampleWorkbench } from '../../../resources/sample-company'
import { writeFileAtomic } from '../../main/ipc/atomic-write'
import {
  CommandError,
  EXIT_OK,
  out,
  parseCommandArgs,
  requireOption,
  type Command,
} from '../cli-io'

export const sampleCommand: Command = async (argv) => {
  const { values } = parseCommandArgs(argv, { out: { type: 'string' } })
  const file = requireOption(values.out, '--out')
  try {
    // Atomic, so an existing file at FILE is either replaced whole or left as it was.
    await writeFileAtomic(fs, file, serializeWorkbench(sampleWorkbench()))
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    throw new CommandError(`kunne ikke skrive ${file}: ${reason}`)
  }
  out(`Skrev eksempelvirksomheten til ${file}`)
  return EXIT_OK
}
