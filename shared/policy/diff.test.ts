import { describe, expect, it } from 'vitest'
import { sampleWorkbench } from '../../resources/sample-company'
import type { Block, PolicyDoc, TextRun } from '../model/policy-doc'
import type { Workbench } from '../model/workbench'
import { composePolicy } from './compose'
import { diffPolicy, diffRuns, diffSequences, hasMarks } from './diff'
import { testWorkbench } from './test-workbench'

const NOW = '2026-11-23T14:00:00.000Z'

/** Every marked run of a document, with the block type it sits in. */
function marks(doc: PolicyDoc): Array<{ type: Block['type']; mark: 'ins' | 'del'; text: string }> {
  const out: Array<{ type: Block['type']; mark: 'ins' | 'del'; text: string }> = []
  const take = (type: Block['type'], runs: readonly TextRun[]) => {
    for (const r of runs) if (r.mark) out.push({ type, mark: r.mark, text: r.text })
  }
  for (const b of doc.blocks) {
    if (b.type === 'heading' || b.type === 'paragraph') take(b.type, b.runs)
    else if (b.type === 'list') b.items.forEach((i) => take(b.type, i))
    else [b.header, ...b.rows].forEach((row) => row.forEach((c) => take(b.type, c)))
  }
  return out
}

/** The text of a doc as it was before (ins dropped) or after (del dropped) the tracked changes. */
function side(doc: PolicyDoc, keep: 'before' | 'after'): string {
  const drop = keep === 'before' ? 'ins' : 'del'
  const t = (runs: readonly TextRun[]) => runs.filter((r) => r.mark !== drop).map((r) => r.text).join('')
  return doc.blocks
    .map((b) => {
      if (b.type === 'heading' || b.type === 'paragraph') return t(b.runs)
      // Items and rows wholly on the other side disappear.
      if (b.type === 'list') return b.items.map(t).filter((x) => x !== '').join('|')
      return [b.header, ...b.rows]
        .map((row) => row.map(t))
        .filter((row) => row.some((c) => c !== ''))
        .map((row) => row.join('\t'))
        .join('|')
    })
    .filter((s) => s !== '' && !/^[|\t]*$/.test(s))
    .join('\n')
}

function plain(doc: PolicyDoc): string {
  return side(doc, 'after')
}

function compose(wb: Workbench): PolicyDoc {
  return composePolicy(wb, 'nb', { updated: '2026-11-23' })
}

describe('diffSequences', () => {
  it('gives an edit script that turns a into b', () => {
    let seed = 7
    const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648
    for (let round = 0; round < 200; round++) {
      const a = Array.from({ length: Math.floor(rnd() * 30) }, () => 'abcde'[Math.floor(rnd() * 5)]!)
      const b = Array.from({ length: Math.floor(rnd() * 30) }, () => 'abcde'[Math.floor(rnd() * 5)]!)
      const ops = diffSequences(a, b)
      const rebuilt: string[] = []
      const fromA: string[] = []
      for (const o of ops) {
        if (o.op === 'eq') {
          expect(a[o.a]).toBe(b[o.b])
          rebuilt.push(b[o.b]!)
          fromA.push(a[o.a]!)
        } else if (o.op === 'ins') rebuilt.push(b[o.b]!)
        else fromA.push(a[o.a]!)
      }
      expect(rebuilt).toEqual(b)
      expect(fromA).toEqual(a)
    }
  })

  it('finds the shortest script', () => {
    const ops = diffSequences('abcabba'.split(''), 'cbabac'.split(''))
    expect(ops.filter((o) => o.op !== 'eq')).toHaveLength(5)
  })
})

