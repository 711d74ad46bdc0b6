/**
 * `npm run lint:electron`: Doyensec's electronegativity over the code that runs in
 * Electron (main, preload, the renderer and its HTML), with zero findings allowed. Exit 1
 * on any finding, or on any file it could not parse (a file it cannot read is a file it
 * did not check).
 *
 * It runs offline and makes no outside requests: electronegativity would fetch
 * translations and Electron's release list from GitHub on every run, so its HTTP client
 * is replaced by one that fails at once, and the one check that needs the release list
 * (AVAILABLE_SECURITY_FIXES_GLOBAL_CHECK) is left out: Electron's version is pinned in
 * package.json and raised by a person.
 *
 * Where the tool is wrong about Ombud, the code says so next to the finding with an
 * `eng-disable CHECK_ID` comment and a reason (see electron/main/index.ts and
 * renderer/index.html).
 */
import * as fs from 'node:fs/promises'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join, relative, resolve } from 'node:path'

/** What is scanned, relative to the project root. Tests are left out (they quote bad code on purpose). */
export const SCANNED_PATHS = [
  'electron/main',
  'electron/preload',
  'renderer/index.html',
  'renderer/src',
]

/** Checks left out (by class name, as electronegativity's -x option takes them), each with the reason. */
export const EXCLUDED_CHECKS: Readonly<Record<string, string>> = {
  AvailableSecurityFixesGlobalCheck:
    'fetches the list of Electron releases from GitHub; the lint must run offline',
}

export interface Finding {
  id: string
  /** Relative to the project root, or "N/A" for a global finding about the whole app. */
  file: string
  line: number
  description: string
}

interface RawIssue {
  id: string
  file: string
  location: { line: number }
  description: string
}
interface RawResult {
  issues: RawIssue[]
  errors: { file: string; message: string; tolerable: boolean }[]
}
type Run = (options: Record<string, unknown>, forCli: boolean) => Promise<RawResult>

const localRequire = createRequire(__filename)

/** A stand-in for the `got` HTTP client that fails at once, as if there were no network. */
function offlineGot(): Promise<never> {
  return Promise.reject(new Error('Ombud: electronegativity runs offline'))
}
offlineGot.head = offlineGot
offlineGot.get = offlineGot

/** Loads electronegativity with its HTTP client replaced by {@link offlineGot}. */
function loadElectronegativity(): Run {
  const main = localRequire.resolve('@doyensec/electronegativity')
  const gotPath = createRequire(main).resolve('got')
  localRequire.cache[gotPath] = {
    id: gotPath,
    filename: gotPath,
    loaded: true,
    exports: offlineGot,
  } as unknown as NodeJS.Module
  return localRequire(main) as Run
}

function isTestFile(path: string): boolean {
  return /\.test\.[cm]?[jt]sx?$/.test(path)
}

/**
 * Scans `paths` (relative to `root`) and returns every finding and unparsable file. The
 * files are copied into a temporary folder first, without tests, so the tool sees the
 * app as it ships.
 */
export async function scan(root: string, paths: readonly string[]): Promise<Finding[]> {
  const work = await fs.mkdtemp(join(tmpdir(), 'ombud-electronegativity-'))
  try {
    for (const path of paths) {
      await fs.cp(join(root, path), join(work, path), {
        recursive: true,
        filter: (source) => !isTestFile(source),
      })
    }
    const electronVersion = (
      JSON.parse(await fs.readFile(localRequire.resolve('electron/package.json'), 'utf8')) as {
        version: string
      }
    ).version
    const run = loadElectronegativity()
    // It prints progress and its translation fallback with console.log; only its result counts.
    const log = console.log
    console.log = () => undefined
    let result: RawResult
    try {
      result = await run(
        {
          input: work,
          customScan: [],
          excludeFromScan: Object.keys(EXCLUDED_CHECKS),
          electronVersionOverride: electronVersion,
          parserPlugins: [],
        },
        false,
      )
    } finally {
      console.log = log
    }
    const where = (file: string) => (file === 'N/A' ? file : relative(work, resolve(work, file)))
    return [
      ...result.issues.map((issue) => ({
        id: issue.id,
        file: where(issue.file),
        line: issue.location.line,
        description: issue.description,
      })),
      ...result.errors
        .filter((error) => !error.tolerable)
        .map((error) => ({
          id: 'PARSE_ERROR',
          file: where(error.file),
          line: 0,
          description: `electronegativity could not parse the file: ${error.message}`,
        })),
    ]
  } finally {
    await fs.rm(work, { recursive: true, force: true })
  }
}

/** Scans, prints the findings, and returns the exit code: 0 with no finding, 1 otherwise. */
export async function main(
  root: string,
  paths: readonly string[] = SCANNED_PATHS,
): Promise<number> {
  const findings = await scan(root, paths)
  if (findings.length === 0) {
    console.log(`electronegativity: no findings in ${paths.join(', ')}`)
    return 0
  }
  console.error(`electronegativity: ${findings.length} finding(s):`)
  for (const f of findings) console.error(`  ${f.id}  ${f.file}:${f.line}  ${f.description}`)
  console.error(
    'Fix the code, or where the tool is wrong, add `eng-disable CHECK_ID` on that line with a comment saying why.',
  )
  return 1
}

if (require.main === module) {
  main(resolve(__dirname, '../..')).then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(error)
      process.exit(1)
    },
  )
}
