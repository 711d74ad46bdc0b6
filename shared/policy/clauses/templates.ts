/**
 * The templates of the standard clauses: they choose the sentences of a language (nb.ts,
 * nn.ts) and fill them with the facts of the record. Each returns the body blocks of its
 * clause; compose.ts adds the heading and the clause id.
 *
 * Record values are kept in runs of their own, apart from the standard wording, so the
 * preview can tell them apart and tests can check the wording alone.
 */
import { ART6, ART9 } from '../../law/legal-bases'
import { countryName, isThirdCountry } from '../../law/countries'
import {
  DEROGATION_LABELS,
  MECHANISM_INFO,
  SCC_MODULE_LABELS,
  type TransferMechanism,
} from '../../law/transfer-mechanisms'
import type { ProcessingActivity } from '../../model/activity'
import type { CategoryKind, Purpose } from '../../model/activity-parts'
import { categoriesOf, hasCriminalData, purposesWithBasis } from '../../model/activity-view'
import { inLang } from '../../model/common'
import type { DataSource } from '../../model/source'
import { formatOrgNumber } from '../../model/org-number'
import type { Organization } from '../../model/organization'
import type { Block } from '../../model/policy-doc'
import type { Processor } from '../../model/processor'
import type { Transfer } from '../../model/transfer'
import { bold, joined, list, paragraph, table, text, type Runs } from '../blocks'
import { compareNb } from '../linking'
import type { StandardClauseKey } from './keys'
import type { ClausePhrases } from './phrases'

export interface TemplateContext {
  ph: ClausePhrases
  org: Organization | null
  /** The company name, or a marked gap. */
  company: string
  /** Active activities with external data subjects, sorted by name. */
  external: readonly ProcessingActivity[]
  /** The activities this clause links by its rule, sorted by name. */
  linked: readonly ProcessingActivity[]
  processors: ReadonlyMap<string, Processor>
  transfers: ReadonlyMap<string, Transfer>
  /** The shared list of named sources. */
  sources: ReadonlyMap<string, DataSource>
}

type Template = (ctx: TemplateContext) => Block[]

const ids = (activities: readonly ProcessingActivity[]) => activities.map((a) => a.id)

/** Distinct values in Norwegian order; case-insensitive duplicates keep the first spelling. */
function distinctSorted(values: Iterable<string>): string[] {
  const seen = new Map<string, string>()
  for (const v of values) {
    const t = v.trim()
    if (t && !seen.has(t.toLocaleLowerCase('nb'))) seen.set(t.toLocaleLowerCase('nb'), t)
  }
  return [...seen.values()].sort(compareNb)
}

function missing(ctx: TemplateContext, what: keyof ClausePhrases['missingWhat']): string {
  return ctx.ph.missing(ctx.ph.missingWhat[what])
}

/** Where people send privacy requests: the DPO, else the company's e-mail, else customer service. */
export function privacyContact(org: Organization | null): string {
  if (!org) return ''
  return org.dpo?.email || org.email || org.customerService.email || org.customerService.url || org.website
}

function contact(ctx: TemplateContext): string {
  return privacyContact(ctx.org) || missing(ctx, 'contact')
}

function paragraphs(texts: readonly string[]): Block[] {
  return texts.map((t) => paragraph([text(t)]))
}

/** Article references in the language of the document (the law module writes them in bokmål). */
function articleRef(mechanism: TransferMechanism, ph: ClausePhrases): string {
  return MECHANISM_INFO[mechanism].article.replace(/beslutning/g, ph.transfers.decision)
}

function mechanismText(mechanism: TransferMechanism, ph: ClausePhrases): string {
  const info = MECHANISM_INFO[mechanism]
  // "label, article", as mechanismWithArticle writes it: labels hold brackets of their own ("(EU) 2021/914").
  return `${info.label[ph.lang]}, ${articleRef(mechanism, ph)}`
}

