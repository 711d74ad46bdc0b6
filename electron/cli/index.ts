/**
 * Headless entry: `npm run --silent cli -- <command> [options]`.
 * Runs the same shared/ code as the app on workbench files. Prints only its own output.
 */
import { CommandError, EXIT_FINDINGS, EXIT_USAGE, UsageError, type Command } from './cli-io'

const commands: Record<string, { summary: string; load: () => Promise<Command> }> = {
  'audit-pack': { summary: 'Lag tilsynspakken som én ZIP-fil (--workbench FIL --out FIL.zip [--include/--exclude DELER])', load: async () => (await import('./commands/audit-pack')).auditPackCommand },
  dpia: { summary: 'Skriv vurderingen av personvernkonsekvenser for én behandlingsaktivitet (--workbench FIL --activity ID --out FIL.docx)', load: async () => (await import('./commands/dpia')).dpiaCommand },
  check: { summary: 'Kontroller at protokollen er klar for tilsyn (--workbench FIL)', load: async () => (await import('./commands/check')).checkCommand },
  export: { summary: 'Eksporter protokollen (.xlsx eller .docx)', load: async () => (await import('./commands/export')).exportCommand },
  lint: { summary: 'Kontroller en personvernerklæring (.txt, .docx, .html)', load: async () => (await import('./commands/lint')).lintCommand },
  policy: { summary: 'Lag personvernerklæringen som .docx', load: async () => (await import('./commands/policy')).policyCommand },
  sample: { summary: 'Skriv eksempelvirksomheten som arbeidsbok (--out FIL)', load: async () => (await import('./commands/sample')).sampleCommand },
  validate: { summary: 'Kontroller en arbeidsbok (--workbench FIL)', load: async () => (await import('./commands/validate')).validateCommand },
}

function usage(): string {
  const lines = Object.entries(commands).map(([name, c]) => `  ${name.padEnd(12)} ${c.summary}`)
  return `Bruk: npm run --silent cli -- <kommando> [valg]\n\nKommandoer:\n${lines.join('\n')}\n`
}

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv
  if (!name || name === '--help' || name === '-h') {
    process.stdout.write(usage())
    return name ? 0 : EXIT_USAGE
  }
  const entry = commands[name]
  if (!entry) throw new UsageError(`ukjent kommando «${name}». Se --help.`)
  const run = await entry.load()
  return run(rest)
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code
  },
  (error: unknown) => {
    const message = error instanceof Error ? error.message : String(error)
    process.stderr.write(`ombud: ${message.split('\n')[0]}\n`)
    process.exitCode = error instanceof UsageError ? EXIT_USAGE : EXIT_FINDINGS
    if (!(error instanceof UsageError) && !(error instanceof CommandError) && process.env.OMBUD_DEBUG) {
      console.error(error)
    }
  },
)
