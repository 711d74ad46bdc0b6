/**
 * diff: two PolicyDocs → one PolicyDoc whose runs carry `ins` and `del` marks, for the
 * tracked-changes .docx and the preview. Blocks, list items and table rows that are
 * unchanged are matched first (a Myers diff on their content); what is left between two
 * matches is paired by clause, type and word overlap, and paired paragraphs, items and
 * cells are diffed word by word. Unpaired blocks, items and rows are wholly deleted or
 * inserted. Changing one fact of one activity thus marks only the words that changed.
 */
import type { Block, PolicyDoc, TextRun } from '../model/policy-doc'

type Runs = TextRun[]

// ---------------------------------------------------------------------------
// Sequence diff (Myers, O((N+M)·D))

type Op = { op: 'eq'; a: number; b: number } | { op: 'del'; a: number } | { op: 'ins'; b: number }

/** Beyond this many differences the middle is treated as replaced wholesale (keeps time bounded). */
const MAX_EDITS = 4_000

/**
 * The shortest edit script from `a` to `b` (compared with ===). Common prefix and suffix
 * are trimmed first; if the rest needs more than MAX_EDITS edits it is all deleted and
 * inserted.
 */
export function diffSequences(a: readonly string[], b: readonly string[]): Op[] {
  let start = 0
  while (start < a.length && start < b.length && a[start] === b[start]) start++
  let endA = a.length
  let endB = b.length
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--
    endB--
  }
  const ops: Op[] = []
  for (let i = 0; i < start; i++) ops.push({ op: 'eq', a: i, b: i })
  const middle = myers(a.slice(start, endA), b.slice(start, endB))
  if (middle) {
    for (const o of middle) {
      if (o.op === 'eq') ops.push({ op: 'eq', a: o.a + start, b: o.b + start })
      else if (o.op === 'del') ops.push({ op: 'del', a: o.a + start })
      else ops.push({ op: 'ins', b: o.b + start })
    }
  } else {
    for (let i = start; i < endA; i++) ops.push({ op: 'del', a: i })
    for (let j = start; j < endB; j++) ops.push({ op: 'ins', b: j })
  }
  for (let i = endA; i < a.length; i++) ops.push({ op: 'eq', a: i, b: i - endA + endB })
  return ops
}

function myers(a: readonly string[], b: readonly string[]): Op[] | null {
  const n = a.length
  const m = b.length
  if (n === 0 || m === 0) {
    return [...a.map((_, i): Op => ({ op: 'del', a: i })), ...b.map((_, j): Op => ({ op: 'ins', b: j }))]
  }
  const maxD = Math.min(n + m, MAX_EDITS)
  const off = maxD + 1
  const v = new Int32Array(2 * maxD + 3)
  const trace: Int32Array[] = []
  for (let d = 0; d <= maxD; d++) {
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[off + k - 1]! < v[off + k + 1]!) ? v[off + k + 1]! : v[off + k - 1]! + 1
      let y = x - k
      while (x < n && y < m && a[x] === b[y]) {
        x++
        y++
      }
      v[off + k] = x
      if (x >= n && y >= m) {
        trace.push(v.slice(off - d, off + d + 1))
        return backtrack(trace, n, m)
      }
    }
    trace.push(v.slice(off - d, off + d + 1))
  }
  return null
}

function backtrack(trace: Int32Array[], n: number, m: number): Op[] {
  const ops: Op[] = []
  let x = n
  let y = m
  for (let d = trace.length - 1; d > 0; d--) {
    const prev = trace[d - 1]!
    const get = (k: number) => prev[k + d - 1]!
    const k = x - y
    const down = k === -d || (k !== d && get(k - 1) < get(k + 1))
    const prevK = down ? k + 1 : k - 1
    const prevX = get(prevK)
    const prevY = prevX - prevK
    const midX = down ? prevX : prevX + 1
    while (x > midX) {
      ops.push({ op: 'eq', a: x - 1, b: y - 1 })
      x--
      y--
    }
    ops.push(down ? { op: 'ins', b: prevY } : { op: 'del', a: prevX })
    x = prevX
    y = prevY
  }
  while (x > 0 && y > 0) {
    ops.push({ op: 'eq', a: x - 1, b: y - 1 })
    x--
    y--
  }
  return ops.reverse()
}

// ---------------------------------------------------------------------------
// Word diff of runs

interface Token {
  text: string
  bold: boolean
  italic: boolean
}

const TOKEN = /\s+|[\p{L}\p{N}]+|[^\s\p{L}\p{N}]/gu

function tokenize(runs: readonly TextRun[]): Token[] {
  const tokens: Token[] = []
  for (const r of runs) {
    for (const match of r.text.matchAll(TOKEN)) tokens.push({ text: match[0], bold: r.bold === true, italic: r.italic === true })
  }
  return tokens
}