/** A record text in the document's language (nynorsk falls back to bokmål until written). */
function rec(value: { nb: string; nn: string }, ctx: TemplateContext): string {
  return inLang(value, ctx.ph.lang).trim()
}

/** The activity's name in the document's language. */
function activityName(a: ProcessingActivity, ctx: TemplateContext): string {
  return ctx.ph.lang === 'nn' && a.nameNn.trim() ? a.nameNn.trim() : a.name
}

/** Exactly the basis that covers one purpose, with its law or its named interest. */
function purposeBasisRuns(p: Purpose, ctx: TemplateContext): Runs {
  const { ph } = ctx
  const runs: Runs = []
  if (!p.basis) return [text(missing(ctx, 'basis'))]
  const info = ART6[p.basis]
  runs.push(text(`${info.label[ph.lang]} (${info.article[ph.lang]})`))
  if (info.needs === 'law') {
    runs.push(text(`, ${ph.purposes.lawPrefix} `))
    runs.push(text(rec(p.law, ctx) || missing(ctx, 'law')))
  } else if (info.needs === 'interest') {
    runs.push(text(': '))
    runs.push(text(rec(p.interest, ctx) || missing(ctx, 'interest')))
  }
  if (p.art9Bases.length > 0) {
    runs.push(text(`\n${ph.purposes.specialBasis}: `))
    runs.push(...joined(p.art9Bases.map((b) => `${ART9[b].label[ph.lang]} (${ART9[b].article[ph.lang]})`), '; '))
    if (rec(p.art9Detail, ctx)) runs.push(text(', '), text(rec(p.art9Detail, ctx)))
  }
  if (rec(p.art10Basis, ctx)) {
    runs.push(text(`\n${ph.purposes.criminalBasis}: `), text(rec(p.art10Basis, ctx)))
  }
  return runs
}

/** The categories that serve a purpose: those its retention rules name, else all of the activity. */
function dataRuns(a: ProcessingActivity, ctx: TemplateContext): Runs {
  const names = (kind: CategoryKind) => categoriesOf(a, kind).map((c) => rec(c.name, ctx))
  const ordinary = names('ordinary')
  const runs: Runs = ordinary.length > 0 ? joined(ordinary, ', ') : [text(missing(ctx, 'dataCategories'))]
  const special = names('special')
  if (special.length > 0) runs.push(text(`\n${ctx.ph.purposes.special}: `), ...joined(special, ', '))
  if (hasCriminalData(a)) runs.push(text(`\n${ctx.ph.purposes.criminal}`))
  return runs
}

/** The retention periods that apply to a purpose: its own, else the activity's general ones. */
function retentionRuns(a: ProcessingActivity, p: Purpose | null, ctx: TemplateContext): Runs {
  const own = p ? a.retention.filter((r) => r.purposeIds.includes(p.id)) : []
  const general = a.retention.filter((r) => r.purposeIds.length === 0)
  const rules = own.length > 0 ? own : general
  if (rules.length === 0) return [text(missing(ctx, 'retention'))]
  const byCategory = new Map(a.dataCategories.map((c) => [c.id, c]))
  const runs: Runs = []
  rules.forEach((r, i) => {
    if (i > 0) runs.push(text('\n'))
    const cats = r.categoryIds.map((id) => byCategory.get(id)).filter((c) => c !== undefined)
    if (cats.length > 0) runs.push(...joined(cats.map((c) => rec(c.name, ctx)), ', '), text(': '))
    runs.push(text(rec(r.period, ctx) || missing(ctx, 'retention')))
    if (rec(r.basis, ctx)) runs.push(text(' ('), text(rec(r.basis, ctx)), text(')'))
  })
  return runs
}

function purposeRuns(a: ProcessingActivity, p: Purpose | null, ctx: TemplateContext): Runs {
  return [bold(activityName(a, ctx)), text('\n'), text((p && rec(p.text, ctx)) || missing(ctx, 'purposes'))]
}

