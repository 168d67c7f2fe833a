const integerFormat = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 0 })

/** "7.325" */
export function formatInteger(value: number): string {
  return integerFormat.format(value)
}

/** Two decimals, comma separator, half-up on exact integers: 252/284 → "88,73%", 2/3 → "66,67%". */
export function formatPercent(numerator: number, denominator: number): string {
  if (denominator === 0) return '—'
  // Integer arithmetic for half-up rounding to hundredths of a percent.
  const scaled = Math.floor((numerator * 20000) / denominator + 1) / 2
  const hundredths = Math.floor(scaled)
  const whole = Math.floor(hundredths / 100)
  const fraction = String(hundredths % 100).padStart(2, '0')
  return `${formatInteger(whole)},${fraction}%`
}
