import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import fixtureText from '../../../tests/fixtures/workbench-v2.ombud.json?raw'
import {
  parseWorkbench,
  WORKBENCH_VERSION,
  readWorkbench,
  serializeWorkbench,
  WorkbenchError,
  type Workbench,
} from '../../../shared/model'
import {
  archiveActivity,
  createActivity,
  duplicateActivity,
  getActivity,
  markActivityReviewed,
  updateActivity,
} from './repo/activities'
import { saveClause } from './repo/clauses'
import { saveOrganization } from './repo/organization'
import { savePolicyVersion } from './repo/policy-versions'
import { createProcessor } from './repo/processors'
import { archiveTransfer, saveTransfer } from './repo/transfers'
import type { OmbudDb } from './schema'
import {
  freshDb,
  sampleActivity,
  sampleClause,
  sampleOrganization,
  samplePolicyVersion,
  sampleProcessor,
  sampleTransfer,
  T0,
  T1,
  T2,
} from './test-support'
import { sampleWorkbench } from '../../../resources/sample-company'
import { sampleRegisters } from '../../../resources/sample-registers'
import { isPlainJsonWorkbench } from '../../../shared/files/workbench-container'
import {
  clearDatabase,
  exportWorkbench,
  exportWorkbenchFile,
  importParsedWorkbench,
  importWorkbench,
  isDatabaseEmpty,
  loadWorkbench,
} from './workbench-io'

const EXPORTED_AT = '2026-04-01T08:00:00.000Z'

/** A fresh, mutable copy of the fixture. */
function fixture(): Workbench {
  return JSON.parse(fixtureText) as Workbench
}

function text(doc: unknown): string {
  return JSON.stringify(doc, null, 2)
}

/** A database with something in it, made through the repositories, unlike the fixture. */
async function populatedDb(): Promise<OmbudDb> {
  const db = freshDb()
  await saveOrganization(db, sampleOrganization({ name: 'Eksisterende AS' }), T0)
  const p = await createProcessor(db, sampleProcessor({ id: 'p-existing' }), T0)
  const t = await saveTransfer(db, sampleTransfer({ id: 't-existing', processorId: p }), T0)
  const a = await createActivity(
    db,
    sampleActivity({ id: 'a-existing', processorIds: [p], transferIds: [t] }),
    T0,
  )
  await saveClause(db, sampleClause({ id: 'c-existing', linkedActivityIds: [a] }), T0)
  await savePolicyVersion(db, samplePolicyVersion({ id: 'v-existing' }), T0)
  await db.settings.put({ key: 'table-layout', value: { activities: ['name', 'owner'] } })
  return db
}

/** Asserts that importing `input` fails with a WorkbenchError and leaves `db` exactly as it was. */
async function expectRejectedUntouched(
  db: OmbudDb,
  input: string | Uint8Array,
): Promise<WorkbenchError> {
  const before = await exportWorkbench(db, EXPORTED_AT)
  const error: unknown = await importWorkbench(db, input).then(
    () => new Error('expected the import to fail'),
    (e: unknown) => e,
  )
  expect(error).toBeInstanceOf(WorkbenchError)
  expect(await exportWorkbench(db, EXPORTED_AT)).toEqual(before)
  expect(await db.settings.get('table-layout')).toBeDefined()
  return error as WorkbenchError
}

describe('workbench file with registers and attachments', () => {
  it('saves the sample registers with their attached files as one container and opens it into another database unchanged', async () => {
    const now = '2026-05-04T10:00:00.000Z'
    const wb = sampleWorkbench(now)
    const regs = await sampleRegisters(wb, now)
    const full: Workbench = {
      ...wb,
      dpias: regs.dpias,
      breaches: regs.breaches,
      requests: regs.requests,
      routines: regs.routines,
      attachments: regs.attachments.map((a) => a.meta),
    }
    const source = freshDb()
    await loadWorkbench(source, full, new Map(regs.attachments.map((a) => [a.meta.sha256, a.bytes])))
    const file = await exportWorkbenchFile(source, EXPORTED_AT)
    expect(isPlainJsonWorkbench(file)).toBe(false)

    const target = freshDb()
    const counts = await importWorkbench(target, file)
    expect(counts).toMatchObject({ dpias: 2, breaches: 3, requests: 5, routines: 2, attachments: 2 })
    expect(await exportWorkbench(target, EXPORTED_AT)).toEqual(await exportWorkbench(source, EXPORTED_AT))
    for (const a of regs.attachments) {
      expect([...(await target.attachmentBytes.get(a.meta.sha256))!.data]).toEqual([...a.bytes])
    }
    // Saved again, it is the same file.
    expect([...(await exportWorkbenchFile(target, EXPORTED_AT))]).toEqual([...file])
  })

  it('leaves the database untouched when a container is damaged', async () => {
    const now = '2026-05-04T10:00:00.000Z'
    const wb = sampleWorkbench(now)
    const regs = await sampleRegisters(wb, now)
    const source = freshDb()
    await loadWorkbench(source, { ...wb, attachments: regs.attachments.map((a) => a.meta) }, new Map(regs.attachments.map((a) => [a.meta.sha256, a.bytes])))
    const file = await exportWorkbenchFile(source, EXPORTED_AT)
    const damaged = new Uint8Array(file)
    damaged[file.length - 200] = damaged[file.length - 200]! ^ 0xff
    const target = await populatedDb()
    const before = await exportWorkbench(target, EXPORTED_AT)
    await expect(importWorkbench(target, damaged)).rejects.toBeInstanceOf(WorkbenchError)
    expect(await exportWorkbench(target, EXPORTED_AT)).toEqual(before)
  })
})

