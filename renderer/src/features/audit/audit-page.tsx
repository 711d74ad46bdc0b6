import { useMemo, useState } from 'react'
import type { PolicyImport } from '../../../../shared/audit/import-policy'
import { todayIso } from '../../i18n/format'
import { t } from '../../i18n/nb'
import { RegisterAlerts } from '../registers/register-alerts'
import { AuditPackPanel } from './audit-pack-panel'
import { PolicyImportReview } from './policy-import-review'
import { PolicyImportStart } from './policy-import-start'
import { ReadinessFindings, ReadinessScores } from './readiness-dashboard'
import { readinessView } from './readiness-model'
import { useReadinessInput } from './use-readiness-input'

/**
 * «Tilsyn» (`#/audit`): how ready the record is for an audit, the audit pack, and the
 * import of the policy the company uses today. While an import is being reviewed, the
 * review takes the whole page.
 */
export function AuditPage() {
  const wb = useReadinessInput()
  const [imported, setImported] = useState<PolicyImport | null>(null)
  const [notice, setNotice] = useState<string | null>(null)
  const today = todayIso()
  const view = useMemo(() => (wb ? readinessView(wb, today) : undefined), [wb, today])

  if (imported && wb) {
    return (
      <PolicyImportReview
        imp={imported}
        wb={wb}
        onClose={(message) => {
          setImported(null)
          setNotice(message)
        }}
      />
    )
  }
  return (
    <div className="page audit-page">
      <header className="page__header">
        <h1>{t.audit.title}</h1>
        <p className="page__intro">{t.audit.intro}</p>
      </header>
      <p className="audit-notice" role="status">
        {notice}
      </p>
      {wb && view ? <ReadinessScores view={view} /> : <p className="loading">{t.common.loading}</p>}
      <RegisterAlerts />
      <div className="audit-actions">
        <AuditPackPanel />
        <PolicyImportStart
          onImported={(imp) => {
            setNotice(null)
            setImported(imp)
          }}
        />
      </div>
      {wb && view && <ReadinessFindings view={view} wb={wb} />}
    </div>
  )
}
