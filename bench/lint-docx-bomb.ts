/**
 * A .docx «zip bomb» against the policy reader: a file of about a megabyte whose
 * document.xml unpacks to 303 million characters (the file that froze the import for 40 s
 * in issue 13). The reader must refuse it before mammoth unpacks anything: within 2 s and
 * 300 MB of memory. Prints the time and the growth of the process's memory as JSON.
 *
 * Run: `npx tsx bench/lint-docx-bomb.ts`.
 */
import { performance } from 'node:perf_hooks'
import { Zip, ZipDeflate, strToU8 } from 'fflate'
import { PolicyFileError, readPolicyFile } from '../shared/audit/read-policy'

const CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'
const RELS =
  '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'

/**
 * A .docx whose word/document.xml unpacks to about `characters` characters of one long
 * paragraph. Built in chunks, so the unpacked text is never held in memory here either.
 */
export function docxBomb(characters: number): Uint8Array {
  const parts: Uint8Array[] = []
  const zip = new Zip((error, data) => {
    if (error) throw error
    parts.push(data)
  })
  for (const [name, text] of [
    ['[Content_Types].xml', CONTENT_TYPES],
    ['_rels/.rels', RELS],
  ] as const) {
    const entry = new ZipDeflate(name, { level: 9 })
    zip.add(entry)
    entry.push(strToU8(text), true)
  }
  const document = new ZipDeflate('word/document.xml', { level: 9 })
  zip.add(document)
  document.push(
    strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>',
    ),
  )
  const chunk = strToU8('personvern '.repeat(100_000))
  for (let written = 0; written < characters; written += chunk.length) document.push(chunk)
  document.push(strToU8('</w:t></w:r></w:p></w:body></w:document>'), true)
  zip.end()
  return new Uint8Array(Buffer.concat(parts))
}

async function main(): Promise<void> {
  const bomb = docxBomb(303_000_000)
  global.gc?.()
  const before = process.memoryUsage().rss
  let peak = before
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 5)
  const start = performance.now()
  let refused = ''
  try {
    await readPolicyFile('bombe.docx', bomb)
  } catch (error) {
    if (!(error instanceof PolicyFileError)) throw error
    refused = error.message
  }
  const ms = performance.now() - start
  clearInterval(sampler)
  peak = Math.max(peak, process.memoryUsage().rss)
  console.log(
    JSON.stringify(
      {
        benchmark: 'policy-docx-bomb',
        fileBytes: bomb.length,
        unpackedCharacters: 303_000_000,
        refused: refused !== '',
        message: refused,
        refuseMs: Math.round(ms),
        memoryGrowthMB: Math.round((peak - before) / (1024 * 1024)),
        targets: { refuseMs: 2000, memoryGrowthMB: 300 },
      },
      null,
      2,
    ),
  )
  if (refused === '' || ms > 2000 || peak - before > 300 * 1024 * 1024) process.exitCode = 1
}

if (require.main === module) void main()
