/**
 * Benchmark of the record UI in a real browser: `npx tsx bench/record-ui.ts`.
 * Needs the web build (`npm run build:web`). Serves out/web with vite's preview server on a
 * free port, drives Chromium (the same binary and flags as the e2e tests), opens a synthetic
 * workbench of 5,000 activities and 1,000 processors through the app's own «Åpne arbeidsbok …»
 * and measures, inside the page with performance.now():
 * - start: reload → first table rows rendered (and the frame after);
 * - search: keydown → the frame after the row count text changed, for 20 keystrokes;
 * - sort: click on a column header → the frame after the rows were re-rendered;
 * - editor: click on an activity's name → the frame after the editor is shown;
 * - save: click «Lagre» after an edit → the frame after the saved message;
 * - long tasks of the interface thread (Chromium's Long Tasks API) while the heavy work runs
 *   in its Web Worker: opening the workbench file (over 5 MB, so read in the worker), the
 *   audit pack (Tilsyn → «Lag tilsynspakke», every file downloaded) and the Excel export.
 *   For each: the task's time (runTask's performance measure, from the page's side, worker
 *   start-up included) and the longest long task and the number over 50 ms within it.
 * Prints the figures as JSON and writes them to bench/results/record-ui.json.
 *
 * It finds things by the labels a user sees (the search box, the table's name, the row
 * count «N av M behandlingsaktiviteter», header buttons, «Lagre»), so it keeps working while
 * the table and the editor grow. What it cannot find is reported as not measurable.
 */
import { existsSync } from 'node:fs'
import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { createServer } from 'node:net'
import { cpus, tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { chromium, type Locator, type Page } from '@playwright/test'
import { preview } from 'vite'
import { serializeWorkbench } from '../shared/model/workbench'
import { SEARCH_WORD, syntheticRecord } from './lib/synthetic-record'

const ROOT = resolve(__dirname, '..')
const WEB_INDEX = join(ROOT, 'out/web/index.html')
const RESULTS = join(ROOT, 'bench/results/record-ui.json')

const RELOADS = 7
const SORT_CLICKS = 10
const EDITOR_RUNS = 5
/** Longer than any interaction should take: what has not happened by then is reported as such. */
const STEP_TIMEOUT_MS = 20_000

// As playwright.config.mts: the browser to drive, and Chromium without the services that phone home.
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
]

function chromiumPath(): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', chromium.executablePath()]
  for (const candidate of candidates) if (candidate && existsSync(candidate)) return candidate
  throw new Error(
    'Fant ingen Chromium: installer med `apt-get install chromium` eller sett CHROMIUM_PATH',
  )
}

interface Stats {
  n: number
  medianMs: number
  p95Ms: number
  minMs: number
  maxMs: number
  samplesMs: number[]
}

type NotMeasurable = { notMeasurable: string }

function round(x: number): number {
  return Math.round(x * 10) / 10
}

function stats(samples: number[]): Stats {
  const s = [...samples].sort((a, b) => a - b)
  const at = (q: number) => s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)]!
  const mid = Math.floor(s.length / 2)
  const median = s.length % 2 === 1 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2
  return {
    n: s.length,
    medianMs: round(median),
    p95Ms: round(at(0.95)),
    minMs: round(s[0]!),
    maxMs: round(s[s.length - 1]!),
    samplesMs: samples.map(round),
  }
}

function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      const port = typeof address === 'object' && address ? address.port : 0
      server.close(() => resolvePort(port))
    })
  })
}

/** What `armMeasurement` waits for after the user's action. */
type Until =
  | { kind: 'count-changed' }
  | { kind: 'rows-changed' }
  | { kind: 'editor-shown' }
  | { kind: 'saved' }

/**
 * Runs in the page: the time from the next keydown or pointerdown to the frame after
 * `until` holds. The promise is left on `window.__ombudBench` for `collect`.
 */
