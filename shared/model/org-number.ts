/**
 * Norwegian organisation numbers (Enhetsregisteret): nine digits, the last a modulus-11
 * check digit with weights 3 2 7 6 5 4 3 2. A remainder that gives check digit 10 means
 * the number was never issued.
 */
const WEIGHTS = [3, 2, 7, 6, 5, 4, 3, 2]

/** Removes spaces so that "999 888 777" and "999888777" are the same number. */
export function normalizeOrgNumber(value: string): string {
  return value.replace(/[\s.]/g, '')
}

export function isValidOrgNumber(value: string): boolean {
  const digits = normalizeOrgNumber(value)
  if (!/^\d{9}$/.test(digits)) return false
  const sum = WEIGHTS.reduce((acc, w, i) => acc + w * Number(digits[i]), 0)
  const rest = sum % 11
  const check = rest === 0 ? 0 : 11 - rest
  return check !== 10 && check === Number(digits[8])
}

/** Formats as Brønnøysundregistrene do: "999 888 777". */
export function formatOrgNumber(value: string): string {
  const d = normalizeOrgNumber(value)
  return /^\d{9}$/.test(d) ? `${d.slice(0, 3)} ${d.slice(3, 6)} ${d.slice(6)}` : value
}