describe('diffRuns', () => {
  it('marks only the words that changed', () => {
    expect(diffRuns([{ text: '3 år etter at kundeforholdet er avsluttet' }], [{ text: '5 år etter at kundeforholdet er avsluttet' }])).toEqual([
      { text: '3', mark: 'del' },
      { text: '5', mark: 'ins' },
      { text: ' år etter at kundeforholdet er avsluttet' },
    ])
  })

  it('folds a lone space between two changes into one deletion and one insertion', () => {
    expect(diffRuns([{ text: 'Lagres i 3 år.' }], [{ text: 'Lagres i 6 måneder.' }])).toEqual([
      { text: 'Lagres i ' },
      { text: '3 år', mark: 'del' },
      { text: '6 måneder', mark: 'ins' },
      { text: '.' },
    ])
  })

  it('keeps bold and italic, and sees a change of formatting as a change', () => {
    expect(diffRuns([{ text: 'Navn', bold: true }, { text: ' og adresse' }], [{ text: 'Navn', bold: true }, { text: ' og adresse' }])).toEqual([
      { text: 'Navn', bold: true },
      { text: ' og adresse' },
    ])
    expect(diffRuns([{ text: 'Navn' }], [{ text: 'Navn', italic: true }])).toEqual([
      { text: 'Navn', mark: 'del' },
      { text: 'Navn', italic: true, mark: 'ins' },
    ])
  })
})

