/**
 * The sample's record in the terms of model v2 (issue 9): which basis covers which
 * purpose, how each group of people is informed, which categories concern which group
 * and where each comes from, and the one shared list of sources.
 *
 * The activities in ./sample-company.ts are written in the template's flat terms (one
 * list of purposes beside one list of bases); they are upgraded by migration 002 and then
 * refined here, so the sample states exactly what a DPO would have recorded.
 */
import type { ProcessingActivity } from '../shared/model/activity'
import type { DataCategory, Purpose, SubjectGroup } from '../shared/model/activity-parts'
import type { ActivityV1 } from '../shared/model/migrations/002-record-model-v2'
import type { DataSource } from '../shared/model/source'

/** The named sources outside the company, one record each, shared by every activity. */
export const SAMPLE_SOURCES: DataSource[] = [
  { id: 'src-elhub', name: { nb: 'Elhub', nn: 'Elhub' }, kind: 'third-party', note: 'Målepunkt, måleverdier og flyttemeldinger (avregningsforskriften)' },
  { id: 'src-folkeregisteret', name: { nb: 'Folkeregisteret', nn: 'Folkeregisteret' }, kind: 'public-register', note: 'Navn og adresse, hentet gjennom Elhub' },
  { id: 'src-bank', name: { nb: 'Kundens bank', nn: 'Banken til kunden' }, kind: 'third-party', note: 'Opplysninger om innbetalinger' },
  { id: 'src-kredittdata', name: { nb: 'Kredittdata Norge AS (kredittopplysningsforetak)', nn: 'Kredittdata Norge AS (kredittopplysningsføretak)' }, kind: 'third-party', note: '' },
  { id: 'src-fjordinkasso', name: { nb: 'Fjordinkasso AS', nn: 'Fjordinkasso AS' }, kind: 'third-party', note: 'Betalingsstatus og oppdatert adresse' },
  { id: 'src-identa', name: { nb: 'Identa Pålogging AS (BankID)', nn: 'Identa Pålogging AS (BankID)' }, kind: 'third-party', note: 'Bekreftet identitet ved innlogging' },
  { id: 'src-referanser', name: { nb: 'Referanser som søkeren har oppgitt', nn: 'Referansar som søkjaren har gitt opp' }, kind: 'third-party', note: '' },
  { id: 'src-skatteetaten', name: { nb: 'Skatteetaten', nn: 'Skatteetaten' }, kind: 'public-register', note: 'Skattekort' },
  { id: 'src-nav', name: { nb: 'NAV', nn: 'NAV' }, kind: 'third-party', note: 'Vedtak om sykepengar og refusjon' },
  { id: 'src-varsleren', name: { nb: 'Den som varsler', nn: 'Den som varslar' }, kind: 'third-party', note: 'Om personer det varsles om' },
  { id: 'src-vitner', name: { nb: 'Vitner og andre som intervjues i saken', nn: 'Vitne og andre som blir intervjua i saka' }, kind: 'third-party', note: '' },
]

/** Where a category comes from: the person, the company itself, or a named source (by id). */
type Origin = 'subject' | 'generated' | `src-${string}`
type Informed = 'policy' | { notice: string } | { exemption: string }

interface Refinement {
  /** For each purpose, in order: the index of the version 1 basis that covers it. */
  bases?: number[]
  /** For each purpose, patches on top (a narrower law, how consent is given and withdrawn). */
  purposes?: Record<number, Partial<Purpose>>
  /** The purposes (by index) that process the special categories and criminal data. */
  special?: number[]
  /** For each group, in order: how it is informed. */
  informed?: Informed[]
  /** For each category, in order: where it comes from, and the groups (by index) it concerns. */
  categories?: Array<{ from: Origin[]; groups?: number[] }>
}

const nb = (text: string) => ({ nb: text, nn: '' })

