/**
 * DPIAs (art. 35) and their versions. A signed-off version is frozen: every write is
 * checked by `editProblem` of shared/registers/dpia-versions.ts inside the transaction,
 * and a change after sign-off is a new version (`reviseDpiaSeries`). A series has at most
 * one draft.
 */
import { newId } from '../../../../shared/model'
import { dpia, type Dpia } from '../../../../shared/model/dpia'
import {
  editProblem,
  emptyDpia,
  reviseDpia,
  reviseProblem,
  seriesVersions,
  signOff,
  versionInForce,
} from '../../../../shared/registers/dpia-versions'
import type { OmbudDb } from '../schema'
import { deleteOwnedAttachments } from './attachments'
import { ValidationError } from './validation'
import { deleteRecord, missingIds, timestamp, writeRecord, type RecordSpec } from './write'

export const dpiaSpec: RecordSpec<Dpia> = {
  table: 'dpias',
  what: 'vurderingen',
  schema: dpia,
  store: (db) => db.dpias,
  linkTables: (db) => [db.activities],
  links: async (db, d) =>
    (await missingIds(db.activities, d.activityIds)).map((id) => ({ field: 'activityIds', message: `Behandlingsaktiviteten med id «${id}» finnes ikke.` })),
}

function refused(message: string, field = 'status'): ValidationError {
  return new ValidationError('vurderingen', [{ field, message }])
}

export function listDpias(db: OmbudDb): Promise<Dpia[]> {
  return db.dpias.toArray()
}

export function getDpia(db: OmbudDb, id: string): Promise<Dpia | undefined> {
  return db.dpias.get(id)
}

/**
 * Starts a new DPIA (version 1, a draft) of the given activities, with `content` (the
 * prefilled description and necessity, say) over an empty one. Returns its id.
 */
export async function createDpia(
  db: OmbudDb,
  opts: { title: string; activityIds: string[]; content?: Partial<Pick<Dpia, 'description' | 'necessity' | 'risks'>> },
  now: string = timestamp(),
): Promise<string> {
  const id = newId()
  const record = { ...emptyDpia({ id, seriesId: id, title: opts.title, activityIds: opts.activityIds, now }), ...opts.content }
  await writeRecord(db, dpiaSpec, id, now, () => ({ action: 'create', after: record }))
  return id
}

/** Saves a draft version. Refused for a signed-off version, or a change of its series or number. */
export async function saveDpiaDraft(db: OmbudDb, input: Dpia, now: string = timestamp()): Promise<Dpia> {
  const stored = await writeRecord(db, dpiaSpec, input.id, now, (before) => {
    if (before === undefined) throw refused(`Fant ikke vurderingen med id «${input.id}».`, 'id')
    const after = { ...input, createdAt: before.createdAt, updatedAt: now }
    const problem = editProblem(before, after)
    if (problem !== null) throw refused(problem)
    if (after.status === 'signed-off') throw refused('En vurdering godkjennes med «Godkjenn», ikke ved å lagre.')
    return { action: 'update', after, skipIfUnchanged: true }
  })
  return stored!
}

/**
 * Signs off a draft: it is frozen from now on. Throws ValidationError listing what is
 * missing (signOffProblems) when it cannot be signed off yet.
 */
export async function signOffDpia(db: OmbudDb, id: string, by: string, on: string, now: string = timestamp()): Promise<Dpia> {
  const stored = await writeRecord(db, dpiaSpec, id, now, (before) => {
    if (before === undefined) throw refused(`Fant ikke vurderingen med id «${id}».`, 'id')
    try {
      return { action: 'update', after: signOff(before, by, on, now) }
    } catch (error) {
      throw refused(error instanceof Error ? error.message : String(error), 'signOff')
    }
  })
  return stored!
}

/** Starts the next version of a series from its signed-off version in force; returns the new id. */
export async function reviseDpiaSeries(db: OmbudDb, seriesId: string, now: string = timestamp()): Promise<string> {
  const id = newId()
  await db.transaction('rw', [db.dpias, db.changes, db.activities], async () => {
    const all = await db.dpias.where('seriesId').equals(seriesId).toArray()
    const problem = reviseProblem(all, seriesId)
    if (problem !== null) throw refused(problem)
    const inForce = versionInForce(all, seriesId)
    if (inForce === null) throw refused('Vurderingen har ingen godkjent versjon å revidere.')
    const next = reviseDpia(inForce, { id, now })
    await writeRecord(db, dpiaSpec, id, now, () => ({ action: 'create', after: next }))
  })
  return id
}

/** The versions of a series, oldest first. */
export async function listDpiaVersions(db: OmbudDb, seriesId: string): Promise<Dpia[]> {
  return seriesVersions(await db.dpias.where('seriesId').equals(seriesId).toArray(), seriesId)
}

/** Deletes a draft version (a signed-off version is kept for good), with its attachments. */
export async function deleteDpiaDraft(db: OmbudDb, id: string, now: string = timestamp()): Promise<void> {
  await deleteRecord(db, dpiaSpec, id, now, [db.attachments, db.attachmentBytes], async () => {
    const d = await db.dpias.get(id)
    if (d?.status === 'signed-off') throw refused(`Versjon ${String(d.version)} er godkjent og kan ikke slettes.`)
    await deleteOwnedAttachments(db, 'dpias', id, now)
  })
}