/** A list of activity names, one item each. */
function activityList(activities: readonly ProcessingActivity[], ctx: TemplateContext): Block {
  return list(
    activities.map((a) => [text(activityName(a, ctx))]),
    false,
    ids(activities),
  )
}

const introduction: Template = (ctx) => {
  const { ph } = ctx
  const blocks: Block[] = [paragraph([text(ph.introduction.lead(ctx.company))])]
  // Only the groups the policy informs: a group told by a sign or a handbook is not implied.
  const groups = distinctSorted(ctx.linked.flatMap((a) => a.dataSubjects.filter((g) => g.informedBy === 'policy').map((g) => rec(g.name, ctx))))
  if (groups.length > 0) {
    blocks.push(paragraph([text(ph.introduction.groups)]))
    blocks.push(list(groups.map((g) => [text(g)]), false, ids(ctx.linked)))
  }
  blocks.push(paragraph([text(ph.introduction.definition)]), paragraph([text(ph.introduction.law)]))
  return blocks
}

const controller: Template = (ctx) => {
  const { ph, org } = ctx
  const labels = ph.controller.labels
  const blocks: Block[] = [paragraph([text(ph.controller.lead(ctx.company))])]
  const items: Runs[] = []
  const item = (label: string, value: string) => {
    if (value.trim()) items.push([text(`${label}: `), text(value.trim())])
  }
  if (org) {
    item(labels.orgNumber, formatOrgNumber(org.orgNumber))
    const place = [org.address.postalCode, org.address.city].filter(Boolean).join(' ')
    item(labels.address, [org.address.street, place].filter((s) => s.trim()).join(', '))
    item(labels.email, org.email)
    item(labels.phone, org.phone)
    item(labels.website, org.website)
    const cs = [org.customerService.email, org.customerService.phone, org.customerService.url].filter((s) => s.trim())
    if (cs.length > 0) items.push([text(`${labels.customerService}: `), ...joined(cs, ', ')])
  }
  if (items.length > 0) {
    blocks.push(paragraph([text(ph.controller.contact)]), list(items, false))
  } else {
    blocks.push(paragraph([text(missing(ctx, 'contact'))]))
  }
  const rep = org?.representative
  if (rep) {
    const details = [rep.name, rep.address, rep.email, rep.phone].filter((s) => s.trim())
    blocks.push(paragraph([text(`${ph.controller.representative} `), ...joined(details, ', ')]))
  }
  return blocks
}

const dpo: Template = (ctx) => {
  const { ph } = ctx
  const person = ctx.org?.dpo
  if (!person) return [paragraph([text(ph.dpo.none)])]
  const items: Runs[] = []
  if (person.name.trim()) items.push([text(`${ph.dpo.labels.name}: `), text(person.name.trim())])
  if (person.email) items.push([text(`${ph.dpo.labels.email}: `), text(person.email)])
  if (person.phone.trim()) items.push([text(`${ph.dpo.labels.phone}: `), text(person.phone.trim())])
  if (items.length === 0) items.push([text(missing(ctx, 'contact'))])
  return [paragraph([text(ph.dpo.lead)]), list(items, false)]
}

const purposes: Template = (ctx) => {
  const { ph } = ctx
  if (ctx.linked.length === 0) return [paragraph([text(ph.purposes.none)])]
  // One row per purpose with exactly the basis that covers it; the activity name repeats.
  const rows: Runs[][] = []
  for (const a of ctx.linked) {
    const list = a.purposes.length > 0 ? a.purposes : [null]
    for (const p of list) {
      rows.push([purposeRuns(a, p, ctx), dataRuns(a, ctx), p ? purposeBasisRuns(p, ctx) : [text(missing(ctx, 'basis'))], retentionRuns(a, p, ctx)])
    }
  }
  return [
    paragraph([text(ph.purposes.lead)]),
    table(
      ph.purposes.header.map((h) => [text(h)]),
      rows,
      ids(ctx.linked),
    ),
    paragraph([text(ph.purposes.newPurpose)]),
  ]
}

