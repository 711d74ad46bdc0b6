import { describe, expect, it } from 'vitest'
import { sampleWorkbench } from '../../resources/sample-company'
import { POLICY_ELEMENTS } from '../law/art13-14'
import { ART6, ART6_BASES } from '../law/legal-bases'
import type { Clause } from '../model/clause'
import type { Lang } from '../model/common'
import { policyDoc, type Block, type PolicyDoc } from '../model/policy-doc'
import type { Workbench } from '../model/workbench'
import { blockText, runsText } from './blocks'
import { STANDARD_CLAUSES, standardClauseDef } from './clauses'
import { ensureStandardClauses, newStandardClause, standardClauseId } from './clause-records'
import { composePolicy } from './compose'
import { wrongStandardWords } from './language-words'
import { externalActivities } from './linking'
import { TEST_ORGANIZATION, testWorkbench } from './test-workbench'

const NOW = '2026-11-23T14:00:00.000Z'
const OPTS = { updated: '2026-11-23' }
const LANGS: Lang[] = ['nb', 'nn']

/** Workbenches that between them reach every branch of every template. */
function workbenches(): Array<[string, Workbench]> {
  const empty = testWorkbench()
  empty.activities = []
  empty.organization = { ...TEST_ORGANIZATION, dpo: null, representative: { name: 'Rep AS', address: 'Bryssel', email: '', phone: '' } }
  const noOrg = testWorkbench()
  noOrg.organization = null
  noOrg.activities = noOrg.activities.map((a) => ({ ...a, retention: [], purposes: [] }))
  return [
    ['test', testWorkbench()],
    ['sample', sampleWorkbench(NOW)],
    ['empty', empty],
    ['no organization', noOrg],
  ]
}

function clauseOf(doc: PolicyDoc, wb: Workbench, block: Block): Clause | undefined {
  const clauses = ensureStandardClauses(wb.clauses, NOW)
  return clauses.find((c) => c.id === block.source.clauseId)
}

/** Every string of the record, longest first: the policy quotes them verbatim, in whatever language they were written. */
function recordStrings(wb: Workbench): string[] {
  const out = new Set<string>()
  const walk = (v: unknown) => {
    if (typeof v === 'string') {
      if (v.trim()) out.add(v.trim())
    } else if (Array.isArray(v)) v.forEach(walk)
    else if (v && typeof v === 'object') Object.values(v).forEach(walk)
  }
  walk([wb.organization, wb.activities, wb.processors, wb.transfers])
  return [...out].sort((a, b) => b.length - a.length)
}

/** The standard wording of a document: all its text with the record's own strings taken out. */
function standardWording(doc: PolicyDoc, wb: Workbench): string {
  const strings = recordStrings(wb)
  return doc.blocks
    .map((b) => {
      let text = blockText(b)
      for (const s of strings) text = text.split(s).join(' ')
      return text
    })
    .join('\n')
}

