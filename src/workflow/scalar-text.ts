/**
 * A plain YAML scalar as the runner turns it into text (docs/runner-emulation.md §5.2): null and
 * `~` are empty, booleans lower-case, numbers printed the .NET way. Shared by the step list and
 * action manifests, whose literal values the runner converts alike.
 */

/** null/~/empty → "", booleans → "true"/"false", numbers → .NET "G15" text (`1.10` → "1.1"). */
export function plainScalarText(value: unknown): string {
  if (value === null || value === undefined) return ''
  if (typeof value === 'boolean') return value ? 'true' : 'false'
  if (typeof value === 'number') return formatNumberG15(value)
  if (typeof value === 'string') return value
  // The YAML core schema yields nothing else for a plain scalar; never print '[object Object]'.
  return JSON.stringify(value) ?? ''
}

/**
 * The runner prints YAML numbers with .NET `ToString("G15")`: 15 significant digits, trailing
 * zeros dropped, scientific notation (`1.5E+16`, `1E-05`) unless -5 < exponent < 15.
 */
export function formatNumberG15(value: number): string {
  if (Number.isNaN(value)) return 'NaN'
  if (!Number.isFinite(value)) return value > 0 ? 'Infinity' : '-Infinity'
  if (value === 0) return Object.is(value, -0) ? '-0' : '0'
  const [mantissa, exponentText] = value.toExponential(14).split('e')
  const exponent = Number(exponentText)
  if (exponent >= 15 || exponent <= -5) {
    const digits = String(Math.abs(exponent)).padStart(2, '0')
    return `${dropTrailingZeros(mantissa)}E${exponent < 0 ? '-' : '+'}${digits}`
  }
  return dropTrailingZeros(value.toPrecision(15))
}

function dropTrailingZeros(decimal: string): string {
  return decimal.includes('.') ? decimal.replace(/\.?0+$/, '') : decimal
}