const tokenKey = (t: Token) => `${t.bold ? 'b' : '-'}${t.italic ? 'i' : '-'}${t.text}`
const isSpace = (t: Token) => /^\s+$/.test(t.text)

function toRun(text: string, bold: boolean, italic: boolean, mark: 'ins' | 'del' | undefined): TextRun {
  const run: TextRun = { text }
  if (bold) run.bold = true
  if (italic) run.italic = true
  if (mark) run.mark = mark
  return run
}

/** Joins neighbouring runs with the same formatting and mark. */
export function mergeRuns(runs: readonly TextRun[]): Runs {
  const out: Runs = []
  for (const r of runs) {
    if (r.text === '') continue
    const last = out[out.length - 1]
    if (last && last.bold === r.bold && last.italic === r.italic && last.mark === r.mark) last.text += r.text
    else out.push({ ...r })
  }
  return out
}

function marked(runs: readonly TextRun[], mark: 'ins' | 'del'): Runs {
  return mergeRuns(runs.map((r) => ({ ...r, mark })))
}

/**
 * Word diff of two run lists. Within a changed stretch the deleted words come before the
 * inserted ones, and a lone space between two changes is folded into them, so "3 år" →
 * "5 måneder" reads as one deletion and one insertion.
 */
export function diffRuns(previous: readonly TextRun[], current: readonly TextRun[]): Runs {
  const a = tokenize(previous)
  const b = tokenize(current)
  const ops = diffSequences(a.map(tokenKey), b.map(tokenKey))
  // Group into stretches: equal, or changed (deleted + inserted tokens).
  type Stretch = { eq: Token[] } | { del: Token[]; ins: Token[] }
  const stretches: Stretch[] = []
  for (const o of ops) {
    const last = stretches[stretches.length - 1]
    if (o.op === 'eq') {
      if (last && 'eq' in last) last.eq.push(b[o.b]!)
      else stretches.push({ eq: [b[o.b]!] })
    } else {
      const change = last && 'del' in last ? last : { del: [], ins: [] }
      if (change !== last) stretches.push(change)
      if (o.op === 'del') change.del.push(a[o.a]!)
      else change.ins.push(b[o.b]!)
    }
  }
  // Fold whitespace-only equal stretches that sit between two changes.
  for (let i = 1; i < stretches.length - 1; i++) {
    const s = stretches[i]!
    const before = stretches[i - 1]!
    const after = stretches[i + 1]!
    if ('eq' in s && s.eq.every(isSpace) && 'del' in before && 'del' in after) {
      before.del.push(...s.eq, ...after.del)
      before.ins.push(...s.eq, ...after.ins)
      stretches.splice(i, 2)
      i--
    }
  }
  const runs: Runs = []
  for (const s of stretches) {
    if ('eq' in s) for (const t of s.eq) runs.push(toRun(t.text, t.bold, t.italic, undefined))
    else {
      for (const t of s.del) runs.push(toRun(t.text, t.bold, t.italic, 'del'))
      for (const t of s.ins) runs.push(toRun(t.text, t.bold, t.italic, 'ins'))
    }
  }
  return mergeRuns(runs)
}

// ---------------------------------------------------------------------------
// Alignment of items, rows and blocks

const runsKey = (runs: readonly TextRun[]) => runs.map((r) => `${r.bold ? 'b' : '-'}${r.italic ? 'i' : '-'}${r.text}`).join('\u0001')

function words(text: string): Map<string, number> {
  const counts = new Map<string, number>()
  for (const m of text.toLocaleLowerCase('nb').matchAll(/[\p{L}\p{N}]+/gu)) counts.set(m[0], (counts.get(m[0]) ?? 0) + 1)
  return counts
}

/** Word overlap of two texts (Dice coefficient), 0–1. */
function similarity(x: Map<string, number>, y: Map<string, number>): number {
  let common = 0
  let total = 0
  for (const [w, c] of x) {
    total += c
    common += Math.min(c, y.get(w) ?? 0)
  }
  for (const c of y.values()) total += c
  return total === 0 ? 1 : (2 * common) / total
}

const PAIR_THRESHOLD = 0.5
/** Larger gaps are not searched for pairs (everything in them is deleted and inserted). */
const MAX_GAP_CELLS = 250_000

/**
 * Pairs the unmatched old and new elements of one gap, keeping their order and
 * maximizing the total score (score ≤ 0: may not be paired).
 */
