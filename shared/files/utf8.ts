/**
 * The one way Ombud turns the bytes of a text file into text: strict UTF-8. A file in
 * another character set (Latin-1, Windows-1252, UTF-16) is refused rather than read
 * with «�» in place of æ, ø and å, or guessed at: the caller says so in Norwegian.
 */

/** The bytes are not valid UTF-8. */
export class NotUtf8Error extends Error {
  constructor() {
    super('not UTF-8')
    this.name = 'NotUtf8Error'
  }
}

/**
 * Decodes UTF-8 bytes, dropping a leading byte-order mark.
 *
 * @throws NotUtf8Error when any byte sequence is not valid UTF-8.
 */
export function decodeUtf8(bytes: Uint8Array): string {
  try {
    // `fatal` refuses invalid sequences; the decoder removes a byte-order mark itself.
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    throw new NotUtf8Error()
  }
}

/** What to do about a text file that is not UTF-8, for the end of a Norwegian message. */
export const RESAVE_AS_UTF8 =
  'Åpne den i et tekstprogram og lagre den som UTF-8 (i Notisblokk: Lagre som … og Koding: UTF-8), og prøv igjen.'