describe('composePolicy', () => {
  for (const [name, wb] of workbenches()) {
    for (const lang of LANGS) {
      it(`gives a valid document for the ${name} workbench in ${lang}`, () => {
        const doc = composePolicy(wb, lang, OPTS)
        expect(() => policyDoc.parse(doc)).not.toThrow()
        expect(doc.lang).toBe(lang)
        expect(doc.updated).toBe('2026-11-23')
        for (const b of doc.blocks) expect(b.source.clauseId).toBeTruthy()
      })

      it(`writes the ${name} workbench in ${lang} without forms of the other written standard`, () => {
        const doc = composePolicy(wb, lang, OPTS)
        expect(wrongStandardWords(standardWording(doc, wb), lang)).toEqual([])
      })
    }
  }

  for (const [name, wb] of workbenches().slice(0, 2)) {
    for (const lang of LANGS) {
      it(`covers every art. 13/14 element with text (${name}, ${lang})`, () => {
        const doc = composePolicy(wb, lang, OPTS)
        for (const element of POLICY_ELEMENTS) {
          const covering = doc.blocks.filter((b) => {
            const clause = clauseOf(doc, wb, b)
            const def = clause && standardClauseDef(clause.section)
            return b.type !== 'heading' && def?.elements.includes(element) && blockText(b).trim() !== ''
          })
          expect(covering.length, element).toBeGreaterThan(0)
        }
      })

      it(`has a purposes table row for every active external activity (${name}, ${lang})`, () => {
        const doc = composePolicy(wb, lang, OPTS)
        const table = doc.blocks.find((b) => b.source.clauseId === standardClauseId('purposes') && b.type === 'table')
        if (table?.type !== 'table') throw new Error('no purposes table')
        const external = externalActivities(wb.activities)
        expect(external.length).toBeGreaterThan(3)
        // One row per purpose, with exactly the basis that covers it.
        const expected = external.flatMap((a) => (a.purposes.length > 0 ? a.purposes : [null]).map((p) => ({ a, p })))
        expect(table.rows).toHaveLength(expected.length)
        expect(table.source.activityIds).toEqual(external.map((a) => a.id))
        expected.forEach(({ a, p }, i) => {
          const [purpose, data, basis, retention] = table.rows[i]!.map((c) => runsText(c))
          expect(purpose).toContain(a.name)
          if (p) expect(purpose).toContain(p.text.nb)
          for (const d of a.dataCategories.filter((c) => c.kind === 'ordinary')) expect(data).toContain(d.name.nb)
          if (p?.basis) {
            expect(basis).toContain(ART6[p.basis].label[lang])
            if (p.law.nb) expect(basis).toContain(p.law.nb)
            if (p.interest.nb) expect(basis).toContain(p.interest.nb)
            for (const other of ART6_BASES.filter((b) => b !== p.basis)) expect(basis).not.toContain(ART6[other].label[lang])
          }
          for (const r of a.retention.filter((r) => r.purposeIds.length === 0)) expect(retention).toContain(r.period.nb)
        })
        // Internal, archived and draft activities stay out of the policy.
        const hidden = wb.activities.filter((a) => !external.includes(a))
        expect(hidden.length).toBeGreaterThan(0)
        for (const a of hidden) expect(table.source.activityIds).not.toContain(a.id)
      })
    }
  }

  it('titles the document after the company and orders headings as the clauses', () => {
    const doc = composePolicy(testWorkbench(), 'nb', OPTS)
    expect(doc.title).toBe('Personvernerklæring for Lysfjord Kraft AS')
    expect(doc.company).toBe('Lysfjord Kraft AS')
    const headings = doc.blocks.filter((b) => b.type === 'heading')
    expect(headings.map((h) => h.source.clauseId)).toEqual(STANDARD_CLAUSES.map((d) => standardClauseId(d.key)))
    expect(headings.filter((h) => h.type === 'heading' && h.level === 2)).toHaveLength(5)
    expect(composePolicy(testWorkbench(), 'nn', OPTS).blocks[0]).toMatchObject({ runs: [{ text: 'Om denne personvernerklæringa' }] })
  })

  it('is deterministic, whatever the order of the records', () => {
    const wb = sampleWorkbench(NOW)
    const a = composePolicy(wb, 'nb', OPTS)
    const shuffled: Workbench = {
      ...wb,
      activities: [...wb.activities].reverse(),
      processors: [...wb.processors].reverse(),
      transfers: [...wb.transfers].reverse(),
      clauses: [...ensureStandardClauses([], NOW)].reverse(),
    }
    const b = composePolicy(shuffled, 'nb', OPTS)
    expect(JSON.stringify(b)).toBe(JSON.stringify(a))
    expect(JSON.stringify(composePolicy(wb, 'nb', OPTS))).toBe(JSON.stringify(a))
  })

  it('sorts activities by name in Norwegian order', () => {
    const wb = testWorkbench()
    const base = wb.activities.find((a) => a.id === 'a-nyhetsbrev')!
    wb.activities.push({ ...base, id: 'x-aa', name: 'Åpningstider' }, { ...base, id: 'x-oe', name: 'Ønskeliste' }, { ...base, id: 'x-ae', name: 'Ærlighet' })
    const doc = composePolicy(wb, 'nb', OPTS)
    const table = doc.blocks.find((b) => b.type === 'table' && b.source.clauseId === standardClauseId('purposes'))!
    const ids = table.source.activityIds!
    expect(ids.slice(-3)).toEqual(['x-ae', 'x-oe', 'x-aa'])
  })

  it('leaves out hidden clauses only where the law allows it', () => {
    const wb = testWorkbench()
    wb.clauses = ensureStandardClauses([], NOW).map((c) => (['cookies', 'transfers', 'dpo', 'purposes'].includes(c.section) ? { ...c, hidden: true } : c))
    const shown = (w: Workbench) => new Set(composePolicy(w, 'nb', OPTS).blocks.map((b) => b.source.clauseId))
    expect(shown(wb).has(standardClauseId('cookies'))).toBe(false)
    for (const key of ['transfers', 'dpo', 'purposes']) expect(shown(wb).has(standardClauseId(key as 'dpo')), key).toBe(true)
    wb.activities = wb.activities.map((a) => ({ ...a, transferIds: [] }))
    wb.transfers = []
    wb.organization = { ...TEST_ORGANIZATION, dpo: null }
    expect(shown(wb).has(standardClauseId('transfers'))).toBe(false)
    expect(shown(wb).has(standardClauseId('dpo'))).toBe(false)
    expect(shown(wb).has(standardClauseId('purposes'))).toBe(true)
  })

  it('uses the edited text of an edited standard clause', () => {
    const wb = testWorkbench()
    wb.clauses = ensureStandardClauses([], NOW).map((c) => {
      if (c.section === 'cookies') return { ...c, hidden: true }
      if (c.section === 'retention') {
        return {
          ...c,
          edited: true,
          title: { nb: 'Lagring', nn: '' },
          body: { nb: 'Vi sletter raskt.\n\n- Kundedata etter tre år\n- Logger etter 30 dager\n\nSiste avsnitt\nmed linjeskift.', nn: '' },
        }
      }
      return c
    })
    const nb = composePolicy(wb, 'nb', OPTS)
    expect(nb.blocks.some((b) => b.source.clauseId === standardClauseId('cookies'))).toBe(false)
    const retention = nb.blocks.filter((b) => b.source.clauseId === standardClauseId('retention'))
    expect(retention.map((b) => b.type)).toEqual(['heading', 'paragraph', 'list', 'paragraph'])
    expect(blockText(retention[0]!)).toBe('Lagring')
    expect(retention[2]).toMatchObject({ type: 'list', ordered: false, items: [[{ text: 'Kundedata etter tre år' }], [{ text: 'Logger etter 30 dager' }]] })
    expect(blockText(retention[3]!)).toBe('Siste avsnitt\nmed linjeskift.')
    // Edited in bokmål only: the nynorsk policy keeps the library text.
    const nn = composePolicy(wb, 'nn', OPTS)
    const nnRetention = nn.blocks.filter((b) => b.source.clauseId === standardClauseId('retention'))
    expect(blockText(nnRetention[0]!)).toBe('Kor lenge vi lagrar opplysningane')
    // The edit survives a change in the record.
    wb.activities[0] = { ...wb.activities[0]!, retention: [{ id: 'r1', period: { nb: '10 år', nn: '' }, basis: { nb: '', nn: '' }, categoryIds: [], purposeIds: [] }] }
    const again = composePolicy(wb, 'nb', OPTS)
    expect(again.blocks.filter((b) => b.source.clauseId === standardClauseId('retention'))).toEqual(retention)
  })

  it('places custom and imported clauses at their order, with their linked activities', () => {
    const wb = testWorkbench()
    const custom: Clause = {
      ...newStandardClause('changes', NOW, 'custom-1'),
      section: 'kundeklubb',
      origin: 'custom',
      order: 450,
      title: { nb: 'Kundeklubben', nn: '' },
      body: { nb: 'Som medlem får du rabatter.', nn: '' },
      linkedActivityIds: ['a-nyhetsbrev'],
    }
    wb.clauses = [custom]
    const doc = composePolicy(wb, 'nn', OPTS)
    const i = doc.blocks.findIndex((b) => b.source.clauseId === 'custom-1')
    const purposesTable = doc.blocks.findIndex((b) => b.type === 'table' && b.source.clauseId === standardClauseId('purposes'))
    const interests = doc.blocks.findIndex((b) => b.source.clauseId === standardClauseId('legitimate-interests'))
    expect(i).toBeGreaterThan(purposesTable)
    expect(i).toBeLessThan(interests)
    // Written only in bokmål: the nynorsk policy shows the bokmål text rather than nothing.
    expect(blockText(doc.blocks[i]!)).toBe('Kundeklubben')
    expect(doc.blocks[i]!.source.activityIds).toEqual(['a-nyhetsbrev'])
    expect(blockText(doc.blocks[i + 1]!)).toBe('Som medlem får du rabatter.')
  })

  it('states that there is no DPO, and can drop the clause, only when there is none', () => {
    const wb = testWorkbench()
    const withDpo = composePolicy(wb, 'nb', OPTS).blocks.filter((b) => b.source.clauseId === standardClauseId('dpo'))
    expect(withDpo.map(blockText).join('\n')).toContain('personvern@lysfjord.example')
    wb.organization = { ...TEST_ORGANIZATION, dpo: null }
    const without = composePolicy(wb, 'nb', OPTS).blocks.filter((b) => b.source.clauseId === standardClauseId('dpo'))
    expect(without.map(blockText).join('\n')).toContain('ikke oppnevnt personvernombud')
  })

  it('names the transfers with their country, mechanism and how to get a copy', () => {
    for (const lang of LANGS) {
      const doc = composePolicy(testWorkbench(), lang, OPTS)
      const text = doc.blocks.filter((b) => b.source.clauseId === standardClauseId('transfers')).map(blockText).join('\n')
      expect(text).toContain('USA')
      expect(text).toContain('India')
      expect(text).toContain(lang === 'nb' ? 'Storbritannia' : 'Storbritannia')
      expect(text).toContain('EU–US Data Privacy Framework')
      expect(text).toContain(lang === 'nb' ? 'Standard personvernbestemmelser (EU) 2021/914' : 'Standard personvernføresegner (EU) 2021/914')
      expect(text).toContain(lang === 'nb' ? 'beslutning (EU) 2023/1795' : 'avgjerd (EU) 2023/1795')
      expect(text).toContain('personvern@lysfjord.example')
    }
  })

  it('describes automated decisions only where activities make them', () => {
    const wb = testWorkbench()
    const text = (w: Workbench) =>
      composePolicy(w, 'nb', OPTS)
        .blocks.filter((b) => b.source.clauseId === standardClauseId('automated-decisions'))
        .map(blockText)
        .join('\n')
    expect(text(wb)).toContain('En score under fastsatt terskel')
    expect(text(wb)).toContain('vurdert av en person')
    wb.activities = wb.activities.map((a) => ({ ...a, automatedDecisions: { used: false, profiling: false, logic: { nb: '', nn: '' }, consequences: { nb: '', nn: '' } } }))
    expect(text(wb)).toContain('Vi treffer ingen avgjørelser')
  })

  it('names the third-party sources with the categories of data', () => {
    const doc = composePolicy(testWorkbench(), 'nb', OPTS)
    const table = doc.blocks.find((b) => b.type === 'table' && b.source.clauseId === standardClauseId('sources'))
    if (table?.type !== 'table') throw new Error('no sources table')
    const rows = table.rows.map((r) => r.map((c) => runsText(c)))
    expect(rows.map((r) => r[0])).toEqual([
      'Elhub (annen virksomhet)',
      'Folkeregisteret (offentlig register)',
      'Kredittopplysning Norge AS (annen virksomhet)',
    ])
    // The meter readings the company records itself are not data obtained from others.
    expect(rows.flat().join(' ')).not.toContain('Strømmåleren')
    expect(rows[0]![1]).toBe('Navn, Adresse, Fødselsnummer, Målepunkt-ID')
    expect(rows[0]![2]).toBe('Strømavtale og kundeforhold')
  })

  it('marks facts the record lacks instead of leaving them out', () => {
    const wb = testWorkbench()
    wb.activities[0] = { ...wb.activities[0]!, purposes: wb.activities[0]!.purposes.map((p) => ({ ...p, basis: null })), retention: [] }
    const text = composePolicy(wb, 'nb', OPTS).blocks.map(blockText).join('\n')
    expect(text).toContain('[mangler i protokollen: behandlingsgrunnlag]')
    expect(text).toContain('[mangler i protokollen: lagringstid]')
  })

  const clauseText = (doc: PolicyDoc, key: Parameters<typeof standardClauseId>[0]) =>
    doc.blocks
      .filter((b) => b.source.clauseId === standardClauseId(key))
      .map(blockText)
      .join('\n')

  it('states art. 21(1) «av grunner knyttet til din særlige situasjon» only where a basis is (e) or (f)', () => {
    const wb = testWorkbench()
    const withInterest = { nb: clauseText(composePolicy(wb, 'nb', OPTS), 'right-objection'), nn: clauseText(composePolicy(wb, 'nn', OPTS), 'right-objection') }
    expect(withInterest.nb).toContain('kan du når som helst protestere mot behandlingen av grunner knyttet til din særlige situasjon')
    expect(withInterest.nb).toContain('tvingende berettigede grunner')
    expect(withInterest.nb).toContain('interesser, rettigheter og friheter')
    expect(withInterest.nn).toContain('protestere mot behandlinga av grunnar knytte til den særlege situasjonen din')
    expect(withInterest.nn).toContain('tvingande berettiga grunnar')
    // The legitimate-interests clause points to the same, qualified right.
    expect(clauseText(composePolicy(wb, 'nb', OPTS), 'legitimate-interests')).toContain('av grunner knyttet til din særlige situasjon')
    // No activity on (e) or (f): no art. 21(1) text, only the right about direct marketing.
    wb.activities = wb.activities.map((a) => ({ ...a, purposes: a.purposes.filter((p) => p.basis !== 'legitimate-interests' && p.basis !== 'public-task') }))
    for (const lang of LANGS) {
      const text = clauseText(composePolicy(wb, lang, OPTS), 'right-objection')
      expect(text).not.toMatch(/særleg|særlig|tvingande|tvingende/)
      expect(text).toMatch(/direkte (markedsføring|marknadsføring)/)
    }
  })

  it('states the objection to direct marketing as absolute, in bokmål and nynorsk', () => {
    const nb = clauseText(composePolicy(testWorkbench(), 'nb', OPTS), 'right-objection')
    const nn = clauseText(composePolicy(testWorkbench(), 'nn', OPTS), 'right-objection')
    expect(nb).toContain('Du trenger ikke begrunne protesten: Vi slutter da alltid å bruke opplysningene dine til direkte markedsføring (personvernforordningen artikkel 21 nr. 2 og 3).')
    expect(nn).toContain('Du treng ikkje grunngje protesten: Vi sluttar då alltid å bruke opplysningane dine til direkte marknadsføring (personvernforordninga artikkel 21 nr. 2 og 3).')
    // The marketing right stands apart from art. 21(1), with no weighing of interests.
    const paragraph = composePolicy(testWorkbench(), 'nb', OPTS).blocks.find((b) => blockText(b).startsWith('Bruker vi opplysningene dine til direkte markedsføring'))!
    expect(blockText(paragraph)).not.toMatch(/tvingende|særlige situasjon/)
  })

  it('states art. 13(2)(e) only where giving the data is a requirement, and never «Frivillig»', () => {
    const wb = sampleWorkbench(NOW)
    for (const lang of LANGS) {
      const text = clauseText(composePolicy(wb, lang, OPTS), 'requirement')
      expect(text).not.toMatch(/Frivillig|Friviljug|Det er frivillig\.|Det er friviljug\./)
      // Voluntary activities are not listed; a request about one's rights is not «Lovpålagt».
      expect(text).not.toContain('Markedsføring på e-post og SMS')
      expect(text).not.toContain('Henvendelser om personvernrettigheter')
      // Meter values come from Elhub, not from the customer: art. 13(2)(e) does not apply.
      expect(text).not.toContain('Måleverdier fra Elhub til avregning og Min side')
      expect(text).toContain(lang === 'nb' ? 'Kundeavtale og strømleveranse: Lovpålagt og nødvendig for avtalen.' : 'Kundeavtale og strømleveranse: Lovpålagt og naudsynt for avtalen.')
      expect(text).toContain(
        lang === 'nb'
          ? 'For de andre behandlingene er det ikke et krav i lov eller avtale at du gir oss opplysninger.'
          : 'For dei andre behandlingane er det ikkje eit krav i lov eller avtale at du gjev oss opplysningar.',
      )
    }
    wb.activities = wb.activities.map((a) => ({ ...a, requirement: 'voluntary' as const }))
    expect(clauseText(composePolicy(wb, 'nb', OPTS), 'requirement')).toContain('Det er ikke et krav i lov eller avtale at du gir oss personopplysninger.')
    expect(clauseText(composePolicy(wb, 'nn', OPTS), 'requirement')).toContain('Det er ikkje eit krav i lov eller avtale at du gjev oss personopplysningar.')
  })
})