function armMeasurement(args: { until: Until; timeoutMs: number; listTitle: string }): void {
  const { until, timeoutMs, listTitle } = args
  const countText = () =>
    [...document.querySelectorAll('main [role="status"]')]
      .map((el) => el.textContent ?? '')
      .find((text) => / av \d+ behandlingsaktiviteter$/.test(text))
  const tbody = () => document.querySelector(`table[aria-label="${listTitle}"] tbody`)
  const countBefore = countText()
  const w = window as unknown as Record<string, unknown>
  w.__ombudBench = new Promise<number | null>((done) => {
    let t0: number | null = null
    const start = () => {
      t0 ??= performance.now()
    }
    for (const type of ['keydown', 'pointerdown', 'mousedown']) {
      window.addEventListener(type, start, { capture: true, once: true })
    }
    const holds = (records: MutationRecord[]): boolean => {
      switch (until.kind) {
        case 'count-changed':
          return countText() !== countBefore
        case 'rows-changed': {
          const body = tbody()
          return (
            body !== null && records.some((r) => r.type === 'childList' && body.contains(r.target))
          )
        }
        case 'editor-shown': {
          const h1 = document.querySelector('main h1')
          const save = [...document.querySelectorAll('main button')].some(
            (b) => b.textContent?.trim() === 'Lagre',
          )
          return h1 !== null && h1.textContent !== listTitle && save
        }
        case 'saved':
          return [...document.querySelectorAll('main [role="status"]')].some((el) =>
            /^(Endringene er lagret\.|Utkastet er lagret\.)/.test(el.textContent ?? ''),
          )
      }
    }
    const timer = setTimeout(() => {
      observer.disconnect()
      done(null)
    }, timeoutMs)
    const observer = new MutationObserver((records) => {
      if (t0 === null || !holds(records)) return
      observer.disconnect()
      clearTimeout(timer)
      const began = t0
      // The frame that shows the change: after the next animation frame has been produced.
      requestAnimationFrame(() => setTimeout(() => done(performance.now() - began), 0))
    })
    observer.observe(document.body, { subtree: true, childList: true, characterData: true })
  })
}

async function measure(page: Page, until: Until, act: () => Promise<void>): Promise<number | null> {
  await page.evaluate(armMeasurement, { until, timeoutMs: STEP_TIMEOUT_MS, listTitle: LIST_TITLE })
  await act()
  return page.evaluate(
    () => (window as unknown as { __ombudBench: Promise<number | null> }).__ombudBench,
  )
}

const LIST_TITLE = 'Behandlingsaktiviteter'

/** Runs in the page from its first script on: when the first table rows appear after a (re)load. */
function watchFirstRows(listTitle: string): void {
  const w = window as unknown as Record<string, unknown>
  const selector = `table[aria-label="${listTitle}"] tbody tr td:nth-child(2)`
  const observer = new MutationObserver(() => {
    if (w.__firstRowsMs !== undefined || !document.querySelector(selector)) return
    w.__firstRowsMs = performance.now()
    observer.disconnect()
    requestAnimationFrame(() =>
      setTimeout(() => {
        w.__firstRowsFrameMs = performance.now()
      }, 0),
    )
  })
  observer.observe(document, { subtree: true, childList: true })
}

/** Runs in the page from its first script on: every long task of the interface thread. */
function watchLongTasks(): void {
  const seen: Array<{ start: number; duration: number }> = []
  ;(window as unknown as Record<string, unknown>).__longTasks = seen
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) seen.push({ start: e.startTime, duration: e.duration })
  }).observe({ type: 'longtask', buffered: true })
}

interface TaskLongTasks {
  taskMs: number
  longestLongTaskMs: number
  longTasksOver50Ms: number
}

/** Runs in the page: for each heavy task measured so far, the long tasks within its time. */
function longTasksPerTask(): Record<string, TaskLongTasks> {
  const long = (window as unknown as { __longTasks: Array<{ start: number; duration: number }> })
    .__longTasks
  const out: Record<string, TaskLongTasks> = {}
  for (const m of performance.getEntriesByType('measure')) {
    if (!m.name.startsWith('ombud-oppgave:')) continue
    const end = m.startTime + m.duration
    const during = long.filter((l) => l.start < end && l.start + l.duration > m.startTime)
    out[m.name.slice('ombud-oppgave:'.length)] = {
      taskMs: Math.round(m.duration),
      longestLongTaskMs: Math.round(Math.max(0, ...during.map((l) => l.duration))),
      longTasksOver50Ms: during.filter((l) => l.duration > 50).length,
    }
  }
  return out
}

function countLocator(page: Page): Locator {
  return page
    .getByRole('main')
    .getByRole('status')
    .filter({ hasText: / av \d+ behandlingsaktiviteter$/ })
}