describe('workbench round trip', () => {
  it('imports the version 2 fixture into an empty database and exports it back unchanged', async () => {
    const db = freshDb()
    expect(await importWorkbench(db, fixtureText)).toEqual({
      organization: true,
      activities: 7,
      processors: 2,
      transfers: 2,
      sources: 2,
      clauses: 2,
      policyVersions: 1,
      changes: 5,
      dpias: 0,
      breaches: 0,
      requests: 0,
      routines: 0,
      attachments: 0,
    })
    const exported = await exportWorkbench(db, EXPORTED_AT)
    const original = parseWorkbench(fixtureText)
    expect(exported.exportedAt).toBe(EXPORTED_AT)
    expect({ ...exported, exportedAt: original.exportedAt }).toEqual(original)
    // Byte for byte, too: the file a user saves again is the file they opened.
    expect(serializeWorkbench({ ...exported, exportedAt: original.exportedAt })).toBe(fixtureText)
  })

  it('keeps the change log as it is, gaps in the sequence included, and continues after it', async () => {
    const db = freshDb()
    await importWorkbench(db, fixtureText)
    expect((await db.changes.toArray()).map((c) => c.seq)).toEqual([1, 2, 3, 7, 9])
    await markActivityReviewed(db, 'act-01', '2026-04-01', T2)
    const last = await db.changes.orderBy('seq').last()
    expect(last!.seq).toBeGreaterThan(9)
    expect(last).toMatchObject({ recordId: 'act-01', action: 'update' })
  })

  it('renumbers a change log whose numbers run out of range, so later edits and saves still work', async () => {
    const doc = fixture()
    // 2^53 − 1: the largest number JSON and the store can count exactly. Before the bound,
    // the next edit stored 2^53 (a file Ombud refused) and the one after failed with ConstraintError.
    doc.changes[doc.changes.length - 1]!.seq = Number.MAX_SAFE_INTEGER
    doc.changes[0]!.seq = Number.MAX_SAFE_INTEGER - 5
    const db = freshDb()
    await importWorkbench(db, text(doc))
    const stored = await db.changes.orderBy('seq').toArray()
    // Numbers in range are kept; those past it follow on, in their order.
    expect(stored.map((c) => c.seq)).toEqual([2, 3, 7, 8, 9])
    expect(stored.map((c) => c.at)).toEqual(
      [...doc.changes].sort((a, b) => a.seq - b.seq).map((c) => c.at),
    )
    await markActivityReviewed(db, 'act-01', '2026-04-01', T2)
    await markActivityReviewed(db, 'act-01', '2026-04-02', T2)
    const again = serializeWorkbench(await exportWorkbench(db, EXPORTED_AT))
    expect(parseWorkbench(again).changes.map((c) => c.seq)).toEqual([2, 3, 7, 8, 9, 10, 11])
  })

  it('opening a file in the app adds an entry saying the log before was replaced', async () => {
    const db = await populatedDb()
    const before = await db.changes.count()
    await importParsedWorkbench(db, await readWorkbench(fixtureText), new Map(), {
      file: 'Lyngheim 2026-04-01.ombud.json',
      at: T2,
    })
    const last = await db.changes.orderBy('seq').last()
    expect(last).toMatchObject({
      table: 'organization',
      action: 'open',
      at: T2,
      before: null,
      after: { file: 'Lyngheim 2026-04-01.ombud.json', replacedEntries: before },
    })
    expect(await db.changes.count()).toBe(6)
    // The log with its new entry is a valid workbench.
    expect(parseWorkbench(serializeWorkbench(await exportWorkbench(db))).changes).toHaveLength(6)
  })

  it('accepts the file as bytes, with a byte-order mark', async () => {
    const db = freshDb()
    const bytes = new TextEncoder().encode(`\uFEFF${fixtureText}`)
    expect((await importWorkbench(db, bytes)).activities).toBe(7)
    expect(await getActivity(db, 'act-02')).toMatchObject({ name: 'Nyhetsbrev' })
  })

  it('replaces what was in the database and leaves the settings alone', async () => {
    const db = await populatedDb()
    await importWorkbench(db, fixtureText)
    const exported = await exportWorkbench(db, EXPORTED_AT)
    expect(exported.organization!.name).toBe('Lyngheim Sykkel og Sport AS')
    expect(exported.activities.map((a) => a.id)).toEqual(['act-01', 'act-02', 'act-03', 'act-04', 'act-05', 'act-06', 'act-07'])
    expect(await getActivity(db, 'a-existing')).toBeUndefined()
    expect(exported.changes).toHaveLength(5)
    expect(await db.settings.get('table-layout')).toEqual({
      key: 'table-layout',
      value: { activities: ['name', 'owner'] },
    })
  })

  it('round-trips what the repositories write, history included', async () => {
    const db = await populatedDb()
    const copy = await duplicateActivity(db, 'a-existing', T1)
    await archiveActivity(db, copy, T1)
    await updateActivity(db, { ...(await getActivity(db, 'a-existing'))!, transferIds: [] }, T1)
    await archiveTransfer(db, 't-existing', T2)
    const first = await exportWorkbench(db, EXPORTED_AT)
    const fileText = serializeWorkbench(first)

    const other = freshDb()
    await importWorkbench(other, fileText)
    const second = await exportWorkbench(other, EXPORTED_AT)
    expect(second).toEqual(first)
    expect(serializeWorkbench(second)).toBe(fileText)
    expect(second.changes.map((c) => c.action)).toEqual([
      'create',
      'create',
      'create',
      'create',
      'create',
      'create',
      'create',
      'archive',
      'update',
      'archive',
    ])
  })

  it('exports records sorted by id and the change log by sequence, whatever the order of writing', async () => {
    const db = freshDb()
    for (const id of ['p-c', 'p-a', 'P-Z', 'p-b'])
      await createProcessor(db, sampleProcessor({ id }), T0)
    const wb = await exportWorkbench(db, EXPORTED_AT)
    // Code-unit order: upper case before lower case, the same on every machine.
    expect(wb.processors.map((p) => p.id)).toEqual(['P-Z', 'p-a', 'p-b', 'p-c'])
    expect(wb.changes.map((c) => c.seq)).toEqual([1, 2, 3, 4])
    expect(serializeWorkbench(await exportWorkbench(db, EXPORTED_AT))).toBe(serializeWorkbench(wb))
  })

  it('exports an empty database as a valid, empty workbench', async () => {
    const wb = await exportWorkbench(freshDb(), EXPORTED_AT)
    expect(wb).toMatchObject({
      format: 'ombud-workbench',
      version: WORKBENCH_VERSION,
      organization: null,
      activities: [],
      changes: [],
    })
    expect(parseWorkbench(serializeWorkbench(wb))).toEqual(wb)
  })
})

