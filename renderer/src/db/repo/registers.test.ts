import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import { onePagePdf } from '../../../../resources/sample-registers'
import type { Breach } from '../../../../shared/model/breach'
import type { DpiaScreening } from '../../../../shared/model/dpia-screening'
import type { DataSubjectRequest } from '../../../../shared/model/data-subject-request'
import { freshDb, sampleActivity, sampleProcessor, T0, T1, T2 } from '../test-support'
import { createActivity } from './activities'
import { addAttachment, deleteAttachment, getAttachmentBytes, listAttachments } from './attachments'
import { deleteBreach, saveBreach } from './breaches'
import { listChanges } from './changes'
import { createDpia, getDpia, listDpiaVersions, reviseDpiaSeries, saveDpiaDraft, signOffDpia } from './dpias'
import { createProcessor } from './processors'
import { saveRequest } from './requests'
import { saveRoutine } from './routines'
import { getScreening, saveScreening } from './screenings'
import { expectValidationError } from './test-expect'

function breachEntry(over: Partial<Breach> = {}): Breach {
  return {
    id: '',
    title: 'Faktura til feil kunde',
    description: 'En faktura ble sendt til feil e-postadresse.',
    types: ['confidentiality'],
    activityIds: [],
    processorIds: [],
    occurredAt: null,
    discoveredAt: '2026-03-28T09:00:00.000Z',
    containedAt: null,
    subjectCategories: ['Kunder'],
    subjectCount: 1,
    dataCategories: ['Navn'],
    recordCount: 1,
    consequences: '',
    measuresTaken: '',
    measuresPlanned: '',
    risk: null,
    riskAssessment: '',
    notification: { decision: null, reportedAt: null, reference: '', delayReason: '', notRequiredReason: '' },
    subjects: { decision: null, informedOn: null, how: '', notInformedReason: null, reasonDetail: '' },
    createdAt: T0,
    updatedAt: T0,
    ...over,
  }
}

function requestEntry(over: Partial<DataSubjectRequest> = {}): DataSubjectRequest {
  return {
    id: '',
    reference: 'Sak 2026/41',
    type: 'access',
    receivedOn: '2026-01-31',
    identityVerified: true,
    activityIds: [],
    extension: null,
    status: 'received',
    answeredOn: null,
    createdAt: T0,
    updatedAt: T0,
    ...over,
  }
}

const screening: DpiaScreening = { art35Cases: [], listItems: [], criteria: ['large-scale', 'evaluation-scoring'], notes: '', screenedOn: '2026-01-05', screenedBy: 'Kari Nordmann, personvernombud' }