function pairGap(n: number, m: number, score: (i: number, j: number) => number): Array<[number, number]> {
  if (n === 0 || m === 0 || n * m > MAX_GAP_CELLS) return []
  const s = new Float64Array((n + 1) * (m + 1))
  const at = (i: number, j: number) => i * (m + 1) + j
  const scores = new Float64Array(n * m)
  for (let i = 0; i < n; i++) for (let j = 0; j < m; j++) scores[i * m + j] = score(i, j)
  for (let i = 1; i <= n; i++) {
    for (let j = 1; j <= m; j++) {
      const sc = scores[(i - 1) * m + (j - 1)]!
      s[at(i, j)] = Math.max(s[at(i - 1, j)]!, s[at(i, j - 1)]!, sc > 0 ? s[at(i - 1, j - 1)]! + sc : -Infinity)
    }
  }
  const pairs: Array<[number, number]> = []
  let i = n
  let j = m
  while (i > 0 && j > 0) {
    const sc = scores[(i - 1) * m + (j - 1)]!
    if (sc > 0 && s[at(i, j)] === s[at(i - 1, j - 1)]! + sc) {
      pairs.push([i - 1, j - 1])
      i--
      j--
    } else if (s[at(i, j)] === s[at(i - 1, j)]) i--
    else j--
  }
  return pairs.reverse()
}

type Aligned<T> = { kind: 'same'; old: T; cur: T } | { kind: 'changed'; old: T; cur: T } | { kind: 'del'; old: T } | { kind: 'ins'; cur: T }

/**
 * Aligns two sequences: equal elements (by `key`) first, then pairs inside each gap by
 * `score`. The result is in document order, a deletion before the insertion beside it.
 */
function align<T>(
  olds: readonly T[],
  curs: readonly T[],
  key: (x: T) => string,
  score: (o: T, c: T) => number,
): Aligned<T>[] {
  const ops = diffSequences(olds.map(key), curs.map(key))
  const out: Aligned<T>[] = []
  let gapOld: T[] = []
  let gapCur: T[] = []
  const flush = () => {
    const pairs = pairGap(gapOld.length, gapCur.length, (i, j) => score(gapOld[i]!, gapCur[j]!))
    let i = 0
    let j = 0
    for (const [pi, pj] of [...pairs, [gapOld.length, gapCur.length] as [number, number]]) {
      while (i < pi) out.push({ kind: 'del', old: gapOld[i++]! })
      while (j < pj) out.push({ kind: 'ins', cur: gapCur[j++]! })
      if (pi < gapOld.length && pj < gapCur.length) out.push({ kind: 'changed', old: gapOld[i++]!, cur: gapCur[j++]! })
    }
    gapOld = []
    gapCur = []
  }
  for (const o of ops) {
    if (o.op === 'eq') {
      flush()
      out.push({ kind: 'same', old: olds[o.a]!, cur: curs[o.b]! })
    } else if (o.op === 'del') gapOld.push(olds[o.a]!)
    else gapCur.push(curs[o.b]!)
  }
  flush()
  return out
}

function wordScore(o: Runs | Runs[], c: Runs | Runs[]): number {
  const text = (x: Runs | Runs[]) => (x.length > 0 && Array.isArray(x[0]) ? (x as Runs[]).flat() : (x as Runs)).map((r) => r.text).join(' ')
  const sim = similarity(words(text(o)), words(text(c)))
  return sim >= PAIR_THRESHOLD ? sim : 0
}

function diffItems(olds: readonly Runs[], curs: readonly Runs[]): Runs[] {
  return align(olds, curs, runsKey, wordScore).map((x) => {
    switch (x.kind) {
      case 'same':
        return x.cur
      case 'changed':
        return diffRuns(x.old, x.cur)
      case 'del':
        return marked(x.old, 'del')
      case 'ins':
        return marked(x.cur, 'ins')
    }
  })
}

function diffCells(olds: readonly Runs[], curs: readonly Runs[]): Runs[] {
  const cells: Runs[] = []
  for (let i = 0; i < Math.max(olds.length, curs.length); i++) {
    const o = olds[i]
    const c = curs[i]
    cells.push(o && c ? diffRuns(o, c) : o ? marked(o, 'del') : marked(c!, 'ins'))
  }
  return cells
}

function diffRows(olds: readonly Runs[][], curs: readonly Runs[][]): Runs[][] {
  const rowKey = (row: Runs[]) => row.map(runsKey).join('\u0002')
  return align(olds, curs, rowKey, wordScore).map((x) => {
    switch (x.kind) {
      case 'same':
        return x.cur
      case 'changed':
        return diffCells(x.old, x.cur)
      case 'del':
        return x.old.map((c) => marked(c, 'del'))
      case 'ins':
        return x.cur.map((c) => marked(c, 'ins'))
    }
  })
}

