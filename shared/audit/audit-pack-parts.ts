/**
 * The parts of the audit pack the DPO chooses among, in the order of the pack, with the
 * folder each goes into and whether it is in by default. Kept apart from the builder so
 * the app's chooser and the CLI's --help read them without loading the Word and Excel
 * writers.
 */

export const AUDIT_PACK_PARTS = [
  'protokoll',
  'databehandlere',
  'overforinger',
  'dpia',
  'avvikslogg',
  'krav',
  'erklaering',
  'rutiner',
  'kontrollrapport',
  'endringslogg',
] as const
export type AuditPackPart = (typeof AUDIT_PACK_PARTS)[number]

export interface AuditPackPartInfo {
  /** The folder's name inside the pack, after its number. */
  folder: string
  /** The part as the chooser names it. */
  label: string
  /** What the part holds, in a line. */
  help: string
  /** In the pack unless the DPO leaves it out. */
  byDefault: boolean
}

export const AUDIT_PACK_PART_INFO: Record<AuditPackPart, AuditPackPartInfo> = {
  protokoll: {
    folder: 'Protokoll',
    label: 'Protokoll over behandlingsaktiviteter',
    help: 'Artikkel 30, som Word og som Excel i Datatilsynets kolonneoppsett.',
    byDefault: true,
  },
  databehandlere: {
    folder: 'Databehandlere',
    label: 'Databehandlere og databehandleravtaler',
    help: 'Artikkel 28: oversikten og kopier av avtalene som er lagt ved.',
    byDefault: true,
  },
  overforinger: {
    folder: 'Overføringer til tredjeland',
    label: 'Overføringer til tredjeland',
    help: 'Artikkel 44–49: oversikten og kopier av standardavtaler (SCC) og vurderinger (TIA).',
    byDefault: true,
  },
  dpia: {
    folder: 'Vurderinger av personvernkonsekvenser',
    label: 'Vurderinger av personvernkonsekvenser (DPIA)',
    help: 'Artikkel 35: den nyeste versjonen av hver vurdering som Word, med vedlegg.',
    byDefault: true,
  },
  avvikslogg: {
    folder: 'Avvikslogg',
    label: 'Avvikslogg',
    help: 'Artikkel 33 nr. 5: alle brudd på personopplysningssikkerheten, som Excel, med vedlegg.',
    byDefault: true,
  },
  krav: {
    folder: 'Krav fra de registrerte',
    label: 'Krav fra de registrerte (oppsummering)',
    help: 'Artikkel 12 og 15–22: antall krav per type og fristene som er holdt, uten personopplysninger.',
    byDefault: true,
  },
  erklaering: {
    folder: 'Personvernerklæring',
    label: 'Personvernerklæringen',
    help: 'Artikkel 13 og 14: den gjeldende publiserte versjonen.',
    byDefault: true,
  },
  rutiner: {
    folder: 'Rutiner',
    label: 'Rutiner',
    help: 'Artikkel 24: rutinene skrevet i Ombud som Word, og de vedlagte som de er.',
    byDefault: true,
  },
  kontrollrapport: {
    folder: 'Kontrollrapport',
    label: 'Intern kontrollrapport',
    help: 'Ombuds kontroll av protokollen: virksomhetens egen liste over hva som bør rettes.',
    byDefault: false,
  },
  endringslogg: {
    folder: 'Endringslogg',
    label: 'Endringslogg',
    help: 'Hver endring i protokollen, med tidspunkt og hvem som endret.',
    byDefault: true,
  },
}

/** The parts chosen: `true` for each part in the pack. */
export type AuditPackChoice = Record<AuditPackPart, boolean>

/** The parts in by default: every part but the internal readiness report. */
export function defaultAuditPackChoice(): AuditPackChoice {
  return Object.fromEntries(AUDIT_PACK_PARTS.map((p) => [p, AUDIT_PACK_PART_INFO[p].byDefault])) as AuditPackChoice
}

/** Whether `name` is one of the parts. */
export function isAuditPackPart(name: string): name is AuditPackPart {
  return (AUDIT_PACK_PARTS as readonly string[]).includes(name)
}