const legitimateInterests: Template = (ctx) => {
  const { ph } = ctx
  if (ctx.linked.length === 0) return [paragraph([text(ph.legitimateInterests.none)])]
  const items = ctx.linked.map((a) => {
    const interests = purposesWithBasis(a, 'legitimate-interests').map((p) => rec(p.interest, ctx))
    const runs: Runs = [bold(activityName(a, ctx)), text(': ')]
    runs.push(...joined(interests.map((i) => i || missing(ctx, 'interest')), '; '))
    return runs
  })
  return [
    paragraph([text(ph.legitimateInterests.lead)]),
    list(items, false, ids(ctx.linked)),
    paragraph([text(ph.legitimateInterests.objection)]),
  ]
}

const sources: Template = (ctx) => {
  const { ph } = ctx
  if (ctx.linked.length === 0) return [paragraph([text(ph.sources.none)])]
  const rows: Array<{ source: string; activity: ProcessingActivity; cells: Runs[] }> = []
  for (const a of ctx.linked) {
    // Each named source with only the categories that come from it. Data the company
    // generates itself or gets from the person is not "from others" and is left out.
    const bySource = new Map<string, string[]>()
    for (const c of a.dataCategories) {
      for (const sid of c.sourceIds) bySource.set(sid, [...(bySource.get(sid) ?? []), rec(c.name, ctx)])
    }
    for (const [sid, categories] of bySource) {
      const source = ctx.sources.get(sid)
      if (!source) continue
      const name = rec(source.name, ctx)
      const label: Runs = [text(name), text(` (${ph.sources.kinds[source.kind]})`)]
      rows.push({ source: name, activity: a, cells: [label, joined(categories, ', '), [text(activityName(a, ctx))]] })
    }
  }
  // Grouped by source, so a reader sees at once everything that comes from, say, Elhub.
  rows.sort((x, y) => compareNb(x.source, y.source))
  return [
    paragraph([text(ph.sources.lead)]),
    table(
      ph.sources.header.map((h) => [text(h)]),
      rows.map((r) => r.cells),
      rows.map((r) => r.activity.id),
    ),
  ]
}

const recipients: Template = (ctx) => {
  const { ph } = ctx
  const withRecipients = ctx.linked.filter((a) => a.recipients.length > 0)
  const withProcessors = ctx.linked.filter((a) => a.processorIds.length > 0)
  const withJoint = ctx.linked.filter((a) => a.jointController.trim() !== '')
  if (withRecipients.length + withProcessors.length + withJoint.length === 0) return [paragraph([text(ph.recipients.none)])]
  const blocks: Block[] = [paragraph([text(ph.recipients.lead)])]
  if (withRecipients.length > 0) {
    const names = distinctSorted(withRecipients.flatMap((a) => a.recipients.map((r) => rec(r, ctx))))
    blocks.push(
      paragraph([text(ph.recipients.recipients)]),
      list(
        names.map((n) => [text(n)]),
        false,
        ids(withRecipients),
      ),
    )
  }
  const services: string[] = []
  for (const a of withProcessors) {
    for (const pid of a.processorIds) {
      const p = ctx.processors.get(pid)
      if (!p || p.status !== 'active') continue
      // A processor without a service category is named instead, so the recipient is not left out.
      services.push(...(p.services.length > 0 ? p.services : [p.name]))
    }
  }
  const serviceList = distinctSorted(services)
  if (serviceList.length > 0) {
    blocks.push(
      paragraph([text(ph.recipients.processors)]),
      list(
        serviceList.map((s) => [text(s)]),
        false,
        ids(withProcessors),
      ),
    )
  }
  for (const a of withJoint) {
    blocks.push(paragraph([text(ph.recipients.joint(a.jointController.trim(), activityName(a, ctx)))], [a.id]))
  }
  return blocks
}