const REFINEMENTS: Record<string, Refinement> = {
  'act-kundeavtale': {
    bases: [0, 1, 0],
    informed: ['policy', 'policy'],
    categories: [
      { from: ['subject', 'src-folkeregisteret'], groups: [0, 1] },
      { from: ['subject'], groups: [0] },
      { from: ['subject', 'src-folkeregisteret'], groups: [0] },
      { from: ['subject'], groups: [0, 1] },
      { from: ['src-elhub'], groups: [0] },
      { from: ['subject'], groups: [0] },
      { from: ['subject', 'src-elhub'], groups: [0] },
    ],
  },
  'act-fakturering': {
    bases: [0, 0, 1],
    informed: ['policy', 'policy'],
    categories: [
      { from: ['subject'], groups: [0, 1] },
      { from: ['generated', 'src-elhub'], groups: [0] },
      { from: ['src-elhub', 'generated'], groups: [0] },
      { from: ['generated', 'src-bank'], groups: [0, 1] },
      { from: ['subject'], groups: [0, 1] },
      { from: ['subject'], groups: [0] },
    ],
  },
  'act-kredittvurdering': {
    categories: [
      { from: ['subject'] },
      { from: ['subject', 'src-kredittdata'] },
      { from: ['src-kredittdata'] },
      { from: ['generated'] },
    ],
  },
  'act-inkasso': {
    bases: [0, 1, 0],
    categories: [
      { from: ['subject', 'src-fjordinkasso'] },
      { from: ['generated', 'src-fjordinkasso'] },
      { from: ['subject', 'generated'] },
    ],
  },
  'act-kundeservice': {
    bases: [0, 1, 2],
    purposes: {
      2: {
        consent: nb(
          'Innringeren blir spurt i starten av samtalen om opptaket kan brukes i opplæringen, og kan si nei eller senere trekke samtykket tilbake ved å kontakte kundeservice.',
        ),
      },
    },
    informed: ['policy', { notice: 'Personalhåndboka' }],
    categories: [
      { from: ['subject', 'generated'], groups: [0] },
      { from: ['subject'], groups: [0] },
      { from: ['subject'], groups: [0] },
      { from: ['generated'], groups: [0, 1] },
      { from: ['subject'], groups: [0, 1] },
    ],
  },
  'act-markedsforing': {
    categories: [
      { from: ['subject'] },
      { from: ['subject'] },
      { from: ['subject'] },
      { from: ['generated'] },
      { from: ['generated'] },
    ],
  },
  'act-nyhetsbrev': {
    categories: [{ from: ['subject'] }, { from: ['subject'] }, { from: ['generated'] }, { from: ['generated'] }],
  },
  'act-maleverdier': {
    categories: [{ from: ['src-elhub'] }, { from: ['src-elhub'] }, { from: ['src-elhub'] }],
  },
  'act-forbruksinnsikt': {
    categories: [{ from: ['src-elhub'] }, { from: ['subject'] }, { from: ['generated'] }, { from: ['subject'] }],
  },
  'act-min-side': {
    bases: [0, 0, 1],
    categories: [
      { from: ['src-identa'] },
      { from: ['subject', 'src-identa'] },
      { from: ['generated'] },
      { from: ['subject'] },
      { from: ['generated'] },
    ],
  },
  'act-kundeundersokelser': {
    informed: ['policy', 'policy'],
    categories: [{ from: ['subject'] }, { from: ['generated'] }, { from: ['subject'] }],
  },
  'act-rekruttering': {
    bases: [0, 1, 2],
    purposes: {
      2: {
        consent: nb(
          'Søkeren krysser av i søknadsskjemaet for å stå i talentbanken, og kan når som helst be om å bli slettet fra den.',
        ),
      },
    },
    informed: ['policy', 'policy'],
    categories: [
      { from: ['subject'], groups: [0, 1] },
      { from: ['subject'], groups: [0] },
      { from: ['generated'], groups: [0] },
      { from: ['src-referanser'], groups: [0] },
    ],
  },
  'act-personal': {
    bases: [0, 1, 1, 1, 0],
    purposes: {
      1: { law: nb('a-opplysningsloven og skattebetalingsloven (forskuddstrekk)') },
      2: { law: nb('arbeidsmiljøloven § 10-7') },
      3: { law: nb('arbeidsmiljøloven § 4-6 og folketrygdloven kapittel 8') },
    },
    special: [3],
    informed: [
      { notice: 'Personalhåndboka' },
      { notice: 'Personalhåndboka, utlevert ved ansettelsen' },
      { notice: 'Skjemaet for kontaktperson ved ulykke, som den ansatte gir sin pårørende' },
    ],
    categories: [
      { from: ['subject'], groups: [0, 1] },
      { from: ['subject', 'generated'], groups: [0, 1] },
      { from: ['subject', 'src-skatteetaten'], groups: [0] },
      { from: ['generated'], groups: [0] },
      { from: ['subject', 'src-nav'], groups: [0] },
      { from: ['subject'], groups: [0, 2] },
      { from: ['subject', 'src-nav'], groups: [0] },
    ],
  },
  'act-kameraovervaking': {
    informed: [{ notice: 'Personalhåndboka og skilt ved kameraene' }, 'policy', 'policy'],
  },
  'act-varsling': {
    special: [0],
    informed: [
      { notice: 'Varslingsrutinen' },
      { notice: 'Varslingsrutinen; personen får vite om saken når det ikke lenger skader undersøkelsen' },
      { notice: 'Varslingsrutinen, og muntlig når de blir intervjuet' },
    ],
    categories: [
      { from: ['subject'], groups: [0, 1] },
      { from: ['subject'], groups: [0] },
      { from: ['src-varsleren', 'src-vitner'], groups: [1] },
      { from: ['generated', 'src-vitner'], groups: [0, 1, 2] },
      { from: ['src-varsleren', 'src-vitner'], groups: [0, 1, 2] },
      { from: ['src-varsleren', 'src-vitner'], groups: [1] },
    ],
  },
  'act-smartstyring': {
    // The pilot is a draft: its basis and retention are deliberately not decided yet.
    categories: [{ from: ['src-elhub'] }, { from: ['generated'] }, { from: ['generated'] }],
  },
  'act-personvernhenvendelser': {
    categories: [{ from: ['subject'] }, { from: ['subject', 'generated'] }, { from: ['subject'] }],
  },
}

