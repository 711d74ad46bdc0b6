/**
 * `sample --out FILE`: writes the sample workbench (the fictional «Eksempel Energi AS») with
 * its registers and attached files, as the app loads it, so a new user or a test can start
 * from a realistic record. With attachments the file is the ZIP container the app saves.
 */
import * as fs from 'node:fs/promises'
import { concatBytes, workbenchFileParts } from '../../../shared/files/workbench-container'
import { sampleWorkbenchWithRegisters } from '../../../resources/sample-registers'
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
  const { workbench, attachmentBytes } = await sampleWorkbenchWithRegisters()
  const bytes = concatBytes(workbenchFileParts(workbench, (sha256) => attachmentBytes.get(sha256)!))
  try {
    // Atomic, so an existing file at FILE is either replaced whole or left as it was.
    await writeFileAtomic(fs, file, bytes)
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    throw new CommandError(`kunne ikke skrive ${file}: ${reason}`)
  }
  out(`Skrev eksempelvirksomheten til ${file}`)
  return EXIT_OK
}
