/** The columns of the transfer register. */
import { createColumnHelper, type Row } from '@tanstack/react-table'
import { MECHANISM_INFO, countryName, isOutdatedMechanism } from '../../../../shared/law'
import type { Transfer } from '../../../../shared/model'
import { routeHref } from '../../app/router'
import { compareText, formatDate } from '../../i18n/format'
import { t } from '../../i18n/nb'
import { outdatedReason } from './transfer-model'

/** A transfer with the names of the activities that link to it. */
export interface TransferRow {
  transfer: Transfer
  activityNames: string[]
}

const column = createColumnHelper<TransferRow>()

function byText(a: Row<TransferRow>, b: Row<TransferRow>, columnId: string): number {
  return compareText(a.getValue<string>(columnId), b.getValue<string>(columnId))
}

// Missing dates sort first in ascending order: they need attention most.
function byDate(a: Row<TransferRow>, b: Row<TransferRow>, columnId: string): number {
  return a.getValue<string>(columnId).localeCompare(b.getValue<string>(columnId))
}

const dateCell = (value: string) => (value === '' ? '' : formatDate(value))

export const transferColumns = [
  column.accessor((r) => r.transfer.recipient, {
    id: 'recipient',
    header: t.transfers.columns.recipient,
    size: 15,
    sortingFn: byText,
    cell: (info) => (
      <>
        <a href={routeHref('transfers', info.row.original.transfer.id)}>{info.getValue()}</a>
        {info.row.original.transfer.status === 'archived' && (
          <>
            {' '}
            <span className="reg-badge">{t.forms.archivedBadge}</span>
          </>
        )}
      </>
    ),
  }),
  column.accessor((r) => countryName(r.transfer.country), {
    id: 'country',
    header: t.transfers.columns.country,
    size: 9,
    sortingFn: byText,
  }),
  column.accessor((r) => MECHANISM_INFO[r.transfer.mechanism].label.nb, {
    id: 'mechanism',
    header: t.transfers.columns.mechanism,
    size: 19,
    sortingFn: byText,
    cell: (info) => {
      const m = info.row.original.transfer.mechanism
      if (!isOutdatedMechanism(m)) return info.getValue()
      const reason = outdatedReason(m) ?? ''
      return (
        <span title={reason}>
          {info.getValue()} <span className="reg-badge reg-badge--danger">{t.transfers.invalidBadge}</span>{' '}
          <span className="reg-reason">{reason}</span>
        </span>
      )
    },
  }),
  column.accessor((r) => (r.transfer.sccModule === null ? '' : t.transfers.sccModuleShort(r.transfer.sccModule)), {
    id: 'sccModule',
    header: t.transfers.columns.sccModule,
    size: 7,
    sortingFn: byText,
  }),
  column.accessor((r) => r.transfer.dpfCheckedOn ?? '', {
    id: 'dpfCheckedOn',
    header: t.transfers.columns.dpfCheckedOn,
    size: 9,
    sortingFn: byDate,
    cell: (info) => dateCell(info.getValue()),
  }),
  column.accessor((r) => r.transfer.tiaDate ?? '', {
    id: 'tiaDate',
    header: t.transfers.columns.tiaDate,
    size: 9,
    sortingFn: byDate,
    cell: (info) => dateCell(info.getValue()),
  }),
  column.accessor((r) => (r.transfer.fallback === null ? '' : MECHANISM_INFO[r.transfer.fallback].label.nb), {
    id: 'fallback',
    header: t.transfers.columns.fallback,
    size: 16,
    sortingFn: byText,
  }),
  column.accessor((r) => r.activityNames.join(', '), {
    id: 'activities',
    header: t.transfers.columns.activities,
    size: 16,
    sortingFn: byText,
  }),
]
