/** Assertion helpers shared by the repository tests. Not imported by the app. */
import { expect } from 'vitest'
import { ValidationError } from './validation'

/** Awaits `promise`, asserts it rejected with a ValidationError, and returns the error. */
export async function expectValidationError(promise: Promise<unknown>): Promise<ValidationError> {
  const error: unknown = await promise.then(
    () => new Error('expected a ValidationError, but the write succeeded'),
    (e: unknown) => e,
  )
  expect(error).toBeInstanceOf(ValidationError)
  return error as ValidationError
}