describe('import is all or nothing', () => {
  it('leaves the database unchanged when the write fails midway', async () => {
    const db = await populatedDb()
    const before = await exportWorkbench(db, EXPORTED_AT)
    // The change log is written last: by then every other table has been cleared and refilled.
    let written = 0
    const failOnThird = () => {
      written++
      if (written === 3) throw new Error('Disken er full')
    }
    db.changes.hook('creating', failOnThird)
    await expect(importWorkbench(db, fixtureText)).rejects.toThrow('Disken er full')
    db.changes.hook('creating').unsubscribe(failOnThird)

    expect(written).toBe(3)
    expect(await exportWorkbench(db, EXPORTED_AT)).toEqual(before)
    // And the same file imports once the fault is gone.
    expect((await importWorkbench(db, fixtureText)).changes).toBe(5)
  })

  it('leaves the database unchanged when loading the sample fails midway', async () => {
    const db = await populatedDb()
    const before = await exportWorkbench(db, EXPORTED_AT)
    const fail = () => {
      throw new Error('Lagringsplassen er brukt opp')
    }
    db.policyVersions.hook('creating', fail)
    await expect(loadWorkbench(db, fixture())).rejects.toThrow('Lagringsplassen er brukt opp')
    db.policyVersions.hook('creating').unsubscribe(fail)
    expect(await exportWorkbench(db, EXPORTED_AT)).toEqual(before)
  })
})

