import { z } from 'zod'
import { describe, expect, it } from 'vitest'
import { describeRecordIssue, issueText } from './messages'
import { transfer } from './transfer'

const schema = z.strictObject({
  criminalData: z.boolean(),
  retention: z.strictObject({ period: z.string() }),
})

function issues(value: unknown, reportInput: boolean) {
  const result = schema.safeParse(value, { reportInput })
  if (result.success) throw new Error('expected a failure')
  return result.error.issues
}

describe('issueText', () => {
  it('tells a missing field from a mistyped one when the input is reported', () => {
    const [mistyped, missing] = issues({ criminalData: 'nei' }, true)
    expect(issueText(mistyped!)).toBe('har feil type (forventet ja/nei)')
    expect(issueText(missing!)).toBe('mangler')
  })

  it('does not claim a field is missing when zod did not report the input', () => {
    const [mistyped] = issues({ criminalData: 'nei' }, false)
    expect(issueText(mistyped!)).toBe('mangler eller har feil type (forventet ja/nei)')
  })
})

describe('describeRecordIssue', () => {
  it('gives the dotted field and a Norwegian sentence starting with the field label', () => {
    expect(describeRecordIssue(issues({ criminalData: true, retention: {} }, true)[0]!)).toEqual({
      field: 'retention.period',
      message: 'Lagringstid › periode mangler.',
    })
  })

  it('says "Posten" for a problem with the whole record', () => {
    const result = transfer.safeParse(42, { reportInput: true })
    expect(describeRecordIssue(result.error!.issues[0]!)).toEqual({
      field: '',
      message: 'Posten har feil type (forventet objekt).',
    })
  })
})
