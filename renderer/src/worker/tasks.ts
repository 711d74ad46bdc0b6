/**
 * The heavy tasks that run in the Web Worker (heavy.worker.ts), by kind: what each takes,
 * what it gives back, and the body that runs it. The bodies only call shared/ (pure code);
 * the writers and readers are loaded when a task first needs them, so a worker that reads
 * a workbench never loads the Word and Excel writers.
 *
 * Everything that crosses to and from the worker is structured-cloned: plain data, Maps
 * and Uint8Arrays only (no functions, no class instances).
 */
import type { AuditPackSource } from '../../../shared/audit/audit-pack'
import type { AuditPackChoice } from '../../../shared/audit/audit-pack-parts'
import type { PolicyImport } from '../../../shared/audit/import-policy'
import type { WorkbenchFileContents } from '../../../shared/files/workbench-container'
import type { ActivityStatus } from '../../../shared/model'
import type { RopaSource } from '../../../shared/ropa/ropa-data'
import type { RopaImportExisting, RopaImportResult } from '../../../shared/ropa/xlsx-import'

/** Each kind of task: its input and its output. */
export interface TaskMap {
  /** The audit pack of a whole workbench (shared/audit/audit-pack.ts). */
  'audit-pack': {
    input: {
      workbench: AuditPackSource
      today: string
      now: string
      parts?: Partial<AuditPackChoice>
      includeDrafts?: boolean
      /** The attachments' bytes by SHA-256. */
      attachmentBytes?: Map<string, Uint8Array>
    }
    /** The pack as one ZIP file, and what it holds (for the list shown after saving). */
    output: {
      zipName: string
      zip: Uint8Array
      files: Array<{ path: string; description: string }>
      missing: string[]
    }
  }
  /** The protokoll as .docx (shared/ropa/protokoll-docx.ts). */
  'protokoll-docx': {
    input: { source: RopaSource; now: string; includeDrafts: boolean }
    output: Uint8Array
  }
  /** The protokoll as .xlsx in Datatilsynet's layout (shared/ropa/xlsx-export.ts). */
  'protokoll-xlsx': {
    input: { source: RopaSource; now: string; includeDrafts: boolean }
    output: Uint8Array
  }
  /** An Excel protokoll read against the database's records (shared/ropa/xlsx-import.ts). */
  'excel-import': {
    input: { bytes: Uint8Array; existing: RopaImportExisting; now?: string; defaultStatus?: ActivityStatus }
    output: RopaImportResult
  }
  /** An existing privacy policy read and checked (shared/audit/import-policy.ts). */
  'policy-import': {
    input: { name: string; bytes: Uint8Array }
    output: PolicyImport
  }
  /** A workbench file read and checked completely (shared/files/workbench-container.ts). */
  'workbench-open': {
    input: { bytes: Uint8Array }
    output: WorkbenchFileContents
  }
}

export type TaskKind = keyof TaskMap
export type TaskInput<K extends TaskKind> = TaskMap[K]['input']
export type TaskOutput<K extends TaskKind> = TaskMap[K]['output']

export const TASK_KINDS = [
  'audit-pack',
  'protokoll-docx',
  'protokoll-xlsx',
  'excel-import',
  'policy-import',
  'workbench-open',
] as const satisfies readonly TaskKind[]

/** How far a task has come: `done` of `total` steps (total ≥ 1). */
export interface TaskProgress {
  done: number
  total: number
}

type Body<K extends TaskKind> = (
  input: TaskInput<K>,
  progress: (p: TaskProgress) => void,
) => Promise<TaskOutput<K>>

/** The body of each task. Runs in the worker (and in unit tests, in Node). */
export const TASK_BODIES: { [K in TaskKind]: Body<K> } = {
  'audit-pack': async ({ workbench, today, now, parts, includeDrafts, attachmentBytes }, progress) => {
    const { auditPackZip, buildAuditPack } = await import('../../../shared/audit/audit-pack')
    const pack = await buildAuditPack(workbench, {
      today,
      now,
      parts,
      includeDrafts,
      attachmentBytes,
      onProgress: (done, total) => progress({ done, total: Math.max(1, total) }),
    })
    return {
      zipName: pack.zipName,
      zip: auditPackZip(pack, today),
      files: pack.files.map(({ path, description }) => ({ path, description })),
      missing: pack.missing,
    }
  },
  'protokoll-docx': async ({ source, now, includeDrafts }) => {
    const { exportRopaDocx } = await import('../../../shared/ropa/protokoll-docx')
    return exportRopaDocx(source, { now, includeDrafts })
  },
  'protokoll-xlsx': async ({ source, now, includeDrafts }) => {
    const { exportRopaXlsx } = await import('../../../shared/ropa/xlsx-export')
    return exportRopaXlsx(source, { now, includeDrafts })
  },
  'excel-import': async ({ bytes, existing, now, defaultStatus }) => {
    const { parseRopaXlsx } = await import('../../../shared/ropa/xlsx-import')
    return parseRopaXlsx(bytes, existing, { now, defaultStatus })
  },
  'policy-import': async ({ name, bytes }) => {
    const { analysePolicyFile } = await import('../../../shared/audit/import-policy')
    return analysePolicyFile(name, bytes)
  },
  'workbench-open': async ({ bytes }) => {
    const { openWorkbenchFile } = await import('../../../shared/files/workbench-container')
    return openWorkbenchFile(bytes)
  },
}
