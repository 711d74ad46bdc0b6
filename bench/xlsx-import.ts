/**
 * Benchmark of the Excel import's limits: `npx tsx bench/xlsx-import.ts [seconds per case, default 120]`.
 * Each case runs parseRopaXlsx in a process of its own, so that its memory is its own:
 * - Ombud's own export of 5,000 activities (must import);
 * - the bombs: a sheet of 2 million rows (about 19 MB packed), and 300 MB of shared
 *   strings in a 3.5 MB file, each also with every entry's size understated in the zip's
 *   directory, so that only counting what inflates finds it;
 * - files of a few hundred bytes that exceljs would expand to billions of cells (a merged
 *   range, a data validation, a defined name, a column range).
 * Prints, per case, the time to the answer, the peak resident memory above what the process
 * held before parsing (and the peak itself), and the answer: the number of rows read or the
 * first error. A case still running after the time limit is stopped and shown as such.
 */
import { spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { expandingXlsx, manyRowsXlsx, sharedStringsXlsx } from '../shared/files/test-bombs'
import { syntheticWorkbench } from '../shared/policy/test-workbench'
import { exportRopaXlsx } from '../shared/ropa/xlsx-export'
import { parseRopaXlsx, type RopaImportExisting } from '../shared/ropa/xlsx-import'

const NOW = '2026-11-23T12:00:00.000Z'
const EXPORT_CASE = 'ombud-export-5000'

interface CaseResult {
  /** Wall-clock time; on a loaded machine much longer than the CPU time. */
  ms: number
  /** CPU time of the process (user and system), which load disturbs less. */
  cpuMs: number
  peakAboveStartMb: number
  peakMb: number
  answer: string
}

const mb = (kb: number) => Math.round(kb / 1024)

/** In the child: parse one file and print the result as JSON. */
async function runCase(file: string, name: string): Promise<void> {
  const existing: RopaImportExisting =
    name === EXPORT_CASE
      ? (({ processors, transfers }) => ({ activities: [], processors, transfers }))(
          syntheticWorkbench(5_000, 300),
        )
      : { activities: [], processors: [], transfers: [] }
  const bytes = new Uint8Array(readFileSync(file))
  globalThis.gc?.()
  const startKb = process.resourceUsage().maxRSS
  const cpuBefore = process.cpuUsage()
  const started = performance.now()
  const result = await parseRopaXlsx(bytes, existing, { now: NOW })
  const ms = Math.round(performance.now() - started)
  const cpu = process.cpuUsage(cpuBefore)
  const peakKb = process.resourceUsage().maxRSS
  const answer =
    result.errors.length > 0
      ? `refused: ${result.errors[0]!.message}`
      : `read ${result.rows.length} rows`
  const out: CaseResult = {
    ms,
    cpuMs: Math.round((cpu.user + cpu.system) / 1000),
    peakAboveStartMb: mb(peakKb - startKb),
    peakMb: mb(peakKb),
    answer,
  }
  process.stdout.write(JSON.stringify(out))
}

/** CPU time of a process so far (user and system), in ms; 0 when it is gone. */
function cpuOf(pid: number): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ')
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100
  } catch {
    return 0
  }
}

/** Peak resident memory of a process so far (VmHWM), in kB; 0 when it is gone. */
function peakOf(pid: number): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8')
    return Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0)
  } catch {
    return 0
  }
}

function runChild(file: string, name: string, limitSeconds: number): Promise<CaseResult> {
  return new Promise((resolve) => {
    const started = performance.now()
    // Node itself with tsx's loader (not the tsx command, which runs the script in a process
    // of its own): the process measured and stopped is the one doing the work.
    const child = spawn(process.execPath, ['--import', 'tsx', __filename, '--case', file, name], {
      cwd: join(__dirname, '..'),
      stdio: ['ignore', 'pipe', 'inherit'],
    })
    let out = ''
    let peakKb = 0
    let cpuMs = 0
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()))
    const poll = setInterval(() => {
      peakKb = Math.max(peakKb, peakOf(child.pid!))
      cpuMs = Math.max(cpuMs, cpuOf(child.pid!))
    }, 100)
    const timer = setTimeout(() => child.kill('SIGKILL'), limitSeconds * 1000)
    child.on('exit', () => {
      clearInterval(poll)
      clearTimeout(timer)
      if (out !== '') resolve(JSON.parse(out) as CaseResult)
      else {
        resolve({
          ms: Math.round(performance.now() - started),
          cpuMs: Math.round(cpuMs),
          peakAboveStartMb: NaN,
          peakMb: mb(peakKb),
          answer: `no answer: stopped after ${limitSeconds} s`,
        })
      }
    })
  })
}

async function main(): Promise<void> {
  const limitSeconds = Number(process.argv[2] ?? 120)
  const dir = mkdtempSync(join(tmpdir(), 'ombud-bench-xlsx-'))
  try {
    const files: Array<[string, () => Uint8Array | Promise<Uint8Array>]> = [
      [EXPORT_CASE, () => exportRopaXlsx(syntheticWorkbench(5_000, 300), { now: NOW })],
      ['2-million-rows', () => manyRowsXlsx()],
      ['2-million-rows, sizes understated', () => manyRowsXlsx(2_000_000, { understate: true })],
      ['300-MB-shared-strings', () => sharedStringsXlsx()],
      [
        '300-MB-shared-strings, sizes understated',
        () => sharedStringsXlsx(300, { understate: true }),
      ],
      ['merged-range', () => expandingXlsx('merge')],
      ['data-validation', () => expandingXlsx('validation')],
      ['defined-name', () => expandingXlsx('defined-name')],
      ['column-range', () => expandingXlsx('columns')],
    ]
    const results: Record<string, CaseResult & { fileMb: number }> = {}
    for (const [name, build] of files) {
      const bytes = await build()
      const file = join(dir, `${name.replace(/[^a-z0-9-]/gi, '_')}.xlsx`)
      writeFileSync(file, bytes)
      const result = await runChild(file, name, limitSeconds)
      results[name] = { fileMb: Math.round((bytes.length / 1024 / 1024) * 10) / 10, ...result }
      process.stdout.write(`${name}: ${JSON.stringify(results[name])}\n`)
    }
    process.stdout.write(`${JSON.stringify(results, null, 2)}\n`)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

if (process.argv[2] === '--case') void runCase(process.argv[3]!, process.argv[4]!)
else void main()
