/**
 * Reads the company's current privacy policy from a file the DPO picks: a Word document
 * (.docx), a saved web page (.html) or plain text (.txt, .md). Returns the text the linter
 * reads and, where the file marks them, which of its lines are headings.
 *
 * Every failure is a PolicyFileError with a Norwegian message that says what to do, so a
 * caller can show it as it is.
 */
import { decodeUtf8, NotUtf8Error, RESAVE_AS_UTF8 } from '../files/utf8'
import { checkZip, ZipLimitError, type ZipLimits, type ZipProblem } from '../files/zip-guard'
import {
  readPolicyDocx,
  readPolicyHtml,
  readPolicyPlain,
  type HeadingLevel,
  type PolicyText,
} from '../checks/policy-text'

export type PolicyFileFormat = 'docx' | 'html' | 'text'

/** A policy longer than this is not a privacy policy (the longest real ones are ~100 000 characters). */
export const MAX_POLICY_CHARS = 1_000_000

/**
 * What a .docx may unpack to before mammoth reads it. A Word file with a long policy and a
 * few images unpacks to a few megabytes; mammoth holds everything it unpacks in memory, so
 * a file that inflates to hundreds of megabytes is refused before it starts.
 */
export const DOCX_LIMITS: ZipLimits = {
  maxEntries: 1_000,
  maxEntryBytes: 16 * 1024 * 1024,
  maxTotalBytes: 48 * 1024 * 1024,
}

export interface PolicyFile extends PolicyText {
  name: string
  format: PolicyFileFormat
}

/** The file cannot be imported; `message` is Norwegian and can be shown to the user as it is. */
export class PolicyFileError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'PolicyFileError'
  }
}

function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.')
  return dot < 0 ? '' : name.slice(dot + 1).toLowerCase()
}

/** UTF-8 (with or without BOM); anything else is refused, since a guess could change letters. */
function decodeText(name: string, bytes: Uint8Array): string {
  let text: string
  try {
    text = decodeUtf8(bytes)
  } catch (error) {
    if (!(error instanceof NotUtf8Error)) throw error
    throw new PolicyFileError(
      `«${name}» er ikke lagret som UTF-8, og Ombud leser bare tekst i UTF-8, så ingen bokstaver blir feil. ${RESAVE_AS_UTF8}`,
    )
  }
  if (text.includes('\u0000')) {
    throw new PolicyFileError(
      `«${name}» ser ikke ut til å være en tekstfil. Velg personvernerklæringen som .docx, .html eller .txt.`,
    )
  }
  return text
}

const megabytes = (bytes: number): string => `${Math.round(bytes / (1024 * 1024))} MB`

/** The Norwegian message for a .docx the zip guard refused. */
export function zipProblemMessage(name: string, problem: ZipProblem): string {
  const resave =
    'Åpne den i Word og lagre den på nytt som .docx, eller lagre erklæringen som ren tekst (.txt).'
  switch (problem.kind) {
    case 'not-zip':
      return `«${name}» er ikke et gyldig Word-dokument (.docx). Er det et eldre .doc-dokument, åpne det i Word og lagre det som .docx.`
    case 'corrupt':
      return `Ombud kunne ikke lese «${name}». Filen er skadet eller ikke et Word-dokument. ${resave}`
    case 'unsupported':
      return `«${name}» er passordbeskyttet eller lagret i et format Ombud ikke leser. Fjern passordet, eller ${resave.charAt(0).toLowerCase()}${resave.slice(1)}`
    case 'too-many-entries':
      return `«${name}» består av ${problem.count.toLocaleString('nb-NO')} deler, langt flere enn et Word-dokument med en personvernerklæring har (grensen er ${problem.limit.toLocaleString('nb-NO')}). ${resave}`
    case 'entry-too-large':
    case 'total-too-large':
      return `«${name}» pakkes ut til mer enn ${megabytes(problem.limit)}, langt mer enn en personvernerklæring trenger. Ombud leser ikke slike filer, fordi de kan lamme programmet. ${resave}`
  }
}

async function readDocx(name: string, bytes: Uint8Array): Promise<PolicyText> {
  // The zip directory and the inflated sizes are checked before mammoth unpacks anything.
  try {
    checkZip(bytes, DOCX_LIMITS)
  } catch (error) {
    if (error instanceof ZipLimitError)
      throw new PolicyFileError(zipProblemMessage(name, error.problem))
    throw error
  }
  try {
    return await readPolicyDocx(bytes)
  } catch {
    throw new PolicyFileError(zipProblemMessage(name, { kind: 'corrupt' }))
  }
}

/**
 * Reads a policy file. The format is chosen by the file extension (.docx, .html/.htm,
 * .txt/.md); nothing is guessed from the content, so a wrong extension gives a clear
 * message rather than garbage.
 *
 * @throws PolicyFileError for an unsupported type, a broken or empty file.
 */
export async function readPolicyFile(name: string, bytes: Uint8Array): Promise<PolicyFile> {
  const ext = extensionOf(name)
  let format: PolicyFileFormat
  let read: PolicyText
  if (ext === 'docx') {
    format = 'docx'
    read = await readDocx(name, bytes)
  } else if (ext === 'html' || ext === 'htm') {
    format = 'html'
    read = readPolicyHtml(decodeText(name, bytes))
  } else if (ext === 'txt' || ext === 'md') {
    format = 'text'
    read = readPolicyPlain(decodeText(name, bytes))
  } else if (ext === 'doc') {
    throw new PolicyFileError(
      `«${name}» er et eldre Word-dokument (.doc), som Ombud ikke kan lese. Åpne det i Word og lagre det som .docx.`,
    )
  } else if (ext === 'pdf') {
    throw new PolicyFileError(
      `Ombud kan ikke lese PDF-filer. Lagre personvernerklæringen som .docx, .html eller .txt og importer den filen.`,
    )
  } else {
    throw new PolicyFileError(
      `${ext === '' ? `«${name}» har ingen filendelse` : `Filtypen .${ext} støttes ikke`}. Velg personvernerklæringen som .docx, .html eller .txt.`,
    )
  }
  if (read.text.length > MAX_POLICY_CHARS) {
    throw new PolicyFileError(
      `«${name}» er for lang til å være en personvernerklæring (${read.text.length.toLocaleString('nb-NO')} tegn).`,
    )
  }
  if (read.text.trim() === '') throw new PolicyFileError(`«${name}» inneholder ingen tekst.`)
  return { name, format, ...read }
}

export type { HeadingLevel }
