import { z } from 'zod'
import { email, lang, phone, requiredShort, shortText } from './common'
import { isValidOrgNumber, normalizeOrgNumber } from './org-number'

export const orgNumber = z
  .string()
  .transform(normalizeOrgNumber)
  .refine(isValidOrgNumber, {
    error: 'må ha ni siffer og gyldig kontrollsiffer (modulus 11)',
  })

export const contactPerson = z.strictObject({
  name: shortText,
  email,
  phone,
})
export type ContactPerson = z.infer<typeof contactPerson>

export const address = z.strictObject({
  street: shortText,
  postalCode: z.string().regex(/^(\d{4})?$/, { error: 'må ha fire siffer' }),
  city: shortText,
})
export type Address = z.infer<typeof address>

/** The controller: the company whose record this is (GDPR art. 30(1)(a)). */
export const organization = z.strictObject({
  name: requiredShort,
  orgNumber,
  address,
  email,
  phone,
  website: shortText,
  /** null when the company has no DPO (art. 37 does not always require one). */
  dpo: contactPerson.nullable(),
  customerService: z.strictObject({ email, phone, url: shortText }),
  /** Representative in the EU (art. 27), only for controllers outside the EEA. */
  representative: z
    .strictObject({ name: requiredShort, address: shortText, email, phone })
    .nullable(),
  /** Default language of generated documents. */
  language: lang,
  /** The organisation publishes its documents in both bokmål and nynorsk. */
  bothLanguages: z.boolean(),
})
export type Organization = z.infer<typeof organization>

/** True where the organisation publishes in nynorsk (as its language or beside bokmål). */
export function publishesNynorsk(org: Organization | null): boolean {
  return org !== null && (org.language === 'nn' || org.bothLanguages)
}
