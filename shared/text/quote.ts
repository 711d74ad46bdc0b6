/**
 * The one way a value from a file or a form is quoted in a message: «a short excerpt».
 * A message repeats what the user wrote so they can find it, but a hostile or broken
 * file can hold a key or a cell of millions of characters; repeating it in full makes a
 * message of megabytes that freezes the window showing it.
 */

/** The longest excerpt, in characters, before the «…» that marks it as cut. */
export const MAX_EXCERPT = 60

/**
 * `value` on one line (runs of white space folded) and at most MAX_EXCERPT characters,
 * with «…» where it was cut. Reads at most a few times MAX_EXCERPT characters of `value`,
 * however long it is.
 */
export function excerpt(value: string, max: number = MAX_EXCERPT): string {
  const head = value.slice(0, max * 4).replace(/\s+/g, ' ').trim()
  if (value.length <= max * 4 && head.length <= max) return head
  let cut = head.slice(0, max)
  // Don't leave half of a character written with two code units (an emoji, say).
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1)
  return `${cut.trimEnd()}…`
}

/** `value` as a short excerpt between Norwegian quotation marks: «…». */
export function quote(value: string, max: number = MAX_EXCERPT): string {
  return `«${excerpt(value, max)}»`
}
