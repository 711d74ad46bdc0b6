/**
 * The DPO's layout of the activity table (which columns, in what order, how wide, and
 * the sort), as stored in the `settings` table. Whatever is stored is checked on the way
 * in: a value from an older version, a hand-edited database or a bug must never stop
 * the table from showing, so anything unusable falls back to the defaults.
 */
import { z } from 'zod'
import { COLUMN_IDS, isColumnId, type ColumnId } from './activity-rows'

export const TABLE_SETTINGS_KEY = 'activities.table'
export const TABLE_SETTINGS_VERSION = 1

export const MIN_COLUMN_WIDTH = 60
export const MAX_COLUMN_WIDTH = 1200

export interface ColumnSetting {
  id: ColumnId
  visible: boolean
  /** Width in CSS pixels. */
  width: number
}

export interface SortSetting {
  id: ColumnId
  desc: boolean
}

export interface TableSettings {
  /** Every column, in display order; hidden ones keep their place for when they are shown again. */
  columns: ColumnSetting[]
  sort: SortSetting | null
}

/**
 * Default widths: wide enough for the usual content of each column; the default columns
 * together fit a window of 1 400 pixels next to the navigation.
 */
export const DEFAULT_WIDTHS: Record<ColumnId, number> = {
  name: 240,
  description: 300,
  owner: 130,
  area: 150,
  systems: 200,
  role: 170,
  purposes: 250,
  legalBases: 180,
  legalDetails: 260,
  specialCategories: 200,
  art9Bases: 220,
  criminalData: 150,
  dataSubjects: 200,
  dataCategories: 240,
  sources: 220,
  requirement: 160,
  automatedDecisions: 170,
  recipients: 220,
  processors: 220,
  jointController: 180,
  transfers: 170,
  retention: 240,
  securityMeasures: 260,
  dpia: 180,
  status: 180,
  lastReviewed: 130,
  createdAt: 120,
  updatedAt: 120,
  disclosure: 205,
}

/** The column that is always shown, first, and stays in view when the table scrolls sideways. */
export const FIRST_COLUMN = 'name' satisfies ColumnId

/**
 * «Personvernerklæringen» comes right after the name: it is empty for most activities, and
 * a flag there must be seen without scrolling sideways.
 */
const DEFAULT_VISIBLE: readonly ColumnId[] = [
  'name',
  'disclosure',
  'owner',
  'purposes',
  'legalBases',
  'status',
  'lastReviewed',
]

export function defaultTableSettings(): TableSettings {
  // The default columns first, in the order above; the others after them, hidden.
  const rest = COLUMN_IDS.filter((id) => !DEFAULT_VISIBLE.includes(id))
  return {
    columns: [...DEFAULT_VISIBLE, ...rest].map((id) => ({
      id,
      visible: DEFAULT_VISIBLE.includes(id),
      width: DEFAULT_WIDTHS[id],
    })),
    sort: { id: 'name', desc: false },
  }
}

const stored = z.object({
  version: z.literal(TABLE_SETTINGS_VERSION),
  columns: z
    .array(
      z.object({
        id: z.string().max(100),
        visible: z.boolean(),
        width: z.number().finite(),
      }),
    )
    .max(500),
  sort: z.object({ id: z.string().max(100), desc: z.boolean() }).nullable(),
})

export function clampWidth(width: number): number {
  return Math.round(Math.min(MAX_COLUMN_WIDTH, Math.max(MIN_COLUMN_WIDTH, width)))
}

/**
 * The settings from a stored value. A value that is not settings of this version gives
 * the defaults; within valid settings, unknown columns and repeats are dropped, widths
 * are kept within bounds, and columns the stored value does not know (added in a later
 * version of Ombud) are appended as the defaults have them: shown if the default layout
 * shows them, so a new column meant to be seen is not hidden from those who had already
 * arranged their table. The name column is always visible, and first.
 */
export function parseTableSettings(value: unknown): TableSettings {
  const result = stored.safeParse(value)
  if (!result.success) return defaultTableSettings()
  const seen = new Set<ColumnId>()
  const columns: ColumnSetting[] = []
  for (const c of result.data.columns) {
    if (!isColumnId(c.id) || seen.has(c.id)) continue
    seen.add(c.id)
    columns.push({ id: c.id, visible: c.visible, width: clampWidth(c.width) })
  }
  for (const id of COLUMN_IDS) {
    if (!seen.has(id)) {
      columns.push({ id, visible: DEFAULT_VISIBLE.includes(id), width: DEFAULT_WIDTHS[id] })
    }
  }
  // The name opens the activity: it is always shown, first (fixed when scrolling sideways).
  const name = columns.splice(
    columns.findIndex((c) => c.id === FIRST_COLUMN),
    1,
  )[0]!
  columns.unshift({ ...name, visible: true })
  const sort = result.data.sort
  return {
    columns,
    sort: sort && isColumnId(sort.id) ? { id: sort.id, desc: sort.desc } : null,
  }
}

/** The value to store: plain JSON with its version, so a later Ombud can read or migrate it. */
export function serializeTableSettings(settings: TableSettings): {
  version: number
  columns: ColumnSetting[]
  sort: SortSetting | null
} {
  return {
    version: TABLE_SETTINGS_VERSION,
    columns: settings.columns.map((c) => ({ id: c.id, visible: c.visible, width: c.width })),
    sort: settings.sort ? { ...settings.sort } : null,
  }
}

/**
 * Moves the column `id` one place up (-1) or down (+1) among all columns. The name column
 * stays first, where it is fixed while the table scrolls sideways.
 */
export function moveColumn(
  columns: readonly ColumnSetting[],
  id: ColumnId,
  by: -1 | 1,
): ColumnSetting[] {
  const from = columns.findIndex((c) => c.id === id)
  const to = from + by
  const first = columns.findIndex((c) => c.id === FIRST_COLUMN)
  if (from < 0 || to < 0 || to >= columns.length || from === first || to === first)
    return [...columns]
  const next = [...columns]
  const [moved] = next.splice(from, 1)
  next.splice(to, 0, moved!)
  return next
}
