/**
 * Labels (bokmål and nynorsk) of the enums the record model v2 added. They wait here for
 * the one label table per enum (issue 9 §3), which will take them over.
 */
import type { CategoryKind, InformedBy } from './activity-parts'
import type { NamedSourceKind } from './source'

interface Label {
  nb: string
  nn: string
}

export const INFORMED_BY_LABELS: Record<InformedBy, Label> = {
  policy: { nb: 'I personvernerklæringen', nn: 'I personvernerklæringa' },
  notice: { nb: 'I et annet varsel', nn: 'I eit anna varsel' },
  exemption: { nb: 'Unntak etter art. 14 nr. 5', nn: 'Unntak etter art. 14 nr. 5' },
  unknown: { nb: 'Ikke angitt', nn: 'Ikkje oppgitt' },
}

export const CATEGORY_KIND_LABELS: Record<CategoryKind, Label> = {
  ordinary: { nb: 'Vanlige personopplysninger', nn: 'Vanlege personopplysningar' },
  special: { nb: 'Særlig kategori (art. 9)', nn: 'Særleg kategori (art. 9)' },
  criminal: { nb: 'Straffedommer og lovovertredelser (art. 10)', nn: 'Straffedommar og lovbrot (art. 10)' },
}

export const NAMED_SOURCE_KIND_LABELS: Record<NamedSourceKind, Label> = {
  'third-party': { nb: 'Annen virksomhet', nn: 'Anna verksemd' },
  'public-register': { nb: 'Offentlig register', nn: 'Offentleg register' },
}
