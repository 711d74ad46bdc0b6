import type { Lang } from '../../model/common'
import type { StandardClauseKey } from './keys'
import { NB } from './nb'
import { NN } from './nn'
import type { ClausePhrases } from './phrases'

export * from './keys'
export type { ClausePhrases } from './phrases'
export { NB } from './nb'
export { NN } from './nn'

/** The standard texts of a written language. */
export function phrases(lang: Lang): ClausePhrases {
  return lang === 'nn' ? NN : NB
}

/** The default title of a standard clause in both languages. */
export function standardClauseTitle(key: StandardClauseKey): { nb: string; nn: string } {
  return { nb: NB.titles[key], nn: NN.titles[key] }
}
