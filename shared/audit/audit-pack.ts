/**
 * The audit pack (tilsynspakke): the documents Datatilsynet asks for in an audit, made from
 * one workbench in one go, as one ZIP file with a folder per part, numbered in the order a
 * reader takes them. A cover letter (følgebrev) comes first, with the organisation, the
 * DPO, the date and every document with its version or date; then the protokoll (art. 30),
 * the processors with copies of their agreements (art. 28), the transfers with the SCCs
 * and TIAs (arts. 44–49), the DPIAs (art. 35), the breach log (art. 33(5)), the request
 * log in figures (arts. 12, 15–22), the published privacy policy (arts. 13–14), the
 * routines (art. 24), and on request the internal readiness report and the change log.
 *
 * The DPO chooses the parts (audit-pack-parts.ts). The readiness report is out by default:
 * it is the company's own to-do list, not documentation the law asks for.
 *
 * Pure: plain data in (the workbench's records and the attachments' bytes), files out; the
 * caller writes them (the CLI atomically, the app through the platform). It runs in Node,
 * in Electron and in a Web Worker, and reports its progress through `onProgress`.
 */
import { transfersInUse } from '../model/transfer'
import {
  checkReadiness,
  readinessScore,
  type PolicyStatus,
  type RecordFinding,
  type ReadinessScores,
} from '../checks/readiness'
import { readinessReport, reportToText } from '../checks/readiness-report'
import { fileNameProblem } from '../ipc'
import type { Attachment } from '../model/attachment'
import type { Breach } from '../model/breach'
import type { ChangeEntry } from '../model/change'
import type { Clause, PolicyVersion } from '../model/clause'
import type { Lang } from '../model/common'
import type { DataSubjectRequest } from '../model/data-subject-request'
import type { Dpia } from '../model/dpia'
import type { Routine } from '../model/routine'
import { newestPublished, versionDoc } from '../policy/dates'
import { policyToDocx } from '../policy/docx'
import { formatLongDate } from '../policy/format'
import { changesToCsv } from '../ropa/changes-csv'
import { exportRopaDocx } from '../ropa/protokoll-docx'
import { selectActivities, type RopaSource } from '../ropa/ropa-data'
import { exportBreachesXlsx, exportProcessorsXlsx, exportRopaXlsx, exportTransfersXlsx } from '../ropa/xlsx-export'
import { crc32 } from '../registers/png'
import { osloDate } from '../registers/oslo-time'
import { containerParts, concatBytes } from '../files/workbench-container'
import { policyStatus } from './policy-status'
import { readinessReportDocx } from './report-docx'
import { coverLetterDocx, requestSummaryDocx, routineDocx } from './pack-documents'
import { dpiaDocx, newestDpiaVersions } from '../registers/dpia-export'
import { AUDIT_PACK_PART_INFO, AUDIT_PACK_PARTS, defaultAuditPackChoice, type AuditPackChoice, type AuditPackPart } from './audit-pack-parts'
import { truncateBytes, UNSAFE_FILE_NAME_CHARS } from '../file-names'

/** The parts of a workbench the pack reads. A `Workbench` fits; absent registers count as empty. */
export interface AuditPackSource extends RopaSource {
  clauses: readonly Clause[]
  policyVersions: readonly PolicyVersion[]
  changes: readonly ChangeEntry[]
  dpias?: readonly Dpia[]
  breaches?: readonly Breach[]
  requests?: readonly DataSubjectRequest[]
  routines?: readonly Routine[]
  attachments?: readonly Attachment[]
}

/** Reports progress: `done` of `total` steps, and what is being made now. */
export type AuditPackProgress = (done: number, total: number, label: string) => void