const ADEQUACY_MECHANISMS: ReadonlySet<TransferMechanism> = new Set(['adequacy', 'eu-us-dpf'])

const transfers: Template = (ctx) => {
  const { ph } = ctx
  const found = new Map<string, { transfer: Transfer; activities: ProcessingActivity[] }>()
  for (const a of ctx.linked) {
    for (const tid of a.transferIds) {
      const t = ctx.transfers.get(tid)
      if (!t || !isThirdCountry(t.country)) continue
      const entry = found.get(t.id) ?? { transfer: t, activities: [] }
      entry.activities.push(a)
      found.set(t.id, entry)
    }
  }
  if (found.size === 0) return [paragraph([text(ph.transfers.none)])]
  const entries = [...found.values()].sort(
    (x, y) =>
      compareNb(x.transfer.recipient, y.transfer.recipient) ||
      compareNb(countryName(x.transfer.country, ph.lang), countryName(y.transfer.country, ph.lang)) ||
      (x.transfer.id < y.transfer.id ? -1 : 1),
  )
  const rows = entries.map(({ transfer: t }) => {
    const basis: Runs = [text(mechanismText(t.mechanism, ph))]
    if (t.mechanism === 'scc-2021' && t.sccModule !== null) {
      basis.push(text(`\n${SCC_MODULE_LABELS[t.sccModule][ph.lang]}`))
    }
    if (t.mechanism === 'derogation' && t.derogation !== null) {
      basis.push(text(`\n${DEROGATION_LABELS[t.derogation][ph.lang]}`))
    }
    if (t.fallback !== null && t.fallback !== t.mechanism) {
      basis.push(text(`\n${ph.transfers.fallback}: ${mechanismText(t.fallback, ph)}`))
    }
    return [[text(t.recipient)], [text(countryName(t.country, ph.lang))], basis]
  })
  const activityIds = ids(ctx.linked.filter((a) => entries.some((e) => e.activities.includes(a))))
  const blocks: Block[] = [
    paragraph([text(ph.transfers.lead)]),
    table(
      ph.transfers.header.map((h) => [text(h)]),
      rows,
      activityIds,
    ),
  ]
  const uses = (set: ReadonlySet<TransferMechanism>) =>
    entries.some(({ transfer: t }) => set.has(t.mechanism) || (t.fallback !== null && set.has(t.fallback)))
  if (uses(ADEQUACY_MECHANISMS)) blocks.push(paragraph([text(ph.transfers.adequacy)]))
  const needsSafeguards = entries.some(
    ({ transfer: t }) => !ADEQUACY_MECHANISMS.has(t.mechanism) || (t.fallback !== null && !ADEQUACY_MECHANISMS.has(t.fallback)),
  )
  if (needsSafeguards) {
    // Art. 13(1)(f): how to obtain a copy of the safeguards of arts. 46, 47 and 49.
    blocks.push(paragraph([text(ph.transfers.copy(contact(ctx)))]))
  }
  return blocks
}

const retention: Template = (ctx) => paragraphs(ctx.ph.retention.paragraphs)

const requirement: Template = (ctx) => {
  const { ph } = ctx
  if (ctx.linked.length === 0) return [paragraph([text(ph.requirement.none)])]
  const items = ctx.linked.flatMap((a) => {
    // The linking rule leaves voluntary activities out: art. 13(2)(e) is stated only where it is a requirement.
    if (a.requirement === 'voluntary') return []
    const consequence = rec(a.requirementConsequence, ctx) || missing(ctx, 'consequence')
    return [[bold(activityName(a, ctx)), text(`: ${ph.requirement.labels[a.requirement]}.`), text(' '), text(consequence)]]
  })
  const blocks: Block[] = [paragraph([text(ph.requirement.lead)]), list(items, false, ids(ctx.linked))]
  if (ctx.external.some((a) => !ctx.linked.includes(a))) blocks.push(paragraph([text(ph.requirement.otherwiseVoluntary)]))
  return blocks
}

