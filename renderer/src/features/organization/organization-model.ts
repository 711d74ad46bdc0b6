/**
 * The organisation form's state and its way to and from the record. The form keeps the
 * DPO's and the representative's fields while their checkboxes say «none», so unticking
 * brings back what was typed; only the saved record turns them into null.
 */
import {
  formatOrgNumber,
  normalizeOrgNumber,
  type ContactPerson,
  type Lang,
  type Organization,
} from '../../../../shared/model'
import type { FieldMessage } from '../../ui/field-messages'
import { newOrganization, orgNumberError } from '../start/new-organization'

export interface Representative {
  name: string
  address: string
  email: string
  phone: string
}

export interface OrganizationFormState {
  name: string
  orgNumber: string
  address: Organization['address']
  email: string
  phone: string
  website: string
  noDpo: boolean
  dpo: ContactPerson
  customerService: Organization['customerService']
  hasRepresentative: boolean
  representative: Representative
  language: Lang
  bothLanguages: boolean
}

/** The form filled in from the stored record (or an empty one), the number grouped as in the register. */
export function toFormState(org: Organization | null): OrganizationFormState {
  const o = org ?? newOrganization('', '')
  return {
    name: o.name,
    orgNumber: formatOrgNumber(o.orgNumber),
    address: { ...o.address },
    email: o.email,
    phone: o.phone,
    website: o.website,
    noDpo: o.dpo === null,
    dpo: o.dpo ? { ...o.dpo } : { name: '', email: '', phone: '' },
    customerService: { ...o.customerService },
    hasRepresentative: o.representative !== null,
    representative: o.representative ? { ...o.representative } : { name: '', address: '', email: '', phone: '' },
    language: o.language,
    bothLanguages: o.bothLanguages,
  }
}

/** The record the form stands for, as the store will receive it. */
export function fromFormState(state: OrganizationFormState): Organization {
  return {
    name: state.name.trim(),
    orgNumber: normalizeOrgNumber(state.orgNumber),
    address: { street: state.address.street, postalCode: state.address.postalCode.trim(), city: state.address.city },
    email: state.email.trim(),
    phone: state.phone.trim(),
    website: state.website.trim(),
    dpo: state.noDpo
      ? null
      : { name: state.dpo.name, email: state.dpo.email.trim(), phone: state.dpo.phone.trim() },
    customerService: {
      email: state.customerService.email.trim(),
      phone: state.customerService.phone.trim(),
      url: state.customerService.url.trim(),
    },
    representative: state.hasRepresentative
      ? {
          name: state.representative.name.trim(),
          address: state.representative.address,
          email: state.representative.email.trim(),
          phone: state.representative.phone.trim(),
        }
      : null,
    language: state.language,
    bothLanguages: state.bothLanguages,
  }
}

/** What the form checks itself, in plain words; the store validates formats such as e-mail addresses. */
export function organizationProblems(state: OrganizationFormState): FieldMessage[] {
  const problems: FieldMessage[] = []
  if (state.name.trim() === '') problems.push({ field: 'name', message: 'Skriv navnet på virksomheten.' })
  const orgNumber = orgNumberError(state.orgNumber)
  if (orgNumber) problems.push({ field: 'orgNumber', message: orgNumber })
  if (!/^(\d{4})?$/.test(state.address.postalCode.trim())) {
    problems.push({ field: 'address.postalCode', message: 'Postnummeret må ha fire siffer.' })
  }
  if (!state.noDpo && state.dpo.name.trim() === '' && state.dpo.email.trim() === '') {
    problems.push({
      field: 'dpo.name',
      message: 'Skriv navnet eller e-postadressen til personvernombudet, eller kryss av for at virksomheten ikke har personvernombud.',
    })
  }
  if (state.hasRepresentative && state.representative.name.trim() === '') {
    problems.push({ field: 'representative.name', message: 'Skriv navnet på representanten.' })
  }
  return problems
}
