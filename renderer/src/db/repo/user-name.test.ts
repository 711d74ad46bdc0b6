import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import { newId } from '../../../../shared/model'
import { changesToCsv } from '../../../../shared/ropa/changes-csv'
import { createDb } from '../schema'
import { freshDb, sampleActivity, sampleOrganization, sampleProcessor, T0, T1, T2 } from '../test-support'
import { exportWorkbench, importParsedWorkbench } from '../workbench-io'
import { archiveActivity, createActivity, getActivity, updateActivity } from './activities'
import { listChanges } from './changes'
import { saveOrganization } from './organization'
import { createProcessor } from './processors'
import { getUserName, onNamelessChange, saveUserName } from './user-name'
import { ValidationError } from './validation'

describe('the user name on change-log entries', () => {
  it('records every change with the name given, and later ones with a new name', async () => {
    const db = freshDb()
    expect(await saveUserName(db, '  Kari Nordmann ')).toBe('Kari Nordmann')
    expect(await getUserName(db)).toBe('Kari Nordmann')
    await saveOrganization(db, sampleOrganization(), T0)
    const a = await createActivity(db, sampleActivity({ id: 'a' }), T0)
    await createProcessor(db, sampleProcessor({ id: 'p' }), T0)
    await updateActivity(db, { ...(await getActivity(db, a))!, name: 'Endret' }, T1)
    await saveUserName(db, 'Ola Nordmann')
    await archiveActivity(db, a, T2)

    const log = await listChanges(db)
    expect(log.map((c) => `${c.table}/${c.action}/${c.by}`)).toEqual([
      'activities/archive/Ola Nordmann',
      'activities/update/Kari Nordmann',
      'processors/create/Kari Nordmann',
      'activities/create/Kari Nordmann',
      'organization/create/Kari Nordmann',
    ])
    expect((await listChanges(db, { table: 'activities', recordId: a }))[0]!.by).toBe('Ola Nordmann')
    // The CSV of the audit pack: «endret av» is the last column of every line.
    const csv = changesToCsv(await listChanges(db)).trim().split('\r\n')
    expect(csv[0]!.endsWith(';endret av')).toBe(true)
    expect(csv.slice(1).every((line) => /;(Kari|Ola) Nordmann$/.test(line))).toBe(true)
    expect(csv.at(-1)).toMatch(/;Endret;arkivert;status;utkast;arkivert;Ola Nordmann$/)
  })

  it('knows the name again when the database is opened anew (the next start of the app)', async () => {
    const name = `ombud-test-${newId()}`
    const first = createDb(name)
    await saveUserName(first, 'Kari Nordmann')
    first.close()
    const again = createDb(name)
    await createActivity(again, sampleActivity({ id: 'a' }), T0)
    expect((await listChanges(again))[0]!.by).toBe('Kari Nordmann')
  })

  it('records no name until one is given, and tells who listens each time', async () => {
    const db = freshDb()
    let nameless = 0
    const stop = onNamelessChange(db, () => (nameless += 1))
    await createActivity(db, sampleActivity({ id: 'a' }), T0)
    expect((await listChanges(db))[0]!.by).toBe('')
    expect(nameless).toBe(1)
    await saveUserName(db, 'Kari Nordmann')
    await createActivity(db, sampleActivity({ id: 'b' }), T0)
    expect(nameless).toBe(1)
    await saveUserName(db, '   ')
    expect(await getUserName(db)).toBe('')
    stop()
    await createActivity(db, sampleActivity({ id: 'c' }), T0)
    expect(nameless).toBe(1)
    expect((await listChanges(db)).map((c) => c.by)).toEqual(['', 'Kari Nordmann', ''])
  })

  it('refuses a name longer than the log keeps', async () => {
    const db = freshDb()
    await expect(saveUserName(db, 'x'.repeat(501))).rejects.toBeInstanceOf(ValidationError)
    expect(await getUserName(db)).toBe('')
  })

  it('records who opened a workbench file, and keeps the names of the file', async () => {
    const source = freshDb()
    await saveUserName(source, 'Kari Nordmann')
    await createActivity(source, sampleActivity({ id: 'a' }), T0)
    const wb = await exportWorkbench(source, T1)

    const db = freshDb()
    await saveUserName(db, 'Ola Nordmann')
    await importParsedWorkbench(db, wb, new Map(), { file: 'kopi.ombud.json', at: T2 })
    expect((await listChanges(db)).map((c) => `${c.action}/${c.by}`)).toEqual([
      'open/Ola Nordmann',
      'create/Kari Nordmann',
    ])
    // The name is this machine's, not the workbench's: it is not in the file.
    expect(JSON.stringify(await exportWorkbench(db, T2))).not.toContain('userName')
  })
})
