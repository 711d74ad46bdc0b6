/**
 * Every column the activity table can show. The definitions are made once, at module
 * level, and read the precomputed text of each row (activity-rows.ts), so the table never
 * rebuilds them while rendering.
 */
import { createColumnHelper, type ColumnDef, type Table } from '@tanstack/react-table'
import { routeHref } from '../../app/router'
import { t } from '../../i18n/nb'
import { Hyphenated } from '../../ui/hyphenate'
import {
  COLUMN_IDS,
  disclosureText,
  type ActivityRow,
  type ColumnId,
  type PolicyDisclosure,
  type TextColumnId,
} from './activity-rows'
import { MAX_COLUMN_WIDTH, MIN_COLUMN_WIDTH, DEFAULT_WIDTHS } from './table-settings'

const column = createColumnHelper<ActivityRow>()

/** What the cells read besides their row (the table's `meta`). */
export interface ActivityTableMeta {
  /** Which clauses describe each activity; undefined until worked out. */
  disclosure: PolicyDisclosure | undefined
}

/** A cell's padding (0.75rem a side in styles.css) and its border, in pixels. */
const CELL_INSET = 25

/** The width of a cell's text in a column `size` pixels wide. */
function textWidth(size: number): number {
  return size - CELL_INSET
}

function tableMeta(table: Table<ActivityRow>): ActivityTableMeta | undefined {
  return table.options.meta as ActivityTableMeta | undefined
}

/** Columns whose cell shows more than the row's text. */
const SPECIAL: Partial<Record<ColumnId, ColumnDef<ActivityRow, string>>> = {
  name: column.accessor((r) => r.cells.name, {
    id: 'name',
    header: t.activities.columns.name,
    enableHiding: false,
    cell: (info) => (
      // Out of the tab order: the keyboard opens the selected row with Enter.
      <a href={routeHref('activities', info.row.original.activity.id)} tabIndex={-1}>
        <Hyphenated text={info.getValue()} width={textWidth(info.column.getSize())} />
      </a>
    ),
  }),
  status: column.accessor((r) => r.cells.status, {
    id: 'status',
    header: t.activities.columns.status,
    cell: (info) =>
      info.row.original.missing > 0 ? (
        <span className="activities-badge activities-badge--draft">{info.getValue()}</span>
      ) : (
        info.getValue()
      ),
  }),
  // The clauses depend on the clauses and all activities, so they are not in the row's text.
  disclosure: column.accessor(() => '', {
    id: 'disclosure',
    header: t.activities.columns.disclosure,
    cell: (info) => {
      const { activity } = info.row.original
      const disclosure = tableMeta(info.table)?.disclosure
      const text = disclosureText(activity, disclosure)
      if (disclosure?.undisclosed.has(activity.id)) {
        return <span className="activities-badge activities-badge--undisclosed">{text}</span>
      }
      return disclosure?.headings.has(activity.id) ? (
        <Hyphenated text={text ?? ''} width={textWidth(info.column.getSize())} />
      ) : (
        <span className="muted">{text}</span>
      )
    },
  }),
  lastReviewed: column.accessor((r) => r.cells.lastReviewed, {
    id: 'lastReviewed',
    header: t.activities.columns.lastReviewed,
    cell: (info) =>
      info.row.original.activity.lastReviewed === null ? (
        <span className="muted">{info.getValue()}</span>
      ) : (
        info.getValue()
      ),
  }),
}

function textColumn(id: TextColumnId): ColumnDef<ActivityRow, string> {
  return column.accessor((r) => r.cells[id], {
    id,
    header: t.activities.columns[id],
    cell: (info) => (
      <Hyphenated text={info.getValue()} width={textWidth(info.column.getSize())} />
    ),
  })
}

/**
 * All columns, in the default order of the column chooser. The rows arrive sorted
 * (activity-sort.ts): the table only keeps the sort state for the headers.
 */
export const activityColumns: ColumnDef<ActivityRow, string>[] = COLUMN_IDS.map((id) => ({
  ...(id === 'disclosure' ? SPECIAL.disclosure! : (SPECIAL[id] ?? textColumn(id))),
  size: DEFAULT_WIDTHS[id],
  minSize: MIN_COLUMN_WIDTH,
  maxSize: MAX_COLUMN_WIDTH,
  // Text sorts A→Å first; no column starts descending.
  sortDescFirst: false,
}))

export function columnLabel(id: ColumnId): string {
  return t.activities.columns[id]
}