describe('bad files leave the database untouched, with a Norwegian message', () => {
  it('not JSON', async () => {
    const error = await expectRejectedUntouched(
      await populatedDb(),
      'Dette er et Word-dokument, ikke en arbeidsbok.',
    )
    expect(error.message).toBe(
      'Filen er ikke gyldig JSON. Den kan være avkortet eller skadet, eller det er ikke en Ombud-arbeidsbok.',
    )
  })

  it('an empty file', async () => {
    const error = await expectRejectedUntouched(await populatedDb(), '  \n')
    expect(error.message).toBe('Filen er tom.')
  })

  it('a truncated file (a valid file cut in half)', async () => {
    const half = fixtureText.slice(0, Math.floor(fixtureText.length / 2))
    const error = await expectRejectedUntouched(await populatedDb(), half)
    expect(error.message).toContain('ikke gyldig JSON')
    expect(error.message).toContain('avkortet')
  })

  it('the wrong format', async () => {
    const db = await populatedDb()
    const other = await expectRejectedUntouched(db, text({ ...fixture(), format: 'annet-program' }))
    expect(other.message).toBe(
      'Filen er ikke en Ombud-arbeidsbok (feltet «format» må være «ombud-workbench»).',
    )
    const array = await expectRejectedUntouched(db, '[1, 2, 3]')
    expect(array.message).toBe('Filen er ikke en Ombud-arbeidsbok (forventet et JSON-objekt).')
  })

  it('an unknown (future) version', async () => {
    const error = await expectRejectedUntouched(
      await populatedDb(),
      text({ ...fixture(), version: 3 }),
    )
    expect(error.message).toContain('formatversjon 3')
    expect(error.message).toContain('til og med versjon 2')
    expect(error.message).toContain('Oppdater Ombud')
  })

  it('a missing field', async () => {
    const doc = fixture()
    delete (doc.activities[0] as Partial<Workbench['activities'][number]>).name
    const error = await expectRejectedUntouched(await populatedDb(), text(doc))
    expect(error.message).toBe('Behandlingsaktivitet nr. 1, feltet «navn»: mangler.')
  })

  it('a mistyped field names the record and the field', async () => {
    const doc = fixture()
    ;(doc.activities[1]!.dataCategories[0] as unknown as Record<string, unknown>).generated = 'nei'
    const error = await expectRejectedUntouched(await populatedDb(), text(doc))
    expect(error.message).toContain('Behandlingsaktivitet nr. 2')
    expect(error.message).toContain('«Nyhetsbrev»')
    expect(error.message).toContain('«kategorier av personopplysninger › nr. 1 › skapt av virksomheten selv»')
    expect(error.message).toContain('har feil type (forventet ja/nei)')
  })

  it('a 50 MB string', async () => {
    const doc = fixture()
    doc.activities[0]!.description = 'x'.repeat(50 * 1024 * 1024)
    const error = await expectRejectedUntouched(await populatedDb(), text(doc))
    expect(error.message).toMatch(
      /^Feltet «activities\[0\]\.description» inneholder en tekst på 52\s428\s800 tegn/,
    )
    expect(error.message).toContain('høyst 100\u00a0000 er tillatt')
  })

  it('a __proto__ key (JSON.parse makes it an own property)', async () => {
    const db = await populatedDb()
    const polluted = fixtureText.replace(
      '"id": "act-01",',
      '"__proto__": { "isAdmin": true },\n      "id": "act-01",',
    )
    expect(polluted).not.toBe(fixtureText)
    const error = await expectRejectedUntouched(db, polluted)
    expect(error.message).toBe(
      'Filen inneholder den ulovlige nøkkelen «__proto__» (i «activities[0]»).',
    )
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined()
    const atRoot = `{ "constructor": { "prototype": {} }, ${fixtureText.trimStart().slice(1)}`
    expect((await expectRejectedUntouched(db, atRoot)).message).toContain('«constructor»')
  })

  it('duplicate ids', async () => {
    const doc = fixture()
    doc.processors.push({ ...doc.processors[0]!, name: 'Dobbeltgjenger AS' })
    const error = await expectRejectedUntouched(await populatedDb(), text(doc))
    expect(error.message).toBe('Databehandlere: id «proc-01» forekommer mer enn én gang.')
  })

  it('an activity linking a processor that does not exist', async () => {
    const doc = fixture()
    doc.activities[0]!.processorIds = ['proc-01', 'proc-99']
    const error = await expectRejectedUntouched(await populatedDb(), text(doc))
    expect(error.message).toBe(
      'Behandlingsaktivitet «Kundeavtaler og netthandel»: databehandleren med id «proc-99» finnes ikke.',
    )
  })

  it('an activity linking a transfer that does not exist', async () => {
    const doc = fixture()
    doc.activities[1]!.transferIds = ['tr-77']
    const error = await expectRejectedUntouched(await populatedDb(), text(doc))
    expect(error.message).toBe(
      'Behandlingsaktivitet «Nyhetsbrev»: overføringen med id «tr-77» finnes ikke.',
    )
  })

  it('a transfer linking a processor that does not exist', async () => {
    const doc = fixture()
    doc.transfers[0]!.processorId = 'proc-42'
    const error = await expectRejectedUntouched(await populatedDb(), text(doc))
    expect(error.message).toBe(
      'Overføring til «Postbud Mail Inc.»: databehandleren med id «proc-42» finnes ikke.',
    )
  })

  it('a clause linking an activity that does not exist', async () => {
    const doc = fixture()
    doc.clauses[1]!.linkedActivityIds = ['act-02', 'act-13']
    const error = await expectRejectedUntouched(await populatedDb(), text(doc))
    expect(error.message).toBe(
      'Avsnitt «Nyhetsbrev»: behandlingsaktiviteten med id «act-13» finnes ikke.',
    )
  })

  it('an organisation number with a wrong check digit', async () => {
    const doc = fixture()
    doc.organization!.orgNumber = '915000003'
    const error = await expectRejectedUntouched(await populatedDb(), text(doc))
    expect(error.message).toBe(
      'Virksomheten, feltet «organisasjonsnummer»: må ha ni siffer og gyldig kontrollsiffer (modulus 11).',
    )
  })

  it('many problems at once: the message names the first three, `problems` lists all', async () => {
    const doc = fixture()
    for (const a of doc.activities) (a as unknown as Record<string, unknown>).status = 'ferdig'
    const error = await expectRejectedUntouched(await populatedDb(), text(doc))
    expect(error.problems).toHaveLength(7)
    expect(error.message).toContain('(og 4 andre feil)')
    expect(error.problems[3]).toContain(
      'Behandlingsaktivitet nr. 4 («Rekruttering»), feltet «status»: har en ugyldig verdi',
    )
  })
})

