/** The columns of the processor register. */
import { createColumnHelper, type Row } from '@tanstack/react-table'
import { countryName, isEea } from '../../../../shared/law'
import type { Processor } from '../../../../shared/model'
import { routeHref } from '../../app/router'
import { compareText } from '../../i18n/format'
import { t } from '../../i18n/nb'
import { agreementStatus, checklistCount } from './processor-model'

/** A processor with what the list derives from the rest of the workbench. */
export interface ProcessorRow {
  processor: Processor
  activityCount: number
}

const column = createColumnHelper<ProcessorRow>()

function byText(a: Row<ProcessorRow>, b: Row<ProcessorRow>, columnId: string): number {
  return compareText(a.getValue<string>(columnId), b.getValue<string>(columnId))
}

export const processorColumns = [
  column.accessor((r) => r.processor.name, {
    id: 'name',
    header: t.processors.columns.name,
    size: 22,
    sortingFn: byText,
    cell: (info) => {
      const p = info.row.original.processor
      return (
        <>
          <a href={routeHref('processors', p.id)}>{p.name}</a>
          {p.status === 'archived' && <span className="reg-badge">{t.forms.archivedBadge}</span>}
        </>
      )
    },
  }),
  column.accessor((r) => countryName(r.processor.country), {
    id: 'country',
    header: t.processors.columns.country,
    size: 11,
    sortingFn: byText,
    cell: (info) => (
      <>
        {info.getValue()}
        {!isEea(info.row.original.processor.country) && (
          <span className="reg-badge reg-badge--warning">{t.forms.outsideEea}</span>
        )}
      </>
    ),
  }),
  column.accessor((r) => r.processor.services.join('; '), {
    id: 'services',
    header: t.processors.columns.services,
    size: 25,
    sortingFn: byText,
  }),
  column.accessor((r) => r.processor.agreement.signedOn ?? '', {
    id: 'agreement',
    header: t.processors.columns.agreement,
    size: 15,
    // Missing agreements first in ascending order: they need attention most.
    sortingFn: (a, b, id) => a.getValue<string>(id).localeCompare(b.getValue<string>(id)),
    cell: (info) => {
      const p = info.row.original.processor
      return p.agreement.signedOn === null ? (
        <span className="reg-badge reg-badge--danger">{agreementStatus(p)}</span>
      ) : (
        agreementStatus(p)
      )
    },
  }),
  column.accessor((r) => checklistCount(r.processor).done, {
    id: 'checklist',
    header: t.processors.columns.checklist,
    size: 11,
    cell: (info) => {
      const { done, total } = checklistCount(info.row.original.processor)
      return <span className={done < total ? 'reg-incomplete' : undefined}>{t.processors.checklistProgress(done, total)}</span>
    },
  }),
  column.accessor((r) => r.activityCount, {
    id: 'activities',
    header: t.processors.columns.activities,
    size: 12,
    cell: (info) => t.processors.activityCount(info.getValue()),
  }),
]