describe('the register repositories', () => {
  it('stores a screening per activity with date and who screened it, logged; refuses an unknown activity', async () => {
    const db = freshDb()
    const a = await createActivity(db, sampleActivity(), T0)
    await saveScreening(db, a, { ...screening, criteria: [...screening.criteria] }, T1)
    expect(await getScreening(db, a)).toMatchObject({ id: a, screenedBy: 'Kari Nordmann, personvernombud', createdAt: T1 })
    const log = await listChanges(db, { table: 'screenings', recordId: a, limit: 5 })
    expect(log.map((c) => c.action)).toEqual(['create'])
    const error = await expectValidationError(saveScreening(db, 'finnes-ikke', { ...screening, criteria: [] }, T1))
    expect(error.issues[0]!.message).toBe('Behandlingsaktiviteten med id «finnes-ikke» finnes ikke.')
    const bad = await expectValidationError(saveScreening(db, a, { ...screening, criteria: ['large-scale', 'large-scale'] }, T2))
    expect(bad.issues[0]!.field).toBe('criteria')
  })

  it('keeps a breach and logs it; a bad link is refused and nothing is written', async () => {
    const db = freshDb()
    const id = await saveBreach(db, breachEntry(), T1)
    expect((await db.breaches.get(id))!.createdAt).toBe(T1)
    await saveBreach(db, { ...(await db.breaches.get(id))!, risk: 'unlikely' }, T2)
    expect((await listChanges(db, { table: 'breaches', recordId: id, limit: 5 })).map((c) => c.action)).toEqual(['update', 'create'])
    const error = await expectValidationError(saveBreach(db, breachEntry({ processorIds: ['nope'] }), T1))
    expect(error.issues[0]).toEqual({ field: 'processorIds', message: 'Databehandleren med id «nope» finnes ikke.' })
    expect(await db.breaches.count()).toBe(1)
    await deleteBreach(db, id, T2)
    expect(await db.breaches.count()).toBe(0)
  })

  it('keeps a request with a reference only; the schema refuses unknown fields such as a name', async () => {
    const db = freshDb()
    const id = await saveRequest(db, requestEntry(), T1)
    expect(await db.requests.get(id)).toMatchObject({ reference: 'Sak 2026/41' })
    const error = await expectValidationError(saveRequest(db, { ...requestEntry(), name: 'Ola Nordmann' } as DataSubjectRequest, T1))
    expect(error.issues[0]!.message).toContain('ukjente felt: «name»')
  })

  it('freezes a signed-off DPIA: saving it is refused, a revision is version 2 of the same series', async () => {
    const db = freshDb()
    const a = await createActivity(db, sampleActivity(), T0)
    const id = await createDpia(db, { title: 'DPIA kundeavtaler', activityIds: [a] }, T0)
    const draft = (await getDpia(db, id))!
    await saveDpiaDraft(db, { ...draft, title: 'DPIA kundeavtaler og netthandel' }, T1)
    const sign = await expectValidationError(signOffDpia(db, id, 'Daglig leder', '2026-02-10', T1))
    expect(sign.issues[0]!.message).toContain('art. 35 nr. 7 bokstav a')
    // Fill in what sign-off needs and sign.
    const filled = complete((await getDpia(db, id))!)
    await saveDpiaDraft(db, filled, T1)
    const signed = await signOffDpia(db, id, 'Daglig leder', '2026-02-10', T2)
    expect(signed).toMatchObject({ status: 'signed-off', signOff: { by: 'Daglig leder', on: '2026-02-10' } })
    const frozen = await expectValidationError(saveDpiaDraft(db, { ...signed, title: 'Endret' }, T2))
    expect(frozen.issues[0]!.message).toBe('Versjon 1 er godkjent og kan ikke endres. Start en ny versjon for å gjøre endringer.')
    const v2 = await reviseDpiaSeries(db, id, T2)
    const versions = await listDpiaVersions(db, id)
    expect(versions.map((v) => [v.version, v.status])).toEqual([
      [1, 'signed-off'],
      [2, 'draft'],
    ])
    expect(versions[1]!.id).toBe(v2)
    expect(versions[1]!.signOff).toBeNull()
    const again = await expectValidationError(reviseDpiaSeries(db, id, T2))
    expect(again.issues[0]!.message).toBe('Versjon 2 er under arbeid. Gjør den ferdig før du starter en ny.')
  })

  it('attaches a PDF to a processor, stores its bytes once, refuses a file that is not what its name says', async () => {
    const db = freshDb()
    const p = await createProcessor(db, sampleProcessor(), T0)
    const pdf = onePagePdf('Databehandleravtale', ['Signert'])
    const input = { owner: { table: 'processors' as const, recordId: p }, purpose: 'signed-agreement' as const, title: 'Signert avtale', fileName: 'avtale.pdf', addedBy: 'Kari' }
    const id = await addAttachment(db, input, pdf, T1)
    const second = await addAttachment(db, { ...input, title: 'Kopi' }, pdf, T1)
    const listed = await listAttachments(db, { table: 'processors', recordId: p })
    expect(listed.map((a) => a.title).sort()).toEqual(['Kopi', 'Signert avtale'])
    expect(listed[0]).toMatchObject({ mediaType: 'application/pdf', size: pdf.byteLength })
    expect(await db.attachmentBytes.count()).toBe(1)
    expect([...(await getAttachmentBytes(db, listed[0]!.sha256))!]).toEqual([...pdf])

    const fake = await expectValidationError(addAttachment(db, { ...input, fileName: 'avtale.docx' }, pdf, T1))
    expect(fake.issues[0]!.message).toBe('«avtale.docx» er ikke et Word-dokument: innholdet stemmer ikke med filtypen.')
    const exe = await expectValidationError(addAttachment(db, { ...input, fileName: 'setup.exe' }, pdf, T1))
    expect(exe.issues[0]!.message).toBe('«setup.exe» kan ikke legges ved. Ombud tar imot PDF, Word (.docx), Excel (.xlsx) og bilder (PNG og JPEG).')
    const orphan = await expectValidationError(addAttachment(db, { ...input, owner: { table: 'processors', recordId: 'nope' } }, pdf, T1))
    expect(orphan.issues[0]!.message).toBe('Fant ikke databehandleren med id «nope».')

    await deleteAttachment(db, id, T2)
    expect(await db.attachmentBytes.count()).toBe(1)
    await deleteAttachment(db, second, T2)
    expect(await db.attachmentBytes.count()).toBe(0)
    expect((await listChanges(db, { table: 'attachments', limit: 10 })).map((c) => c.action)).toEqual(['delete', 'delete', 'create', 'create'])
  })

  it('does not let a routine lose the file that is the routine', async () => {
    const db = freshDb()
    const pdf = onePagePdf('Rutine', ['Slik gjør vi det'])
    const att = await addAttachment(db, { owner: { table: 'organization', recordId: null }, purpose: 'routine', title: 'Rutine for sletting', fileName: 'sletting.pdf', addedBy: '' }, pdf, T1)
    await saveRoutine(db, { id: '', kind: 'deletion', title: 'Sletting', content: { form: 'attachment', attachmentId: att }, owner: 'IT', lastReviewed: '2026-01-05', createdAt: T1, updatedAt: T1 }, T1)
    const error = await expectValidationError(deleteAttachment(db, att, T2))
    expect(error.issues[0]!.message).toContain('Vedlegget er selve rutinen «Sletting».')
    const missing = await expectValidationError(
      saveRoutine(db, { id: '', kind: 'breaches', title: 'Avvik', content: { form: 'attachment', attachmentId: 'nope' }, owner: '', lastReviewed: null, createdAt: T1, updatedAt: T1 }, T1),
    )
    expect(missing.issues[0]!.message).toBe('Vedlegget med id «nope» finnes ikke.')
  })
})

function complete(d: Awaited<ReturnType<typeof getDpia>> & object) {
  const text = { nb: 'Vurdert.', nn: 'Vurdert.' }
  const risk = { ...d.risks.access, likelihood: 2 as const, severity: 2 as const, residual: { likelihood: 1 as const, severity: 2 as const } }
  return {
    ...d,
    description: { nature: text, scope: text, context: text, purposes: text },
    necessity: Object.fromEntries(Object.keys(d.necessity).map((k) => [k, text])) as typeof d.necessity,
    risks: { access: risk, change: risk, loss: risk },
    dpoAdvice: { givenOn: '2026-02-01', by: 'Kari', advice: text, followed: 'yes' as const, reason: { nb: '', nn: '' } },
    subjectViews: { sought: false, summary: text },
    decision: { outcome: 'proceed' as const, reasoning: text },
  }
}
