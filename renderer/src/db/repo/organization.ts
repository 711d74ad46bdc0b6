/**
 * The organisation (the controller): a single row. Saving it validates (and normalises
 * the organisation number) and logs the change in the same transaction.
 */
import { organization, type Organization } from '../../../../shared/model'
import { ORGANIZATION_KEY, type OmbudDb, type OrganizationRow } from '../schema'
import { validate } from './validation'
import { logChange, sameIgnoringUpdatedAt, timestamp } from './write'

/** The change log's record id for the organisation row. */
export const ORGANIZATION_RECORD_ID = ORGANIZATION_KEY

export async function getOrganization(db: OmbudDb): Promise<Organization | null> {
  const row = await db.organization.get(ORGANIZATION_KEY)
  return row ? withoutKey(row) : null
}

/** Validates and stores the organisation; returns what was stored. Saving it unchanged logs nothing. */
export async function saveOrganization(
  db: OmbudDb,
  input: Organization,
  now: string = timestamp(),
): Promise<Organization> {
  const after = validate(organization, input, 'virksomhetsopplysningene')
  return db.transaction('rw', [db.organization, db.changes], async () => {
    const row = await db.organization.get(ORGANIZATION_KEY)
    const before = row ? withoutKey(row) : null
    if (before && sameIgnoringUpdatedAt(before, after)) return before
    await db.organization.put({ ...after, key: ORGANIZATION_KEY })
    await logChange(db, {
      table: 'organization',
      recordId: ORGANIZATION_RECORD_ID,
      action: before ? 'update' : 'create',
      at: now,
      before,
      after,
    })
    return after
  })
}

export function withoutKey(row: OrganizationRow): Organization {
  const { key: _key, ...org } = row
  return org
}
