/**
 * Soft hyphens (U+00AD) in long Norwegian words, so a narrow table cell breaks
 * «Produktut-vikling» with a hyphen rather than «Produktutvikli / ng» without one. Chromium
 * hyphenates with `hyphens: auto` only where it has a dictionary, and on Linux and Windows
 * it has none offline; so the words are hyphenated here, with the bokmål TeX patterns of
 * the `hyphen` package (they serve nynorsk words well enough for a line break).
 *
 * Only for the text shown in a cell: never in stored data, exports or search. The grid
 * takes the soft hyphens out of copied text (ui/data-grid.tsx). The patterns (half a
 * megabyte) load on first use; until then the text is shown as it is.
 */
import { useSyncExternalStore } from 'react'

export const SOFT_HYPHEN = '\u00ad'

type Hyphenate = (word: string) => string

let hyphenator: Hyphenate | null = null
let loading: Promise<void> | null = null
const listeners = new Set<() => void>()

/** Words shorter than this fit any column; URLs, e-mail addresses and numbers are kept whole. */
const MIN_LENGTH = 10
const LONG_WORD = /[\p{L}\p{M}-]{10,}/gu
const KEEP_WHOLE = /[@/:\d]/

/** Each word once: the table shows the same departments and purposes over and over. */
const cache = new Map<string, string>()
const MAX_CACHED = 20_000

/**
 * `text` with soft hyphens where `hyphenate` breaks its long words; with `fits`, only in
 * the words it says do not fit on a line (the others move to the next line whole, and the
 * text stays as it is for searching and reading aloud).
 */
export function hyphenateText(
  text: string,
  hyphenate: Hyphenate,
  fits: (word: string) => boolean = () => false,
): string {
  if (text.length < MIN_LENGTH) return text
  return text
    .split(/(\s+)/)
    .map((token) =>
      token.length < MIN_LENGTH || KEEP_WHOLE.test(token)
        ? token
        : token.replace(LONG_WORD, (word) => {
            if (fits(word)) return word
            let done = cache.get(word)
            if (done === undefined) {
              // A hyphenated compound («e-post») breaks at its own hyphen.
              done = word
                .split('-')
                .map((part) => hyphenate(part))
                .join('-')
              if (cache.size >= MAX_CACHED) cache.clear()
              cache.set(word, done)
            }
            return done
          }),
    )
    .join('')
}

/** The text without soft hyphens, e.g. what was copied from a table. */
export function withoutSoftHyphens(text: string): string {
  return text.replaceAll(SOFT_HYPHEN, '')
}

function load(): void {
  if (loading) return
  loading = import('hyphen/nb').then(
    ({ hyphenateSync }) => {
      hyphenator = (word) => hyphenateSync(word, { hyphenChar: SOFT_HYPHEN })
      for (const listener of [...listeners]) listener()
    },
    (error: unknown) => {
      // Without the patterns the words still break (at any letter): no reason to stop.
      console.error('Kunne ikke laste orddelingsmønstrene', error)
    },
  )
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener)
  load()
  return () => listeners.delete(listener)
}

const getHyphenator = () => hyphenator

let context: CanvasRenderingContext2D | null | undefined
const widths = new Map<string, number>()

/**
 * The width of `word` in pixels, in the table's font at its boldest (the name column), so
 * a word said to fit does fit. Measured once per word.
 */
function wordWidth(word: string): number {
  let width = widths.get(word)
  if (width !== undefined) return width
  if (context === undefined) {
    context = document.createElement('canvas').getContext('2d')
    if (context) context.font = `600 15px ${getComputedStyle(document.body).fontFamily}`
  }
  width = context ? context.measureText(word).width : word.length * 9
  if (widths.size >= MAX_CACHED) widths.clear()
  widths.set(word, width)
  return width
}

/**
 * `text` as a cell `width` pixels wide (its content box) shows it: once the patterns are
 * loaded, with soft hyphens in the words too long for a line.
 */
export function useHyphenated(text: string, width: number): string {
  const hyphenate = useSyncExternalStore(subscribe, getHyphenator)
  return hyphenate ? hyphenateText(text, hyphenate, (word) => wordWidth(word) <= width) : text
}

/** A cell's text, with soft hyphens in the words too long for its `width` in pixels. */
export function Hyphenated({ text, width }: { text: string; width: number }) {
  return useHyphenated(text, width)
}
