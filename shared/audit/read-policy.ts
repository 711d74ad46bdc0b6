/**
 * Reads the company's current privacy policy from a file the DPO picks: a Word document
 * (.docx), a saved web page (.html) or plain text (.txt, .md). Returns the text the linter
 * reads and, where the file marks them, which of its lines are headings.
 *
 * Every failure is a PolicyFileError with a Norwegian message that says what to do, so a
 * caller can show it as it is.
 */
import mammoth from 'mammoth'
import { htmlToTextWithHeadings, type HeadingLevel } from './split-policy'

export type PolicyFileFormat = 'docx' | 'html' | 'text'

/** A policy longer than this is not a privacy policy (the longest real ones are ~100 000 characters). */
export const MAX_POLICY_CHARS = 1_000_000

export interface PolicyFile {
  name: string
  format: PolicyFileFormat
  /** Plain text: headings, paragraphs and list items on lines of their own. */
  text: string
  /** Heading lines known from the file's markup; empty when the file has none (headings are then guessed). */
  headings: Map<number, HeadingLevel>
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

/** UTF-8 (with or without BOM); a file that is not valid UTF-8 is read as Windows-1252, as old Norwegian exports are. */
function decodeText(name: string, bytes: Uint8Array): string {
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    text = new TextDecoder('windows-1252').decode(bytes)
  }
  if (text.includes('\u0000')) {
    throw new PolicyFileError(
      `«${name}» ser ikke ut til å være en tekstfil. Velg personvernerklæringen som .docx, .html eller .txt.`,
    )
  }
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
}

async function docxToHtml(name: string, bytes: Uint8Array): Promise<string> {
  // A .docx is a zip file; anything else (an old .doc, a PDF renamed) is refused before mammoth tries.
  if (bytes.length < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b) {
    throw new PolicyFileError(
      `«${name}» er ikke et gyldig Word-dokument (.docx). Er det et eldre .doc-dokument, åpne det i Word og lagre det som .docx.`,
    )
  }
  // mammoth's Node build reads `buffer`, its browser build `arrayBuffer` (see policy-text.ts).
  const arrayBuffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength)
  const input = { buffer: bytes, arrayBuffer } as unknown as Parameters<
    typeof mammoth.convertToHtml
  >[0]
  try {
    const result = await mammoth.convertToHtml(input, {
      // Word's Title style is the document's heading; mammoth leaves it a paragraph by default.
      styleMap: ["p[style-name='Title'] => h1:fresh", "p[style-name='Tittel'] => h1:fresh"],
      convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })),
    })
    return result.value
  } catch {
    throw new PolicyFileError(
      `Ombud kunne ikke lese «${name}». Filen er skadet eller ikke et Word-dokument. Åpne den i Word og lagre den på nytt som .docx, eller lagre erklæringen som ren tekst (.txt).`,
    )
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
  let text: string
  let headings = new Map<number, HeadingLevel>()
  if (ext === 'docx') {
    format = 'docx'
    ;({ text, headings } = htmlToTextWithHeadings(await docxToHtml(name, bytes)))
  } else if (ext === 'html' || ext === 'htm') {
    format = 'html'
    ;({ text, headings } = htmlToTextWithHeadings(decodeText(name, bytes)))
  } else if (ext === 'txt' || ext === 'md') {
    format = 'text'
    text = decodeText(name, bytes).replace(/\r\n?/g, '\n')
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
  if (text.length > MAX_POLICY_CHARS) {
    throw new PolicyFileError(
      `«${name}» er for lang til å være en personvernerklæring (${text.length.toLocaleString('nb-NO')} tegn).`,
    )
  }
  if (text.trim() === '') throw new PolicyFileError(`«${name}» inneholder ingen tekst.`)
  return { name, format, text, headings }
}
