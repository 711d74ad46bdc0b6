/** File names of exported privacy policies: «Personvernerklæring Eksempel Energi AS 2026-11-23.docx». */
import type { Lang } from '../../../../shared/model'
import { t } from '../../i18n/nb'
import { truncateBytes, UNSAFE_FILE_NAME_CHARS } from '../../../../shared/file-names'

// File systems count bytes: 150 bytes of company name leaves room for the rest of the name
// under the common 255-byte limit, even when every letter is an «å».
const MAX_COMPANY_BYTES = 150

export interface PolicyFileNameParts {
  company: string
  /** `YYYY-MM-DD`. */
  date: string
  lang: Lang
  /** A saved draft is named as one, so it is not mistaken for the published text. */
  draft?: boolean
  /** The .docx with tracked changes. */
  tracked?: boolean
}

/**
 * «Personvernerklæring Eksempel Energi AS 2026-11-23.docx», with «nynorsk», «utkast» and
 * «med sporede endringer» added where they apply. The company name is made safe for every
 * file system; without one the name is just the word and the date.
 */
export function policyFileName({
  company,
  date,
  lang,
  draft = false,
  tracked = false,
}: PolicyFileNameParts): string {
  const safeCompany = truncateBytes(
    company.replace(/\s+/g, ' ').replace(UNSAFE_FILE_NAME_CHARS, '-').trim(),
    MAX_COMPANY_BYTES,
  )
    .replace(/^[.\s-]+/, '')
    .replace(/[.\s]+$/, '')
  const words = [t.policy.files.base, safeCompany, date.replace(UNSAFE_FILE_NAME_CHARS, '-')]
  if (lang === 'nn') words.push(t.policy.files.nynorsk)
  if (draft) words.push(t.policy.files.draft)
  if (tracked) words.push(t.policy.files.tracked)
  return `${words.filter((w) => w !== '').join(' ')}.docx`
}
