import { Component, type ErrorInfo, type ReactNode } from 'react'
import { t } from '../i18n/nb'
import { Button } from '../ui/button'

interface State {
  error: Error | null
}

/** Shows a Norwegian message instead of a blank window when rendering fails (e.g. IndexedDB will not open). */
export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: null }

  static getDerivedStateFromError(error: unknown): State {
    return { error: error instanceof Error ? error : new Error(String(error)) }
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.error(error, info.componentStack)
  }

  override render(): ReactNode {
    const { error } = this.state
    if (!error) return this.props.children
    const isDatabase = /Dexie|IndexedDB|DatabaseClosed|OpenFailed|VersionError/i.test(
      `${error.name} ${error.message}`,
    )
    return (
      <div className="fatal" role="alert">
        <h1>{t.errors.title}</h1>
        <p>{isDatabase ? t.errors.database : error.message || t.common.unknownError}</p>
        <Button variant="primary" onClick={() => window.location.reload()}>
          {t.errors.reload}
        </Button>
      </div>
    )
  }
}
