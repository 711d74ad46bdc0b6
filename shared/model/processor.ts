import { z } from 'zod'
import { ART28_ITEMS } from '../law/art28'
import { isValidOrgNumber } from './org-number'
import { countryCode, email, id, isoDate, isoDateTime, longText, phone, requiredShort, shortText, textList } from './common'

export const subProcessor = z.strictObject({
  name: requiredShort,
  country: countryCode,
  service: shortText,
})
export type SubProcessor = z.infer<typeof subProcessor>

/** A processor (databehandler, GDPR art. 28) and its agreement. */
export const processor = z.strictObject({
  id,
  name: requiredShort,
  /**
   * Norwegian organisation number (mod-11 check digit validated when the processor is
   * established in Norway) or a foreign company id (free text). Empty while unknown.
   */
  orgNumber: shortText,
  country: countryCode,
  services: textList,
  contact: z.strictObject({ name: shortText, email, phone }),
  agreement: z.strictObject({
    /** Date the databehandleravtale was signed; null while none is signed. */
    signedOn: isoDate.nullable(),
    /** Where the signed agreement is kept, e.g. a document number or archive path. */
    reference: shortText,
    /** The art. 28(3) items the DPO has verified in the agreement. */
    checklist: z.partialRecord(z.enum(ART28_ITEMS), z.boolean()),
  }),
  subProcessors: z.array(subProcessor).max(200),
  /** Countries where the data is processed or stored. */
  locations: z.array(countryCode).max(100),
  notes: longText,
  status: z.enum(['active', 'archived']),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
}).superRefine((p, ctx) => {
  if (p.country === 'NO' && p.orgNumber.trim() !== '' && !isValidOrgNumber(p.orgNumber)) {
    ctx.addIssue({
      code: 'custom',
      path: ['orgNumber'],
      input: p.orgNumber,
      message: 'må ha ni siffer og gyldig kontrollsiffer (modulus 11) når databehandleren er norsk',
    })
  }
})
export type Processor = z.infer<typeof processor>
