/**
 * Shared plumbing for CLI commands. Exit codes follow the README: 0 success,
 * 1 findings or failure, 2 bad usage or unreadable input.
 */
import { readFile } from 'node:fs/promises'
import { parseArgs, type ParseArgsConfig } from 'node:util'
import { WorkbenchError, type Workbench } from '../../shared/model/workbench'
import { openWorkbenchFile, type WorkbenchFileContents } from '../../shared/files/workbench-container'

export const EXIT_OK = 0
export const EXIT_FINDINGS = 1
export const EXIT_USAGE = 2

/** Thrown for bad usage or unreadable input; the CLI prints the message and exits 2. */
export class UsageError extends Error {}

/** Thrown for a failure that is not the user's input; the CLI prints it and exits 1. */
export class CommandError extends Error {}

export type Command = (argv: string[]) => Promise<number>

/** parseArgs with strict options, turning its errors into UsageError. */
export function parseCommandArgs<T extends NonNullable<ParseArgsConfig['options']>>(
  argv: string[],
  options: T,
  allowPositionals = false,
) {
  try {
    return parseArgs({ args: argv, options, allowPositionals, strict: true })
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error))
  }
}

export function requireOption(value: string | boolean | undefined, flag: string): string {
  if (typeof value !== 'string' || value === '') throw new UsageError(`mangler ${flag}`)
  return value
}

export function out(text: string): void {
  process.stdout.write(text.endsWith('\n') ? text : `${text}\n`)
}

/**
 * Reads and validates a workbench file. An unreadable file or an invalid workbench is the
 * user's input, so both are UsageErrors (exit 2) naming the file and the first problem.
 */
export async function loadWorkbench(file: string): Promise<Workbench> {
  return (await loadWorkbenchContents(file)).workbench
}

/**
 * Reads and checks a workbench file with its attachments' bytes (a ZIP container or plain
 * JSON), every checksum included.
 */
export async function loadWorkbenchContents(file: string): Promise<WorkbenchFileContents> {
  let bytes: Uint8Array
  try {
    bytes = await readFile(file)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    throw new UsageError(
      code === 'ENOENT'
        ? `finner ikke filen «${file}»`
        : code === 'EISDIR'
          ? `«${file}» er en mappe, ikke en fil`
          : `kan ikke lese «${file}» (${code ?? 'ukjent feil'})`,
    )
  }
  try {
    return await openWorkbenchFile(bytes)
  } catch (error) {
    if (error instanceof WorkbenchError)
      throw new UsageError(`«${file}»: ${error.problems[0] ?? error.message}`)
    throw error
  }
}

/** Today's date in local time, `YYYY-MM-DD`. */
export function localToday(): string {
  const d = new Date()
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`
}

/** Whether `s` is a `YYYY-MM-DD` date that exists in the calendar. */
export function isRealDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false
  const d = new Date(`${s}T00:00:00Z`)
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s
}

/** The `--today` option, defaulting to the local date; a UsageError when it is no date. */
export function todayOption(value: string | undefined): string {
  const today = value ?? localToday()
  if (!isRealDate(today))
    throw new UsageError(`--today må være en dato på formen ÅÅÅÅ-MM-DD, fikk «${today}»`)
  return today
}