export interface AuditPackOptions {
  /** The day of the pack, `YYYY-MM-DD`: in the folder name, and the day the checks count from. */
  today: string
  /** The moment of the pack (ISO 8601), shown in the exported documents. */
  now: string
  /** The policy analysis, when the caller already has it; computed from the workbench otherwise. */
  policy?: PolicyStatus
  /** The parts to include; a part not named takes its default (all but the readiness report). */
  parts?: Partial<AuditPackChoice>
  /** List activities in draft in the protokoll, marked «Utkast». Off by default, as in the exports. */
  includeDrafts?: boolean
  /** The attachments' bytes by SHA-256, for the copies of agreements, SCCs, TIAs and routines. */
  attachmentBytes?: ReadonlyMap<string, Uint8Array>
  onProgress?: AuditPackProgress
}

export interface AuditPackFile {
  /** Path inside the pack's folder, e.g. «01 Protokoll/Protokoll.docx»; «/» between folders. */
  path: string
  /** Bytes, or text written as UTF-8. */
  data: Uint8Array | string
  /** What the file is, in Norwegian, as the cover letter lists it. */
  description: string
  /** Its version or the date it speaks of, as the cover letter lists it. */
  version: string
}

export interface AuditPack {
  /** «Tilsynspakke <virksomhet> <ÅÅÅÅ-MM-DD>», safe as a folder name on every system. */
  folderName: string
  /** The ZIP file's name: the folder name and «.zip». */
  zipName: string
  /** «00 Følgebrev.docx» first, then the parts' files in numbered folders. */
  files: AuditPackFile[]
  /** The parts in the pack. */
  parts: AuditPackPart[]
  /** Documents the pack should hold but cannot, in Norwegian (also in the cover letter). */
  missing: string[]
  /** Remarks on the contents, in Norwegian (also in the cover letter). */
  notes: string[]
  findings: RecordFinding[]
  scores: ReadinessScores
}

/** Room for «Tilsynspakke » and the date within the common 255-byte limit, even in «å»s. */
const MAX_COMPANY_BYTES = 180

/** A company name made safe inside a file or folder name: forbidden characters become «-». */
export function safeNamePart(text: string, maxBytes = MAX_COMPANY_BYTES): string {
  const cleaned = text.replace(UNSAFE_FILE_NAME_CHARS, '-').replace(/\s+/g, ' ').trim()
  return truncateBytes(cleaned, maxBytes)
    .replace(/^[.\s-]+/, '')
    .replace(/[.\s]+$/, '')
}

/** «Tilsynspakke Eksempel Energi AS 2026-11-23»; without a company name «Tilsynspakke 2026-11-23». */
export function auditPackFolderName(company: string | null | undefined, today: string): string {
  const part = safeNamePart(company ?? '')
  return part === '' ? `Tilsynspakke ${today}` : `Tilsynspakke ${part} ${today}`
}

const LANG_NAMES: Record<Lang, string> = { nb: 'bokmål', nn: 'nynorsk' }

/** The newest published version in each language: latest publication date, then latest saved. */
export function publishedPolicies(versions: readonly PolicyVersion[]): PolicyVersion[] {
  return (['nb', 'nn'] as const).flatMap((lang) => {
    const v = newestPublished(versions, lang)
    return v ? [v] : []
  })
}

function count(n: number, one: string, many: string): string {
  return `${n.toLocaleString('nb-NO')} ${n === 1 ? one : many}`
}

/** Text files use CRLF and a byte order mark, so Notepad on an older Windows shows «æøå» too. */
function windowsText(text: string): string {
  return `\ufeff${text.replace(/\r?\n/g, '\r\n')}`
}


function longDate(day: string): string {
  return formatLongDate(day, 'nb')
}

function latest(instants: readonly string[]): string | null {
  let max: string | null = null
  for (const i of instants) if (max === null || i > max) max = i
  return max
}

/** A file name made of a prefix and an attached file's own name, its extension kept. */
function copyName(prefix: string, fileName: string): string {
  const ext = /\.[A-Za-z0-9]{1,5}$/.exec(fileName)?.[0] ?? ''
  const base = safeNamePart(fileName.slice(0, fileName.length - ext.length), 120)
  const head = safeNamePart(prefix, 100)
  const name = [head, base].filter((p) => p !== '').join(' – ')
  return `${name === '' ? 'Vedlegg' : name}${ext.toLowerCase()}`
}