describe('diffPolicy', () => {
  it('marks nothing when nothing changed', () => {
    const doc = compose(sampleWorkbench(NOW))
    const diff = diffPolicy(doc, structuredClone(doc))
    expect(hasMarks(diff)).toBe(false)
    expect(diff).toEqual(doc)
  })

  it('changing one retention period gives one deletion and one insertion in its cell, in each purpose row of the activity', () => {
    const wb = testWorkbench()
    const before = compose(wb)
    wb.activities = wb.activities.map((a) =>
      a.id === 'a-avtale' ? { ...a, retention: a.retention.map((r) => ({ ...r, period: { nb: '5 år etter at kundeforholdet er avsluttet', nn: '5 år etter at kundeforholdet er avsluttet' } })) } : a,
    )
    const after = compose(wb)
    const diff = diffPolicy(before, after)
    // a-avtale has two purposes, one row each, and the period applies to both.
    expect(wb.activities.find((a) => a.id === 'a-avtale')!.purposes).toHaveLength(2)
    expect(marks(diff)).toEqual([
      { type: 'table', mark: 'del', text: '3' },
      { type: 'table', mark: 'ins', text: '5' },
      { type: 'table', mark: 'del', text: '3' },
      { type: 'table', mark: 'ins', text: '5' },
    ])
    const table = diff.blocks.find((b) => b.type === 'table' && b.source.clauseId === 'standard-purposes')
    if (table?.type !== 'table') throw new Error('no purposes table')
    const rows = table.rows.filter((row) => row[0]!.some((r) => r.text === 'Strømavtale og kundeforhold'))
    expect(rows).toHaveLength(2)
    for (const row of rows) {
      expect(row[3]).toEqual([{ text: '3', mark: 'del' }, { text: '5', mark: 'ins' }, { text: ' år etter at kundeforholdet er avsluttet (foreldelsesloven § 2)' }])
    }
    expect(side(diff, 'before')).toBe(plain(before))
    expect(side(diff, 'after')).toBe(plain(after))
  })

  it('the same on the sample workbench, with the whole rest of the document untouched', () => {
    const wb = sampleWorkbench(NOW)
    const before = compose(wb)
    const target = before.blocks.find((b) => b.type === 'table' && b.source.clauseId === 'standard-purposes')!.source.activityIds![2]!
    const old = wb.activities.find((a) => a.id === target)!
    wb.activities = wb.activities.map((a) => (a.id === target ? { ...a, retention: a.retention.map((r, i) => (i === 0 ? { ...r, period: { nb: 'Til kravet er oppgjort', nn: '' } } : r)) } : a))
    const diff = diffPolicy(before, compose(wb))
    const m = marks(diff)
    expect(m.filter((x) => x.mark === 'ins').map((x) => x.text).join(' ')).toMatch(/Til kravet er oppgjort|kravet er oppgjort/)
    expect(m.every((x) => x.type === 'table')).toBe(true)
    expect(m.filter((x) => x.mark === 'del').map((x) => x.text).join(' ').length).toBeGreaterThan(0)
    expect(side(diff, 'before')).toBe(plain(before))
    expect(old.retention[0]!.period.nb).not.toBe('Til kravet er oppgjort')
  })

  it('shows a new activity as inserted rows and items, and a removed one as deleted', () => {
    const wb = testWorkbench()
    const before = compose(wb)
    const base = wb.activities.find((a) => a.id === 'a-nyhetsbrev')!
    wb.activities.push({ ...base, id: 'a-ny', name: 'Kundeundersøkelser', purposes: [{ ...base.purposes[0]!, text: { nb: 'Måle hvor fornøyde kundene er', nn: '' } }], transferIds: [] })
    const after = compose(wb)
    const added = diffPolicy(before, after)
    const ins = marks(added).filter((m) => m.mark === 'ins')
    expect(marks(added).filter((m) => m.mark === 'del')).toEqual([])
    expect(ins.map((m) => m.text)).toContain('Kundeundersøkelser')
    expect(ins.some((m) => m.text.includes('Måle hvor fornøyde kundene er'))).toBe(true)
    // A row in the purposes table and an item in the consent list, nothing else.
    const purposes = added.blocks.find((b) => b.type === 'table' && b.source.clauseId === 'standard-purposes')
    if (purposes?.type !== 'table') throw new Error('no table')
    const inserted = purposes.rows.filter((r) => r.every((c) => c.every((run) => run.mark === 'ins')))
    expect(inserted).toHaveLength(1)
    expect(side(added, 'before')).toBe(plain(before))
    expect(side(added, 'after')).toBe(plain(after))

    const removed = diffPolicy(after, before)
    expect(marks(removed).filter((m) => m.mark === 'ins')).toEqual([])
    expect(marks(removed).map((m) => m.text)).toContain('Kundeundersøkelser')
  })

  it('shows a clause that appears or disappears as whole blocks', () => {
    const wb = testWorkbench()
    const before = compose(wb)
    wb.activities = wb.activities.map((a) => ({ ...a, automatedDecisions: { used: false, profiling: false, logic: { nb: '', nn: '' }, consequences: { nb: '', nn: '' } } }))
    const diff = diffPolicy(before, compose(wb))
    const section = diff.blocks.filter((b) => b.source.clauseId === 'standard-automated-decisions')
    expect(section[0]).toMatchObject({ type: 'heading', runs: [{ text: 'Automatiserte avgjørelser og profilering' }] })
    const table = section.find((b) => b.type === 'table')
    if (table?.type !== 'table') throw new Error('the old table should remain, deleted')
    expect(table.rows.flat(2).every((r) => r.mark === 'del')).toBe(true)
    expect(section.some((b) => b.type === 'paragraph' && b.runs.some((r) => r.mark === 'ins' && r.text.includes('Vi treffer ingen')))).toBe(true)
  })

  it('reads a document that already has marks as its current text', () => {
    const wb = testWorkbench()
    const before = compose(wb)
    wb.activities = wb.activities.map((a) => (a.id === 'a-kamera' ? { ...a, retention: a.retention.map((r) => ({ ...r, period: { nb: '30 dager', nn: '30 dager' } })) } : a))
    const after = compose(wb)
    const tracked = diffPolicy(before, after)
    expect(hasMarks(diffPolicy(tracked, after))).toBe(false)
  })

  it('diffs two 300-row tables with 20 changed rows quickly and precisely', () => {
    const row = (i: number, period: string): TextRun[][] => [[{ text: `Aktivitet ${i}`, bold: true }], [{ text: 'Navn, adresse' }], [{ text: period }]]
    const doc = (changed: Set<number>): PolicyDoc => ({
      lang: 'nb',
      title: 'T',
      company: 'C',
      updated: '2026-01-01',
      blocks: [{ type: 'table', header: [[{ text: 'A' }], [{ text: 'B' }], [{ text: 'C' }]], rows: Array.from({ length: 300 }, (_, i) => row(i, changed.has(i) ? '5 år' : '3 år')), source: {} }],
    })
    const changed = new Set(Array.from({ length: 20 }, (_, i) => i * 15))
    const started = performance.now()
    const diff = diffPolicy(doc(new Set()), doc(changed))
    expect(performance.now() - started).toBeLessThan(2_000)
    expect(marks(diff)).toHaveLength(40)
  })
})