describe('loadWorkbench (the sample company)', () => {
  it('loads a workbench object into the database, replacing what was there', async () => {
    const db = await populatedDb()
    const counts = await loadWorkbench(db, fixture())
    expect(counts.activities).toBe(7)
    const exported = await exportWorkbench(db, EXPORTED_AT)
    expect({ ...exported, exportedAt: fixture().exportedAt }).toEqual(parseWorkbench(fixtureText))
  })

  it('validates the object like a file and writes nothing when it is wrong', async () => {
    const db = await populatedDb()
    const before = await exportWorkbench(db, EXPORTED_AT)
    const broken = fixture()
    broken.transfers[1]!.country = 'india'
    await expect(loadWorkbench(db, broken)).rejects.toThrow(
      'Overføring nr. 2 («Kortsupport Ltd»), feltet «land»',
    )
    const dangling = fixture()
    dangling.clauses[0]!.linkedActivityIds = ['nope']
    await expect(loadWorkbench(db, dangling)).rejects.toThrow(WorkbenchError)
    expect(await exportWorkbench(db, EXPORTED_AT)).toEqual(before)
  })
})

describe('isDatabaseEmpty and clearDatabase', () => {
  it('reports a fresh database as empty, and one with any record or history as not', async () => {
    const db = freshDb()
    expect(await isDatabaseEmpty(db)).toBe(true)
    await db.settings.put({ key: 'x', value: 1 })
    expect(await isDatabaseEmpty(db)).toBe(true)
    await createProcessor(db, sampleProcessor(), T0)
    expect(await isDatabaseEmpty(db)).toBe(false)
    await db.processors.clear()
    // The change log alone is history worth keeping.
    expect(await isDatabaseEmpty(db)).toBe(false)
  })

  it('clears every record and the change log, logs nothing, and keeps the settings', async () => {
    const db = await populatedDb()
    await clearDatabase(db)
    expect(await isDatabaseEmpty(db)).toBe(true)
    expect(await db.changes.count()).toBe(0)
    expect(await db.settings.count()).toBe(1)
    const wb = await exportWorkbench(db, EXPORTED_AT)
    expect(wb).toMatchObject({
      organization: null,
      activities: [],
      processors: [],
      transfers: [],
      clauses: [],
      policyVersions: [],
      changes: [],
    })
  })
})
