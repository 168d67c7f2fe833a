/**
 * The one formatter of counts and percentages, for the screens and the documents alike (APP-NUMBERS,
 * APP-COUNT-PADDING): thousands ".", decimals ",", rates with two decimals, "-" on a zero denominator.
 */
const integerFormat = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 0 })

/** "7.325" */
export function formatInteger(value: number): string {
  return integerFormat.format(value)
}

/** A count inside running text: 1–9 padded ("02 doanh nghiệp") when `pad`; zero is "0", never "00". */
export function formatCount(value: number, pad = false): string {
  return pad && value >= 1 && value < 10 ? String(value).padStart(2, '0') : formatInteger(value)
}

/** A rate without its sign, two decimals, half-up: 252/284 → "88,73", 6/6 → "100,00"; "-" when nothing to divide by. */
export function formatRate(numerator: number, denominator: number): string {
  if (denominator === 0) return '-'
  // Integer arithmetic for half-up rounding to hundredths of a percent.
  const scaled = Math.floor((numerator * 20000) / denominator + 1) / 2
  const hundredths = Math.floor(scaled)
  const whole = Math.floor(hundredths / 100)
  const fraction = String(hundredths % 100).padStart(2, '0')
  return `${formatInteger(whole)},${fraction}`
}

/** "88,73%", "100,00%"; "-" when nothing to divide by. */
export function formatPercent(numerator: number, denominator: number): string {
  const rate = formatRate(numerator, denominator)
  return rate === '-' ? rate : `${rate}%`
}