function origin(from: readonly Origin[]): Pick<DataCategory, 'fromSubject' | 'generated' | 'sourceIds'> {
  return {
    fromSubject: from.includes('subject'),
    generated: from.includes('generated'),
    sourceIds: from.filter((o) => o !== 'subject' && o !== 'generated'),
  }
}

function informedBy(how: Informed): Pick<SubjectGroup, 'informedBy' | 'notice' | 'exemptionReason'> {
  if (how === 'policy') return { informedBy: 'policy', notice: '', exemptionReason: '' }
  if ('notice' in how) return { informedBy: 'notice', notice: how.notice, exemptionReason: '' }
  return { informedBy: 'exemption', notice: '', exemptionReason: how.exemption }
}

/**
 * The sample activity `a` (upgraded from its flat form `flat`) with what the flat form
 * cannot say. Throws where the refinement and the activity disagree in length, so a
 * change to one cannot silently misalign the other.
 */
export function refineSampleActivity(flat: ActivityV1, a: ProcessingActivity): ProcessingActivity {
  const r = REFINEMENTS[a.id] ?? {}
  const check = (what: string, given: readonly unknown[] | undefined, expected: number) => {
    if (given && given.length !== expected) {
      throw new Error(`${a.id}: ${what} has ${given.length} entries for ${expected}`)
    }
  }
  check('bases', r.bases, flat.purposes.length)
  check('informed', r.informed, a.dataSubjects.length)
  check('categories', r.categories, a.dataCategories.length)

  const special = flat.art9Bases.length > 0 || flat.criminalData
  const purposes = a.purposes.map((p, i): Purpose => {
    const lb = r.bases ? flat.legalBases[r.bases[i]!]! : null
    const withBasis: Purpose = lb
      ? {
          ...p,
          basis: lb.basis,
          law: nb(lb.basis === 'legal-obligation' || lb.basis === 'public-task' ? lb.law : ''),
          interest: nb(lb.basis === 'legitimate-interests' ? lb.interest : ''),
        }
      : p
    const keepsSpecial = !special || !r.special || r.special.includes(i)
    const narrowed: Purpose = keepsSpecial
      ? withBasis
      : { ...withBasis, art9Bases: [], art9Detail: nb(''), art10Basis: nb('') }
    return { ...narrowed, ...r.purposes?.[i] }
  })
  const groups = a.dataSubjects.map((g, i) => (r.informed ? { ...g, ...informedBy(r.informed[i]!) } : g))
  const categories = a.dataCategories.map((c, i) => {
    const spec = r.categories?.[i]
    if (!spec) return c
    return {
      ...c,
      ...origin(spec.from),
      subjectIds: spec.groups ? spec.groups.map((g) => groups[g]!.id) : c.subjectIds,
    }
  })
  const known = new Set(SAMPLE_SOURCES.map((s) => s.id))
  for (const c of categories) {
    for (const s of c.sourceIds) if (!known.has(s)) throw new Error(`${a.id}: «${c.name.nb}» has a source outside SAMPLE_SOURCES`)
  }
  // Every question the migration raised is answered above.
  return { ...a, purposes, dataSubjects: groups, dataCategories: categories, reviewNotes: [] }
}
