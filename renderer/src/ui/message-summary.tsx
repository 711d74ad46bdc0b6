import { t } from '../i18n/nb'
import { messageTexts, type FieldMessage } from './field-messages'

/**
 * The problems of a form in one list above it, announced when they appear: errors that
 * block saving, then warnings. Each message also stands at its field.
 */
export function MessageSummary({ messages }: { messages: readonly FieldMessage[] }) {
  const errors = messageTexts(messages, 'error')
  const warnings = messageTexts(messages, 'warning')
  return (
    <div role="alert" className="reg-summary-region">
      {errors.length > 0 && (
        <div className="reg-summary reg-summary--error">
          <p className="reg-summary__title">{t.forms.errorSummary}</p>
          <ul>
            {errors.map((text) => (
              <li key={text}>{text}</li>
            ))}
          </ul>
        </div>
      )}
      {warnings.length > 0 && (
        <div className="reg-summary reg-summary--warning">
          <p className="reg-summary__title">{t.forms.warningSummary}</p>
          <ul>
            {warnings.map((text) => (
              <li key={text}>{text}</li>
            ))}
          </ul>
        </div>
      )}
    </div>
  )
}
