/**
 * Benchmark of the Word and Excel documents Ombud writes: `npx tsx bench/documents.ts [runs]`.
 * On the synthetic record of bench/lib (5,000 activities and 1,000 processors, the sample's
 * texts) it times, `runs` times each (default 1; the median is printed):
 * - the protokoll as .docx, with the options the CLI and the app use;
 * - the protokoll as .xlsx;
 * - the audit pack (every document of it);
 * - pandoc turning the same content, as Markdown (a heading and a two-column table per
 *   activity), into .docx, in the same run, and the ratio of the protokoll .docx to it.
 * Each is given as wall-clock time and as CPU time (this process's, plus pandoc's as a child
 * process, read from /proc on Linux): on a shared, loaded machine the wall-clock time mostly
 * measures the other work, and the CPU time is the figure to compare.
 * Prints the figures as JSON and writes them to bench/results/documents.json. Without pandoc
 * on the PATH the comparison is reported as not measurable.
 */
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { performance } from 'node:perf_hooks'
import { buildAuditPack } from '../shared/audit/audit-pack'
import type { Workbench } from '../shared/model/workbench'
import {
  controllerRows,
  exportRopaDocx,
  processorActivityRows,
  type FieldRow,
} from '../shared/ropa/protokoll-docx'
import { organizationFacts, selectActivities } from '../shared/ropa/ropa-data'
import { exportRopaXlsx } from '../shared/ropa/xlsx-export'
import { syntheticRecord } from './lib/synthetic-record'

const runs = Number(process.argv[2] ?? 1)
const TODAY = '2026-11-23'
const NOW = `${TODAY}T12:00:00.000Z`
const RESULTS = resolve(__dirname, 'results/documents.json')

/** CPU milliseconds of waited-for child processes (Linux /proc; 0 elsewhere). */
function childCpuMs(): number {
  try {
    // Fields after the command name: cutime and cstime are the 14th and 15th, in clock ticks (100 Hz).
    const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1]!.split(' ')
    return (Number(fields[13]) + Number(fields[14])) * 10
  } catch {
    return 0
  }
}

function cpuMs(): number {
  const { user, system } = process.cpuUsage()
  return (user + system) / 1000 + childCpuMs()
}

interface Timing {
  wallMs: number
  cpuMs: number
  bytes: number
}

async function median(fn: () => unknown): Promise<Timing> {
  const walls: number[] = []
  const cpus: number[] = []
  let bytes = 0
  for (let i = 0; i < runs; i++) {
    const started = performance.now()
    const cpu = cpuMs()
    const out = await fn()
    walls.push(performance.now() - started)
    cpus.push(cpuMs() - cpu)
    if (out instanceof Uint8Array) bytes = out.byteLength
  }
  const mid = (xs: number[]) => Math.round([...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!)
  return { wallMs: mid(walls), cpuMs: mid(cpus), bytes }
}

/** Markdown table cells hold one line: list items are joined, pipes escaped. */
function cell(content: FieldRow['content'], empty = 'Ikke angitt'): string {
  const text = content === null ? '' : typeof content === 'string' ? content : content.join('; ')
  const line = text.trim().replace(/\s*\n\s*/g, ' ').replace(/\|/g, '\\|')
  return line === '' ? `*${empty}*` : line
}

function markdownTable(rows: readonly FieldRow[]): string {
  const lines = ['| Opplysning | Innhold |', '|---|---|']
  for (const r of rows) lines.push(`| **${r.label}**${r.article ? ` (${r.article})` : ''} | ${cell(r.content, r.empty)} |`)
  return lines.join('\n')
}

/** The protokoll's content as Markdown: title, the controller, then a heading and a table per activity. */
function protokollMarkdown(wb: Workbench): string {
  const parts = [
    '# Protokoll over behandlingsaktiviteter',
    markdownTable(organizationFacts(wb.organization).map((f) => ({ label: f.label, content: f.value }))),
    '# Behandlingsaktiviteter som behandlingsansvarlig',
  ]
  for (const a of selectActivities(wb, 'controller')) parts.push(`## ${a.name}`, markdownTable(controllerRows(a, wb)))
  parts.push('# Behandlingsaktiviteter som databehandler')
  for (const a of selectActivities(wb, 'processor')) parts.push(`## ${a.name}`, markdownTable(processorActivityRows(a, wb)))
  return `${parts.join('\n\n')}\n`
}

function hasPandoc(): boolean {
  return spawnSync('pandoc', ['--version'], { stdio: 'ignore' }).status === 0
}

async function main(): Promise<void> {
  if (!Number.isInteger(runs) || runs < 1) throw new Error('bruk: npx tsx bench/documents.ts [runs ≥ 1]')
  const wb = syntheticRecord()
  const controller = selectActivities(wb, 'controller').length
  const processor = selectActivities(wb, 'processor').length

  const docx = await median(() => exportRopaDocx(wb, { now: NOW }))
  const xlsx = await median(() => exportRopaXlsx(wb, { now: NOW }))
  const pack = await median(() => buildAuditPack(wb, { today: TODAY, now: NOW }))

  let pandoc: Timing | { notMeasurable: string }
  if (hasPandoc()) {
    const dir = mkdtempSync(join(tmpdir(), 'ombud-bench-pandoc-'))
    try {
      const md = join(dir, 'protokoll.md')
      const out = join(dir, 'protokoll.docx')
      writeFileSync(md, protokollMarkdown(wb))
      pandoc = await median(() => {
        const run = spawnSync('pandoc', ['--from', 'markdown', '--to', 'docx', '-o', out, md], {
          stdio: 'inherit',
        })
        if (run.status !== 0) throw new Error(`pandoc avsluttet med kode ${run.status ?? run.signal}`)
      })
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  } else {
    pandoc = { notMeasurable: 'pandoc er ikke installert' }
  }

  const time = (t: Timing) => ({ wallMs: t.wallMs, cpuMs: t.cpuMs })
  const result = {
    bench: 'documents',
    runs,
    record: { activities: wb.activities.length, processors: wb.processors.length, inProtokoll: controller + processor },
    timings: {
      protokollDocx: time(docx),
      protokollXlsx: time(xlsx),
      auditPack: time(pack),
      pandocMarkdownToDocx: 'cpuMs' in pandoc ? time(pandoc) : pandoc,
    },
    // Well under 1 means Ombud writes the protokoll faster than pandoc converts the same content.
    docxToPandocRatio:
      'cpuMs' in pandoc
        ? {
            cpu: Math.round((docx.cpuMs / pandoc.cpuMs) * 100) / 100,
            wall: Math.round((docx.wallMs / pandoc.wallMs) * 100) / 100,
          }
        : null,
    sizesKb: { protokollDocx: Math.round(docx.bytes / 1024), protokollXlsx: Math.round(xlsx.bytes / 1024) },
    loadAverage: loadavg().map((x) => Math.round(x * 10) / 10),
    node: process.version,
  }
  mkdirSync(resolve(__dirname, 'results'), { recursive: true })
  writeFileSync(RESULTS, `${JSON.stringify(result, null, 2)}\n`)
  process.stdout.write(`${JSON.stringify(result, null, 2)}\n`)
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`)
  process.exitCode = 1
})
