import { z } from 'zod'
import { DEROGATIONS, MECHANISMS, SCC_MODULES } from '../law/transfer-mechanisms'
import { countryCode, id, isoDate, isoDateTime, longText, requiredShort } from './common'

/** A transfer of personal data to a third country (GDPR arts. 44–49). */
export const transfer = z.strictObject({
  id,
  /** The processor that receives the data, if it is one of the register. */
  processorId: id.nullable(),
  /** Name of the recipient (copied from the processor, or another party). */
  recipient: requiredShort,
  country: countryCode,
  mechanism: z.enum(MECHANISMS),
  /** For `scc-2021`: which module of Decision (EU) 2021/914. */
  sccModule: z.union(SCC_MODULES.map((m) => z.literal(m))).nullable(),
  /** For `eu-us-dpf`: when the recipient's certification was last checked on the DPF list. */
  dpfCheckedOn: isoDate.nullable(),
  /** For `derogation`: which art. 49 derogation. */
  derogation: z.enum(DEROGATIONS).nullable(),
  /** Transfer impact assessment (SCC clause 14, EDPB Recommendations 01/2020). */
  tiaDate: isoDate.nullable(),
  /** What the transfer falls back on if the main mechanism fails (e.g. SCCs behind the DPF). */
  fallback: z.enum(MECHANISMS).nullable(),
  notes: longText,
  /**
   * Archived transfers no longer take place: they are left out of the documents and the
   * readiness checks but kept, so the activities' links and the history stay whole.
   * Absent in records written before transfers could be archived; absent means active.
   */
  status: z.enum(['active', 'archived']).optional(),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
})
export type Transfer = z.infer<typeof transfer>

/** Whether the transfer takes place (is not archived). */
export function isTransferInUse(t: Pick<Transfer, 'status'>): boolean {
  return t.status !== 'archived'
}

/** The transfers that take place: what the documents and the readiness checks count. */
export function transfersInUse<T extends Pick<Transfer, 'status'>>(transfers: readonly T[]): T[] {
  return transfers.filter(isTransferInUse)
}
