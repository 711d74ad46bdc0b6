/**
 * Making text safe inside a file or folder name on Windows, macOS and Linux (the rules
 * that `fileNameProblem` in ./ipc.ts checks). Used for every name Ombud proposes.
 */

/** What Windows, macOS or Linux refuse in a file name. */
// eslint-disable-next-line no-control-regex
export const UNSAFE_FILE_NAME_CHARS = /[/\\<>:"|?*\u0000-\u001f\u007f]+/g

/** Cuts `text` to at most `maxBytes` of UTF-8 without splitting a character: file systems count bytes, not letters. */
export function truncateBytes(text: string, maxBytes: number): string {
  const encoder = new TextEncoder()
  let out = ''
  let bytes = 0
  for (const char of text) {
    const size = encoder.encode(char).length
    if (bytes + size > maxBytes) break
    out += char
    bytes += size
  }
  return out
}
