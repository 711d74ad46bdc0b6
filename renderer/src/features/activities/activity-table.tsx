import {
  getCoreRowModel,
  getSortedRowModel,
  useReactTable,
  type SortingState,
} from '@tanstack/react-table'
import { useState } from 'react'
import type { ProcessingActivity } from '../../../../shared/model'
import { t } from '../../i18n/nb'
import { VirtualTable } from '../../ui/virtual-table'
import { activityColumns } from './activity-columns'

export interface ActivityTableProps {
  activities: ProcessingActivity[]
  /** The list is filtered: an empty table means "no match" rather than "nothing yet". */
  filtered: boolean
}

/** The sortable, virtualised table of processing activities. */
export function ActivityTable({ activities, filtered }: ActivityTableProps) {
  const [sorting, setSorting] = useState<SortingState>([{ id: 'name', desc: false }])
  // eslint-disable-next-line react-hooks/incompatible-library -- TanStack Table returns a mutable instance; this component is not memoised
  const table = useReactTable({
    data: activities,
    columns: activityColumns,
    state: { sorting },
    onSortingChange: setSorting,
    getCoreRowModel: getCoreRowModel(),
    getSortedRowModel: getSortedRowModel(),
    getRowId: (activity) => activity.id,
  })
  return (
    <VirtualTable
      table={table}
      label={t.activities.tableLabel}
      emptyMessage={filtered ? t.activities.noMatch : t.activities.empty}
    />
  )
}
