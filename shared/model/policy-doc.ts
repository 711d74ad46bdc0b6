/**
 * PolicyDoc: the one document model of a generated privacy policy. A plain tree of
 * blocks whose text runs may carry an `ins` or `del` mark. Every block records where it
 * came from (clause id, activity ids), so the preview can show links and the diff can
 * align two versions. The React preview, the .docx writers and the linter all read it.
 */
import { z } from 'zod'
import { id, idList, isoDate, lang, MAX_TEXT, shortText } from './common'

export const textRun = z.strictObject({
  text: z.string().max(MAX_TEXT),
  bold: z.boolean().optional(),
  italic: z.boolean().optional(),
  mark: z.enum(['ins', 'del']).optional(),
})
export type TextRun = z.infer<typeof textRun>

export const blockSource = z.strictObject({
  clauseId: id.optional(),
  activityIds: idList.optional(),
})
export type BlockSource = z.infer<typeof blockSource>

const runs = z.array(textRun).max(2_000)

export const block = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('heading'), level: z.union([z.literal(1), z.literal(2)]), runs, source: blockSource }),
  z.strictObject({ type: z.literal('paragraph'), runs, source: blockSource }),
  z.strictObject({
    type: z.literal('list'),
    ordered: z.boolean(),
    items: z.array(runs).max(5_000),
    source: blockSource,
  }),
  z.strictObject({
    type: z.literal('table'),
    header: z.array(runs).max(20),
    rows: z.array(z.array(runs).max(20)).max(20_000),
    source: blockSource,
  }),
])
export type Block = z.infer<typeof block>

export const policyDoc = z.strictObject({
  lang,
  title: shortText,
  company: shortText,
  updated: isoDate,
  blocks: z.array(block).max(50_000),
})
export type PolicyDoc = z.infer<typeof policyDoc>
