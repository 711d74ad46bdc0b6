import { createContext, useContext, type ReactNode } from 'react'
import type { OmbudDb } from '../db/schema'

const DbContext = createContext<OmbudDb | null>(null)

/** Hands the database down, so a test or a second window can give the UI its own. */
export function DbProvider({ db, children }: { db: OmbudDb; children: ReactNode }) {
  return <DbContext.Provider value={db}>{children}</DbContext.Provider>
}

export function useDb(): OmbudDb {
  const db = useContext(DbContext)
  if (!db) throw new Error('useDb must be used inside <DbProvider>')
  return db
}
