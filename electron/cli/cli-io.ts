/**
 * Shared plumbing for CLI commands. Exit codes follow the README: 0 success,
 * 1 findings or failure, 2 bad usage or unreadable input.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util'

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