const automatedDecisions: Template = (ctx) => {
  const { ph } = ctx
  if (ctx.linked.length === 0) return [paragraph([text(ph.automated.none)])]
  const rows = ctx.linked.map((a) => {
    const { used, profiling, logic, consequences } = a.automatedDecisions
    const kind = used && profiling ? ph.automated.kinds.both : used ? ph.automated.kinds.decision : ph.automated.kinds.profiling
    return [
      [bold(activityName(a, ctx)), text(`\n${kind}`)],
      [text(rec(logic, ctx) || missing(ctx, 'logic'))],
      [text(rec(consequences, ctx) || missing(ctx, 'consequences'))],
    ]
  })
  const blocks: Block[] = [
    paragraph([text(ph.automated.lead)]),
    table(
      ph.automated.header.map((h) => [text(h)]),
      rows,
      ids(ctx.linked),
    ),
  ]
  if (ctx.linked.some((a) => a.automatedDecisions.used)) blocks.push(paragraph([text(ph.automated.humanReview)]))
  return blocks
}

const rights: Template = (ctx) => [
  ...paragraphs(ctx.ph.rights.paragraphs),
  paragraph([text(ctx.ph.rights.howTo)]),
  list(
    ctx.ph.rights.steps(contact(ctx)).map((s) => [text(s)]),
    true,
  ),
]

const rightObjection: Template = (ctx) => {
  const { ph } = ctx
  // Art. 21(4): the rights are brought to the reader's attention, clearly and apart from the rest.
  const blocks: Block[] = []
  // Art. 21(1) applies only to processing based on art. 6(1)(e) or (f): the activities this clause links.
  if (ctx.linked.length > 0) {
    blocks.push(
      paragraph([bold(ph.objection.lead)]),
      paragraph([text(ph.objection.stop)]),
      paragraph([text(ph.objection.applies)]),
      activityList(ctx.linked, ctx),
    )
  }
  // Art. 21(2)–(3): objection to direct marketing is absolute, whatever the basis.
  blocks.push(paragraph([bold(ph.objection.marketing)]), paragraph([text(ph.objection.how(contact(ctx)))]))
  return blocks
}

const consentWithdrawal: Template = (ctx) => {
  const { ph } = ctx
  if (ctx.linked.length === 0) return [paragraph([text(ph.consent.none)])]
  return [
    paragraph([text(ph.consent.lead)]),
    paragraph([text(ph.consent.applies)]),
    activityList(ctx.linked, ctx),
    paragraph([text(ph.consent.how(contact(ctx)))]),
  ]
}

const complaint: Template = (ctx) => [paragraph([text(ctx.ph.complaint.lead)]), paragraph([text(ctx.ph.complaint.address)])]

const cookies: Template = (ctx) => {
  const blocks = paragraphs(ctx.ph.cookies.paragraphs)
  if (ctx.linked.length > 0) blocks.push(paragraph([text(ctx.ph.cookies.applies)]), activityList(ctx.linked, ctx))
  return blocks
}

export const TEMPLATES: Record<StandardClauseKey, Template> = {
  introduction,
  controller,
  dpo,
  purposes,
  'legitimate-interests': legitimateInterests,
  sources,
  recipients,
  transfers,
  retention,
  requirement,
  'automated-decisions': automatedDecisions,
  rights,
  'right-access': (ctx) => paragraphs(ctx.ph.rightAccess),
  'right-rectification': (ctx) => paragraphs(ctx.ph.rightRectification),
  'right-erasure': (ctx) => paragraphs(ctx.ph.rightErasure),
  'right-restriction': (ctx) => paragraphs(ctx.ph.rightRestriction),
  'right-portability': (ctx) => paragraphs(ctx.ph.rightPortability),
  'right-objection': rightObjection,
  'consent-withdrawal': consentWithdrawal,
  complaint,
  cookies,
  changes: (ctx) => paragraphs(ctx.ph.changes.paragraphs),
}
