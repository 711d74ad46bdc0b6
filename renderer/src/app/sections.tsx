/**
 * The sections of the app, in the order of the navigation. Add a section here when its
 * page exists; the navigation never shows an entry that leads nowhere.
 */
import type { ReactNode } from 'react'
import { ActivitiesPage } from '../features/activities/activities-page'
import { AuditPage } from '../features/audit/audit-page'
import { ImportExportPage } from '../features/excel/import-export-page'
import { HistoryPage } from '../features/history/history-page'
import { OrganizationPage } from '../features/organization/organization-page'
import { PolicyPage } from '../features/policy/policy-page'
import { ProcessorsPage } from '../features/processors/processors-page'
import { BreachesPage } from '../features/registers/breaches-page'
import { DpiaPage } from '../features/registers/dpia-page'
import { RequestsPage } from '../features/registers/requests-page'
import { RoutinesPage } from '../features/registers/routines-page'
import { TransfersPage } from '../features/transfers/transfers-page'
import { tr } from '../i18n/nb-registers'
import { t } from '../i18n/nb'

export interface Section {
  /** The first segment of the route, e.g. `activities` for `#/activities`. */
  id: string
  label: string
  /** Renders the page; `rest` is the route after the section id (e.g. a record id). */
  render: (rest: string[]) => ReactNode
}

export const SECTIONS: readonly Section[] = [
  { id: 'activities', label: t.nav.activities, render: () => <ActivitiesPage /> },
  { id: 'processors', label: t.nav.processors, render: (rest) => <ProcessorsPage rest={rest} /> },
  { id: 'transfers', label: t.nav.transfers, render: (rest) => <TransfersPage rest={rest} /> },
  { id: 'dpia', label: tr.nav.dpia, render: (rest) => <DpiaPage rest={rest} /> },
  { id: 'breaches', label: tr.nav.breaches, render: (rest) => <BreachesPage rest={rest} /> },
  { id: 'requests', label: tr.nav.requests, render: (rest) => <RequestsPage rest={rest} /> },
  { id: 'routines', label: tr.nav.routines, render: (rest) => <RoutinesPage rest={rest} /> },
  { id: 'policy', label: t.nav.policy, render: (rest) => <PolicyPage rest={rest} /> },
  { id: 'audit', label: t.nav.audit, render: () => <AuditPage /> },
  {
    id: 'organization',
    label: t.nav.organization,
    render: (rest) => <OrganizationPage field={rest[0]} />,
  },
  { id: 'history', label: t.nav.changes, render: () => <HistoryPage /> },
  { id: 'import-export', label: t.importExport.navLabel, render: () => <ImportExportPage /> },
]

/** The section a route points to, falling back to the first for unknown or empty routes. */
export function findSection(
  route: string[],
  sections: readonly Section[] = SECTIONS,
): { section: Section; rest: string[] } {
  const [id, ...rest] = route
  const section = sections.find((s) => s.id === id)
  return section ? { section, rest } : { section: sections[0]!, rest: [] }
}