/** Marks every run of a block (a block deleted or inserted as a whole). */
function markBlock(block: Block, mark: 'ins' | 'del'): Block {
  switch (block.type) {
    case 'heading':
    case 'paragraph':
      return { ...block, runs: marked(block.runs, mark) }
    case 'list':
      return { ...block, items: block.items.map((i) => marked(i, mark)) }
    case 'table':
      return { ...block, header: block.header.map((c) => marked(c, mark)), rows: block.rows.map((r) => r.map((c) => marked(c, mark))) }
  }
}

function mergeBlocks(old: Block, cur: Block): Block {
  if (cur.type === 'heading' && old.type === 'heading') return { ...cur, runs: diffRuns(old.runs, cur.runs) }
  if (cur.type === 'paragraph' && old.type === 'paragraph') return { ...cur, runs: diffRuns(old.runs, cur.runs) }
  if (cur.type === 'list' && old.type === 'list') return { ...cur, items: diffItems(old.items, cur.items) }
  if (cur.type === 'table' && old.type === 'table') {
    return { ...cur, header: diffCells(old.header, cur.header), rows: diffRows(old.rows, cur.rows) }
  }
  throw new Error('mergeBlocks: blocks of different types')
}

function blockKey(b: Block): string {
  switch (b.type) {
    case 'heading':
      return `h${b.level}\u0003${runsKey(b.runs)}`
    case 'paragraph':
      return `p\u0003${runsKey(b.runs)}`
    case 'list':
      return `l${b.ordered ? 'o' : 'u'}\u0003${b.items.map(runsKey).join('\u0002')}`
    case 'table':
      return `t\u0003${[b.header, ...b.rows].map((r) => r.map(runsKey).join('\u0002')).join('\u0004')}`
  }
}

function blockWords(b: Block): string {
  switch (b.type) {
    case 'heading':
    case 'paragraph':
      return b.runs.map((r) => r.text).join('')
    case 'list':
      return b.items.flat().map((r) => r.text).join(' ')
    case 'table':
      return [b.header, ...b.rows].flat(2).map((r) => r.text).join(' ')
  }
}

function blockScore(o: Block, c: Block): number {
  if (o.type !== c.type) return 0
  if (o.type === 'heading' && c.type === 'heading' && o.level !== c.level) return 0
  const sameClause = o.source.clauseId !== undefined && o.source.clauseId === c.source.clauseId
  const sim = similarity(words(blockWords(o)), words(blockWords(c)))
  // Lists and tables of one clause are always worth pairing: the item and row diff is finer.
  if (sameClause && (o.type === 'list' || o.type === 'table')) return 1 + sim
  if (sim < PAIR_THRESHOLD) return 0
  return sameClause ? 1 + sim : sim
}

/** Drops deletions and clears insertions, so a doc that already carries marks is read as its current text. */
function clean(runs: readonly TextRun[]): Runs {
  if (!runs.some((r) => r.mark)) return [...runs]
  return mergeRuns(
    runs
      .filter((r) => r.mark !== 'del')
      .map((r) => {
        const { mark: _mark, ...rest } = r
        return rest
      }),
  )
}

function cleanBlock(b: Block): Block {
  switch (b.type) {
    case 'heading':
    case 'paragraph':
      return { ...b, runs: clean(b.runs) }
    case 'list':
      return { ...b, items: b.items.map(clean) }
    case 'table':
      return { ...b, header: b.header.map(clean), rows: b.rows.map((r) => r.map(clean)) }
  }
}

/**
 * The tracked changes from `previous` to `current`: a document with the metadata and
 * structure of `current`, where deleted text (runs marked `del`) and inserted text (runs
 * marked `ins`) are shown in place. Unchanged text carries no mark.
 */
export function diffPolicy(previous: PolicyDoc, current: PolicyDoc): PolicyDoc {
  const olds = previous.blocks.map(cleanBlock)
  const curs = current.blocks.map(cleanBlock)
  const blocks = align(olds, curs, blockKey, blockScore).map((x) => {
    switch (x.kind) {
      case 'same':
        return x.cur
      case 'changed':
        return mergeBlocks(x.old, x.cur)
      case 'del':
        return markBlock(x.old, 'del')
      case 'ins':
        return markBlock(x.cur, 'ins')
    }
  })
  return { ...current, blocks }
}

/** Whether a document carries any tracked change. */
export function hasMarks(doc: PolicyDoc): boolean {
  return doc.blocks.some((b) => {
    switch (b.type) {
      case 'heading':
      case 'paragraph':
        return b.runs.some((r) => r.mark)
      case 'list':
        return b.items.some((i) => i.some((r) => r.mark))
      case 'table':
        return [b.header, ...b.rows].some((row) => row.some((c) => c.some((r) => r.mark)))
    }
  })
}