/** Paths made unique within the pack (case-insensitively, as Windows and macOS compare): «x (2).pdf». */
class PathSet {
  private readonly seen = new Set<string>()
  unique(folder: string, name: string): string {
    const ext = /\.[A-Za-z0-9]{1,5}$/.exec(name)?.[0] ?? ''
    const base = name.slice(0, name.length - ext.length)
    for (let n = 1; ; n++) {
      const candidate = `${folder}/${n === 1 ? name : `${base} (${String(n)})${ext}`}`
      const key = candidate.normalize('NFC').toLowerCase()
      if (!this.seen.has(key)) {
        this.seen.add(key)
        return candidate
      }
    }
  }
}

interface Step {
  part: AuditPackPart
  /** The files of the part, with paths relative to its folder. */
  make: () => Promise<Array<Omit<AuditPackFile, 'path'> & { name: string }>>
}

/** What goes into the pack: the defaults, with the caller's choices over them. */
export function resolveParts(parts: Partial<AuditPackChoice> | undefined): AuditPackPart[] {
  const choice = { ...defaultAuditPackChoice(), ...parts }
  return AUDIT_PACK_PARTS.filter((p) => choice[p])
}

/**
 * Builds the audit pack of a workbench. Archived activities are left out of the protokoll,
 * as in the ordinary exports, and so are drafts unless `includeDrafts`; the change log
 * holds every change. The readiness checks run with the policy analysis (`opts.policy`,
 * else computed), like the dashboard's.
 *
 * When no policy version is published, the pack holds no policy: it is listed as missing
 * in the cover letter, rather than replaced by a draft that was never shown to anyone.
 * Each DPIA is there in its newest version, signed off or not (the document says which).
 * Each attached file is copied as it is; one whose bytes are not in `attachmentBytes` is
 * named in the notes instead.
 *
 * @throws RangeError when `opts.today` is not a date or `opts.now` not a moment.
 */
