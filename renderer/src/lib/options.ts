import { fold } from '../../../shared/text/fold'

/** Select options labelled in Vietnamese from a code → label map. */
export function optionsOf<K extends string>(labels: Record<K, string>): Array<{ value: K; label: string }> {
  return (Object.keys(labels) as K[]).map((value) => ({ value, label: labels[value] }))
}

/** Select search that ignores diacritics and folds đ ("thang nhat" finds "Thắng Nhất"). */
export function foldedFilter(input: string, option?: { label?: unknown }): boolean {
  return fold(String(option?.label ?? '')).includes(fold(input))
}