async function main(): Promise<void> {
  if (!existsSync(WEB_INDEX)) {
    process.stderr.write(
      `Fant ikke den bygde nettversjonen (${WEB_INDEX}).\nKjør \`npm run build:web\` først, og så \`npx tsx bench/record-ui.ts\`.\n`,
    )
    process.exitCode = 1
    return
  }

  const wb = syntheticRecord()
  const json = serializeWorkbench(wb)
  const dir = await mkdtemp(join(tmpdir(), 'ombud-bench-'))
  const file = join(dir, 'syntetisk.ombud.json')
  await writeFile(file, json)

  // A copy of the build: a `build:web` run meanwhile (it empties out/web first) must not pull
  // the files from under the page.
  const web = join(dir, 'web')
  await cp(join(ROOT, 'out/web'), web, { recursive: true })
  const port = await freePort()
  const server = await preview({
    configFile: join(ROOT, 'vite.web.config.mts'),
    build: { outDir: web },
    preview: { host: '127.0.0.1', port, strictPort: true, open: false },
    logLevel: 'error',
  })
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS })
  try {
    const context = await browser.newContext({
      locale: 'nb-NO',
      timezoneId: 'Europe/Oslo',
      viewport: { width: 1440, height: 900 },
      serviceWorkers: 'block',
    })
    // tsx (esbuild's keepNames) wraps named functions in `__name(…)`; functions handed to
    // page.evaluate run in the page, which has no such helper.
    await context.addInitScript({ content: 'globalThis.__name = (f) => f' })
    await context.addInitScript(watchLongTasks)
    const page = await context.newPage()
    page.setDefaultTimeout(180_000)
    await page.goto(`http://127.0.0.1:${port}/`)

    // Load the workbench as a user would: «Åpne arbeidsbok …» on the start screen.
    const shown = wb.activities.filter((a) => a.status !== 'archived').length
    const openButton = page.getByRole('button', { name: 'Åpne arbeidsbok …' })
    const chooser = page.waitForEvent('filechooser')
    await openButton.click()
    const openStarted = Date.now()
    await (await chooser).setFiles(file)
    const count = countLocator(page)
    await count
      .filter({ hasText: `${shown} av ${wb.activities.length} behandlingsaktiviteter` })
      .waitFor()
    const openWorkbenchMs = Date.now() - openStarted
    const openLongTasks = await page.evaluate(longTasksPerTask)

    // Start: reload → first rows.
    await page.addInitScript(watchFirstRows, LIST_TITLE)
    const firstRows: number[] = []
    const firstRowsFrame: number[] = []
    for (let i = 0; i < RELOADS; i++) {
      await page.reload()
      const handle = await page.waitForFunction(
        () => (window as unknown as { __firstRowsFrameMs?: number }).__firstRowsFrameMs,
        null,
        { timeout: 60_000 },
      )
      firstRowsFrame.push((await handle.jsonValue())!)
      firstRows.push(
        await page.evaluate(() => (window as unknown as { __firstRowsMs: number }).__firstRowsMs),
      )
    }

    // Search: one letter at a time.
    const search = page.getByRole('searchbox', { name: 'Søk i behandlingsaktivitetene' })
    await search.click()
    const keystrokes: number[] = []
    let missedKeystrokes = 0
    for (const letter of SEARCH_WORD) {
      const ms = await measure(page, { kind: 'count-changed' }, () => page.keyboard.press(letter))
      if (ms === null) missedKeystrokes++
      else keystrokes.push(ms)
    }
    const finalCount = await count.innerText()
    await search.fill('')
    await count
      .filter({ hasText: `${shown} av ${wb.activities.length} behandlingsaktiviteter` })
      .waitFor()

    // Sort: click the header buttons of the first visible sortable columns, in turn.
    const table = page.getByRole('table', { name: LIST_TITLE })
    const headerButtons = table.getByRole('columnheader').getByRole('button')
    const headers = Math.min(await headerButtons.count(), 3)
    const sorts: number[] = []
    let sortResult: Stats | NotMeasurable = {
      notMeasurable: 'fant ingen sorterbare kolonneoverskrifter',
    }
    if (headers > 0) {
      for (let i = 0; i < SORT_CLICKS; i++) {
        const ms = await measure(page, { kind: 'rows-changed' }, () =>
          headerButtons.nth(i % headers).click(),
        )
        if (ms !== null) sorts.push(ms)
      }
      sortResult =
        sorts.length > 0
          ? stats(sorts)
          : { notMeasurable: 'radene endret seg ikke etter klikk på overskriftene' }
    }

    // Editor: open an activity from the list, edit its description, save.
    const opens: number[] = []
    const saves: number[] = []
    let editorProblem: string | null = null
    let saveProblem: string | null = null
    const rows = table.getByRole('row').filter({ has: page.getByRole('cell') })
    for (let i = 0; i < EDITOR_RUNS && editorProblem === null; i++) {
      const link = rows.nth(i).getByRole('link').first()
      if ((await link.count()) === 0) {
        editorProblem = 'radene har ingen lenke til redigering'
        break
      }
      const opened = await measure(page, { kind: 'editor-shown' }, () => link.click())
      if (opened === null) {
        editorProblem = 'redigeringsvisningen (overskrift og «Lagre») kom ikke fram'
        break
      }
      opens.push(opened)
      const description = page.getByRole('main').getByLabel('Beskrivelse', { exact: true })
      const saveButton = page.getByRole('main').getByRole('button', { name: 'Lagre', exact: true })
      if ((await description.count()) !== 1) {
        saveProblem = 'fant ikke feltet «Beskrivelse» i redigeringsvisningen'
      } else {
        await description.fill(
          `${await description.inputValue()} Gjennomgått i ytelsestest ${i + 1}.`,
        )
        const saved = await measure(page, { kind: 'saved' }, () => saveButton.click())
        if (saved === null) saveProblem = 'meldingen om at endringene er lagret kom ikke'
        else saves.push(saved)
      }
      // Back to the list (through history, as the browser's back button would).
      await page.goBack()
      await table.waitFor()
      await count.waitFor()
    }

    // Long tasks while the audit pack and the Excel export run in the worker (a fresh page load,
    // so the long tasks and measures are these alone).
    await page.reload()
    await page
      .getByRole('navigation', { name: 'Hovedmeny' })
      .getByRole('link', { name: 'Tilsyn', exact: true })
      .click()
    await page.getByRole('main').getByRole('button', { name: 'Lag tilsynspakke' }).click()
    await page
      .getByRole('main')
      .getByRole('status')
      .filter({ hasText: /^Tilsynspakken er lastet ned/ })
      .waitFor({ timeout: 600_000 })
    await page
      .getByRole('navigation', { name: 'Hovedmeny' })
      .getByRole('link', { name: 'Import og eksport', exact: true })
      .click()
    const excelGroup = page.getByRole('main').getByRole('group', { name: 'Protokollen i Excel' })
    const exported = page.waitForEvent('download', { timeout: 600_000 })
    await excelGroup.getByRole('button', { name: 'Eksporter til Excel' }).click()
    await exported
    const heavyLongTasks = { ...openLongTasks, ...(await page.evaluate(longTasksPerTask)) }

    const result = {
      bench: 'record-ui',
      workbench: {
        activities: wb.activities.length,
        shownByDefault: shown,
        processors: wb.processors.length,
        transfers: wb.transfers.length,
        fileMegabytes: round(Buffer.byteLength(json) / 1024 / 1024),
      },
      openWorkbenchMs,
      startToFirstRows: { toRowsInDom: stats(firstRows), toNextFrame: stats(firstRowsFrame) },
      searchKeystroke: {
        word: SEARCH_WORD,
        ...(keystrokes.length > 0
          ? stats(keystrokes)
          : { notMeasurable: 'radtellingen endret seg ikke' }),
        missedKeystrokes,
        finalCount,
      },
      sort: sortResult,
      openEditor: opens.length > 0 ? stats(opens) : { notMeasurable: editorProblem ?? 'ukjent' },
      saveEdit:
        saves.length > 0
          ? stats(saves)
          : { notMeasurable: saveProblem ?? editorProblem ?? 'ukjent' },
      longTasksDuringHeavyWork: heavyLongTasks,
      notes: [
        'Tider i millisekunder, målt i siden med performance.now() fra keydown/pointerdown til rammen etter endringen.',
        'longTasksDuringHeavyWork: per oppgave i arbeidstråden, tiden sett fra siden og de lange oppgavene (over 50 ms) på grensesnitttråden i samme tidsrom.',
        'Oppstart: fra navigasjonsstart ved omlasting til første rader i tabellen.',
      ],
      environment: {
        chromium: browser.version(),
        viewport: '1440x900',
        cpus: cpus().length,
        node: process.version,
      },
    }
    const text = `${JSON.stringify(result, null, 2)}\n`
    await mkdir(join(ROOT, 'bench/results'), { recursive: true })
    await writeFile(RESULTS, text)
    process.stdout.write(text)
  } finally {
    await browser.close()
    await server.close()
    await rm(dir, { recursive: true, force: true })
  }
}

main().catch((error: unknown) => {
  process.stderr.write(
    `${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  )
  process.exitCode = 1
})