export async function buildAuditPack(src: AuditPackSource, opts: AuditPackOptions): Promise<AuditPack> {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(opts.today))
    throw new RangeError(`today må være en dato på formen ÅÅÅÅ-MM-DD, fikk «${opts.today}»`)
  const org = src.organization
  const company = org?.name ?? ''
  const parts = resolveParts(opts.parts)
  const chosen = new Set(parts)
  const policy = opts.policy ?? policyStatus(src)
  const findings = checkReadiness(src, { today: opts.today, policy })
  const scores = readinessScore(findings, src)
  const attachments = src.attachments ?? []
  const bytesOf = opts.attachmentBytes ?? new Map<string, Uint8Array>()
  const ropaOpts = { now: opts.now, includeDrafts: opts.includeDrafts === true }
  const perToday = `Per ${longDate(opts.today)}`

  const missing: string[] = []
  const notes: string[] = []
  const controller = selectActivities(src, 'controller', ropaOpts)
  const processorRole = selectActivities(src, 'processor', ropaOpts)
  if (chosen.has('protokoll')) {
    if (org === null) {
      missing.push(
        'Virksomheten er ikke registrert, så protokollen mangler navn og kontaktopplysninger til den behandlingsansvarlige (artikkel 30 nr. 1 bokstav a).',
      )
    }
    if (controller.length + processorRole.length === 0) missing.push('Protokollen har ingen behandlingsaktiviteter.')
  }
  const policies = publishedPolicies(src.policyVersions)
  if (chosen.has('erklaering') && policies.length === 0) {
    missing.push(
      'Personvernerklæring: ingen versjon er publisert i Ombud. Publiser den gjeldende personvernerklæringen (under Personvernerklæring) og lag tilsynspakken på nytt.',
    )
  }

  /** Copies of the attached files of `owner`, as files of a subfolder, named after their record. */
  const copies = (
    sub: string,
    owned: ReadonlyArray<{ attachment: Attachment; prefix: string; version: string }>,
  ): Array<Omit<AuditPackFile, 'path'> & { name: string }> =>
    owned.flatMap(({ attachment: a, prefix, version }) => {
      const data = bytesOf.get(a.sha256)
      if (!data) {
        notes.push(`Vedlegget «${a.title}» (${a.fileName}) er ikke med: filen finnes ikke i arbeidsboken.`)
        return []
      }
      return [{ name: `${sub}/${copyName(prefix, a.fileName)}`, data, description: `${a.title}, kopi av vedlagt fil`, version: version || `Lagt ved ${longDate(osloDate(a.createdAt))}` }]
    })
  const attachedTo = (table: Attachment['owner']['table'], recordId: string) =>
    attachments.filter((a) => a.owner.table === table && a.owner.recordId === recordId)

  const steps: Step[] = []
  if (chosen.has('protokoll')) {
    const lastChange = latest([...controller, ...processorRole].map((a) => a.updatedAt))
    const version = lastChange ? `${perToday}; sist endret ${longDate(osloDate(lastChange))}` : perToday
    steps.push({
      part: 'protokoll',
      make: async () => [
        {
          name: 'Protokoll.docx',
          description: `Protokoll over behandlingsaktiviteter etter artikkel 30 nr. 1 og 2 (${count(controller.length, 'behandlingsaktivitet', 'behandlingsaktiviteter')} som behandlingsansvarlig, ${count(processorRole.length, 'behandlingsaktivitet', 'behandlingsaktiviteter')} som databehandler), Word`,
          version,
          data: await exportRopaDocx(src, ropaOpts),
        },
        {
          name: 'Protokoll.xlsx',
          description: 'Protokollen i Datatilsynets kolonneoppsett, Excel',
          version,
          data: await exportRopaXlsx(src, ropaOpts),
        },
      ],
    })
  }
  if (chosen.has('databehandlere')) {
    const active = src.processors.filter((p) => p.status === 'active')
    steps.push({
      part: 'databehandlere',
      make: async () => [
        {
          name: 'Databehandlere.xlsx',
          description: `Databehandlere med status for databehandleravtalene etter artikkel 28 (${count(active.length, 'databehandler', 'databehandlere')}), Excel`,
          version: perToday,
          data: await exportProcessorsXlsx(src, { now: opts.now }),
        },
        ...copies(
          'Databehandleravtaler',
          active.flatMap((p) =>
            attachedTo('processors', p.id).map((a) => ({
              attachment: a,
              prefix: p.name,
              version: a.purpose === 'signed-agreement' && p.agreement.signedOn ? `Signert ${longDate(p.agreement.signedOn)}` : '',
            })),
          ),
        ),
      ],
    })
  }
  if (chosen.has('overforinger')) {
    const inUse = transfersInUse(src.transfers)
    steps.push({
      part: 'overforinger',
      make: async () => [
        {
          name: 'Overføringer til tredjeland.xlsx',
          description: `Overføringer til land utenfor EØS med overføringsgrunnlag etter artikkel 44–49 (${count(inUse.length, 'overføring', 'overføringer')}), Excel`,
          version: perToday,
          data: await exportTransfersXlsx(src, { now: opts.now }),
        },
        ...copies(
          'Standardavtaler og vurderinger',
          inUse.flatMap((t) =>
            attachedTo('transfers', t.id).map((a) => ({
              attachment: a,
              prefix: t.recipient,
              version: a.purpose === 'tia' && t.tiaDate ? `Vurdert ${longDate(t.tiaDate)}` : '',
            })),
          ),
        ),
      ],
    })
  }
  if (chosen.has('dpia')) {
    const newest = newestDpiaVersions(src.dpias ?? [])
    if (newest.length === 0) notes.push('Ingen vurderinger av personvernkonsekvenser (DPIA) er registrert i Ombud.')
    steps.push({
      part: 'dpia',
      make: async () => {
        const files: Array<Omit<AuditPackFile, 'path'> & { name: string }> = []
        for (const d of newest) {
          files.push({
            name: `${safeNamePart(d.title, 150) || 'DPIA'} versjon ${String(d.version)}.docx`,
            description: `Vurdering av personvernkonsekvenser etter artikkel 35: ${d.title}, Word`,
            version: d.signOff
              ? `Versjon ${String(d.version)}, godkjent ${longDate(d.signOff.on)}`
              : `Versjon ${String(d.version)}, utkast sist endret ${longDate(osloDate(d.updatedAt))}`,
            data: await dpiaDocx(d, src, src.dpias ?? []),
          })
          files.push(...copies('Vedlegg', attachedTo('dpias', d.id).map((a) => ({ attachment: a, prefix: d.title, version: '' }))))
        }
        return files
      },
    })
  }
  if (chosen.has('avvikslogg')) {
    const breaches = src.breaches ?? []
    steps.push({
      part: 'avvikslogg',
      make: async () => [
        {
          name: 'Avvikslogg.xlsx',
          description: `Avvikslogg etter artikkel 33 nr. 5: alle brudd på personopplysningssikkerheten, meldt eller ikke (${count(breaches.length, 'brudd', 'brudd')}), Excel`,
          version: perToday,
          data: await exportBreachesXlsx(breaches, src, { now: opts.now }),
        },
        ...copies(
          'Vedlegg',
          breaches.flatMap((b) => attachedTo('breaches', b.id).map((a) => ({ attachment: a, prefix: b.title, version: '' }))),
        ),
      ],
    })
  }
  if (chosen.has('krav')) {
    const requests = src.requests ?? []
    steps.push({
      part: 'krav',
      make: () =>
        Promise.resolve([
          {
            name: 'Oppsummering av kravloggen.docx',
            description: `Krav fra de registrerte etter artikkel 15–22 i tall (${count(requests.length, 'krav', 'krav')}): antall per type og fristene som er holdt, uten personopplysninger, Word`,
            version: perToday,
            data: requestSummaryDocx(requests, org, opts.today),
          },
        ]),
    })
  }
  if (chosen.has('erklaering') && policies.length > 0) {
    steps.push({
      part: 'erklaering',
      make: async () => {
        const files: Array<Omit<AuditPackFile, 'path'> & { name: string }> = []
        for (const version of policies) {
          files.push({
            name: `Personvernerklæring ${LANG_NAMES[version.lang]}.docx`,
            description: `Gjeldende personvernerklæring på ${LANG_NAMES[version.lang]}, Word`,
            version: version.publishedOn ? `Publisert ${longDate(version.publishedOn)}` : 'Publisert',
            data: await policyToDocx(versionDoc(version)),
          })
        }
        return files
      },
    })
  }
  if (chosen.has('rutiner')) {
    const routines = src.routines ?? []
    if (routines.length === 0) notes.push('Ingen rutiner er registrert i Ombud.')
    steps.push({
      part: 'rutiner',
      make: () => {
        const files: Array<Omit<AuditPackFile, 'path'> & { name: string }> = []
        for (const r of routines) {
          const version = r.lastReviewed ? `Sist gjennomgått ${longDate(r.lastReviewed)}` : 'Ikke gjennomgått'
          if (r.content.form === 'text') {
            files.push({
              name: `${safeNamePart(r.title, 150) || 'Rutine'}.docx`,
              description: `${r.title}, Word`,
              version,
              data: routineDocx({ ...r, content: r.content }, org),
            })
          } else {
            const id = r.content.attachmentId
            const a = attachments.find((x) => x.id === id)
            if (!a) notes.push(`Rutinen «${r.title}» er ikke med: det vedlagte dokumentet finnes ikke i arbeidsboken.`)
            else files.push(...copies('', [{ attachment: a, prefix: r.title, version }]).map((f) => ({ ...f, description: `${r.title}, vedlagt fil` })))
          }
        }
        return Promise.resolve(files)
      },
    })
  }
  if (chosen.has('kontrollrapport')) {
    steps.push({
      part: 'kontrollrapport',
      make: async () => {
        const report = readinessReport(findings, scores, org, opts.today, missing)
        return [
          {
            name: 'Kontrollrapport.docx',
            description: 'Kontroll av om protokollen er klar for tilsyn: funn per område og hva som bør rettes, Word',
            version: perToday,
            data: readinessReportDocx(report, { company }),
          },
          { name: 'Kontrollrapport.txt', description: 'Den samme kontrollrapporten som ren tekst', version: perToday, data: windowsText(reportToText(report)) },
        ]
      },
    })
  }
  if (chosen.has('endringslogg')) {
    if (src.changes.length === 0) notes.push('Endringsloggen er tom: arbeidsboken har ingen registrerte endringer.')
    const last = latest(src.changes.map((c) => c.at))
    steps.push({
      part: 'endringslogg',
      make: () =>
        Promise.resolve([
          {
            name: 'Endringslogg.csv',
            description: `Endringsloggen, én linje per endret felt (${count(src.changes.length, 'endring', 'endringer')}), semikolonseparert UTF-8 som åpnes i Excel`,
            version: last ? `${perToday}; siste endring ${longDate(osloDate(last))}` : perToday,
            data: changesToCsv(src.changes, src),
          },
        ]),
    })
  }

  const total = steps.length + 1
  const files: AuditPackFile[] = []
  const paths = new PathSet()
  const included: AuditPackPart[] = []
  const progress = opts.onProgress ?? (() => undefined)
  for (const [i, step] of steps.entries()) {
    progress(i, total, AUDIT_PACK_PART_INFO[step.part].label)
    const made = await step.make()
    if (made.length === 0) continue
    included.push(step.part)
    const folder = `${String(included.length).padStart(2, '0')} ${AUDIT_PACK_PART_INFO[step.part].folder}`
    for (const f of made) {
      const slash = f.name.lastIndexOf('/')
      const sub = slash > 0 ? `${folder}/${f.name.slice(0, slash)}` : folder
      files.push({ path: paths.unique(sub, f.name.slice(slash + 1)), data: f.data, description: f.description, version: f.version })
    }
  }
  progress(steps.length, total, 'Følgebrev')
  const cover: AuditPackFile = {
    path: '00 Følgebrev.docx',
    description: 'Følgebrev med innholdet i pakken og versjonen av hvert dokument, Word',
    version: `Datert ${longDate(opts.today)}`,
    data: coverLetterDocx({
      organization: org,
      today: opts.today,
      entries: files.map((f) => {
        const slash = f.path.indexOf('/')
        return { folder: f.path.slice(0, slash), file: f.path.slice(slash + 1), description: f.description, version: f.version }
      }),
      missing,
      notes,
    }),
  }
  const all = [cover, ...files]
  const folderName = auditPackFolderName(company, opts.today)
  for (const name of [folderName, ...all.flatMap((f) => f.path.split('/'))]) {
    const problem = fileNameProblem(name)
    // The names are made here from safe parts; a problem is a bug, not the user's doing.
    if (problem !== null) throw new Error(`Ugyldig navn i tilsynspakken «${name}»: ${problem}`)
  }
  progress(total, total, 'Ferdig')
  return { folderName, zipName: `${folderName}.zip`, files: all, parts: included, missing, notes, findings, scores }
}

/**
 * The pack as one ZIP file: a folder named after the pack, holding the cover letter and the
 * numbered folders. Entries are stored, not compressed (Word, Excel, PDF and images are
 * compressed already), dated the day of the pack, with UTF-8 names.
 */
export function auditPackZip(pack: Pick<AuditPack, 'folderName' | 'files'>, today: string): Uint8Array {
  const encoder = new TextEncoder()
  const entries = pack.files.map((f) => {
    const data = typeof f.data === 'string' ? encoder.encode(f.data) : f.data
    return { name: `${pack.folderName}/${f.path}`, size: data.byteLength, crc32: crc32(data), data }
  })
  return concatBytes(containerParts(entries, { date: today }))
}
