/**
 * Who makes the changes: the user's own name, entered once, recorded as `by` on every
 * change-log entry. It is kept in the `settings` table, so it belongs to this machine
 * and never travels in a workbench file: a colleague who opens the file records their
 * own name.
 *
 * Writes log their change inside transactions that lock only the tables they write, so
 * the name cannot be read from `settings` there. It is read once when the database
 * opens (before any other request runs) and kept in memory beside the database; saving
 * it updates both.
 */
import type { Dexie } from 'dexie'
import { z } from 'zod'
import { shortText } from '../../../../shared/model'
import type { OmbudDb, SettingRow } from '../schema'
import { validate } from './validation'

export const USER_NAME_KEY = 'userName'
/** Set when the user answered the prompt for a name with «Ikke nå»: it is not shown again. */
export const USER_NAME_PROMPT_KEY = 'userNamePromptDismissed'

const userNameSchema = z.object({ userName: shortText })

const names = new WeakMap<Dexie, string>()
const namelessListeners = new WeakMap<Dexie, Set<() => void>>()

function asName(value: unknown): string {
  return typeof value === 'string' ? value.trim() : ''
}

/**
 * Reads the stored name into memory each time `db` opens (Dexie holds back every other
 * request until it is read, so no write can log before it). Called by createDb.
 */
export function loadUserNameOnOpen(db: OmbudDb): void {
  db.on(
    'ready',
    async (vip: Dexie) => {
      const row = (await vip.table('settings').get(USER_NAME_KEY)) as SettingRow | undefined
      names.set(db, asName(row?.value))
    },
    true,
  )
}

/** The name the next change is recorded with: "" when the user has given none. */
export function changeAuthor(db: OmbudDb): string {
  const name = names.get(db) ?? ''
  if (name === '') for (const listener of namelessListeners.get(db) ?? []) listener()
  return name
}

/** The stored name ("" when none is given). */
export async function getUserName(db: OmbudDb): Promise<string> {
  return asName((await db.settings.get(USER_NAME_KEY))?.value)
}

/** Stores the user's name (trimmed; "" removes it) and records later changes with it. */
export async function saveUserName(db: OmbudDb, name: string): Promise<string> {
  const { userName } = validate(userNameSchema, { userName: name.trim() }, 'navnet ditt')
  if (userName === '') await db.settings.delete(USER_NAME_KEY)
  else await db.settings.put({ key: USER_NAME_KEY, value: userName })
  names.set(db, userName)
  return userName
}

/** Calls `listener` whenever a change is recorded without a name. Returns the unsubscribe. */
export function onNamelessChange(db: OmbudDb, listener: () => void): () => void {
  let set = namelessListeners.get(db)
  if (!set) namelessListeners.set(db, (set = new Set()))
  set.add(listener)
  return () => set.delete(listener)
}

/** True once the user has put the prompt for a name aside. */
export async function isUserNamePromptDismissed(db: OmbudDb): Promise<boolean> {
  return (await db.settings.get(USER_NAME_PROMPT_KEY))?.value === true
}

export async function dismissUserNamePrompt(db: OmbudDb): Promise<void> {
  await db.settings.put({ key: USER_NAME_PROMPT_KEY, value: true })
}
