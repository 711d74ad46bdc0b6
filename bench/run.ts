/**
 * Runs every benchmark: `npm run bench` (`npx tsx bench/run.ts`). Each bench/*.ts script but
 * this one runs on its own, one after the other (the machines have few cores, and timings
 * taken side by side would disturb each other), with its output passed through. A script
 * that fails does not stop the others; the exit code says whether all succeeded.
 */
import { spawnSync } from 'node:child_process'
import { readdirSync } from 'node:fs'
import { basename, join } from 'node:path'

const here = __dirname
const self = basename(__filename)
const tsxCli = require.resolve('tsx/cli')

const scripts = readdirSync(here)
  .filter((name) => name.endsWith('.ts') && !name.endsWith('.d.ts') && name !== self)
  .sort()

const failed: string[] = []
for (const name of scripts) {
  process.stdout.write(`\n=== bench/${name}\n`)
  const started = Date.now()
  const run = spawnSync(process.execPath, [tsxCli, join(here, name)], { stdio: 'inherit' })
  const seconds = ((Date.now() - started) / 1000).toFixed(1)
  if (run.status !== 0) {
    failed.push(name)
    const why = run.error ? run.error.message : `avsluttet med kode ${run.status ?? run.signal}`
    process.stdout.write(`=== bench/${name}: feilet (${why}) etter ${seconds} s\n`)
  } else {
    process.stdout.write(`=== bench/${name}: ferdig på ${seconds} s\n`)
  }
}

process.stdout.write(
  failed.length === 0
    ? `\nAlle ${scripts.length} benchmarker er kjørt.\n`
    : `\n${failed.length} av ${scripts.length} benchmarker feilet: ${failed.join(', ')}\n`,
)
process.exitCode = failed.length === 0 ? 0 : 1
