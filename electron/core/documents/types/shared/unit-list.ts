import type { UnitType } from '../../../../../shared/domain/units'
import { countText, upper } from '../../format/official-text'
import type { Block, TableBlock, TableColumn, TableRow } from '../../../../../shared/documents/spec'
import { TYPE_ORDER, typeNoun, typeTitle, type UnitFact, type YearFacts } from '../../year/year-facts'
import { capitalise, withEndMark } from './common'

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII', 'XIII', 'XIV', 'XV', 'XVI', 'XVII', 'XVIII', 'XIX', 'XX']
export const roman = (n: number): string => ROMAN[n - 1] ?? String(n)

const collator = new Intl.Collator('vi', { numeric: true })

/** Sorting of documents.md §4(b): area (official order), then type, then name (Intl.Collator('vi')). */
export function sortUnits(units: UnitFact[], facts: YearFacts): UnitFact[] {
  const areaOrder = new Map(facts.areas.map((a, i) => [a.name, i]))
  return [...units].sort(
    (a, b) =>
      (areaOrder.get(a.areaName ?? '') ?? 9999) - (areaOrder.get(b.areaName ?? '') ?? 9999) ||
      TYPE_ORDER.indexOf(a.type) - TYPE_ORDER.indexOf(b.type) ||
      collator.compare(a.name, b.name)
  )
}

export interface ListColumn extends TableColumn {
  value: (unit: UnitFact) => string
}

/**
 * A numbered list grouped by area or by type (APP-TABLE): group rows span the table, STT runs on across groups,
 * an empty list holds one merged "(Không có đơn vị)" row.
 */
export function unitTable(units: UnitFact[], facts: YearFacts, columns: ListColumn[], groupBy: 'area' | 'type' | 'none'): TableBlock {
  const stt: ListColumn = { title: 'STT', width: 800, value: () => '' }
  const all = [stt, ...columns]
  const rows: TableRow[] = []
  if (units.length === 0) rows.push({ kind: 'empty', text: '(Không có đơn vị)' })
  let n = 0
  let group = 0
  let lastKey: string | null = null
  const ordered =
    groupBy === 'type'
      ? sortUnits(units, facts).sort((a, b) => TYPE_ORDER.indexOf(a.type) - TYPE_ORDER.indexOf(b.type))
      : sortUnits(units, facts)
  for (const unit of ordered) {
    const key = groupBy === 'area' ? unit.areaName ?? 'Khác' : groupBy === 'type' ? unit.type : null
    if (key !== null && key !== lastKey) {
      group++
      const label = groupBy === 'area' ? upper(key) : upper(typeNoun(unit.type as UnitType, facts))
      rows.push({ kind: 'group', text: `${roman(group)}. ${label}` })
      lastKey = key
    }
    n++
    rows.push({ kind: 'data', cells: [String(n), ...columns.map((c) => c.value(unit))] })
  }
  return { kind: 'table', columns: all.map(({ title, width, align }) => ({ title, width, ...(align ? { align } : {}) })), rows }
}

/** The "Loại" cell, in the year's legal terms. */
export const typeLabelIn = (facts: YearFacts) => (unit: UnitFact): string => typeTitle(unit.type, facts)

/** "Danh sách này có 01 đơn vị./." */
export function closingLine(count: number): Block {
  return { kind: 'paragraph', runs: [{ text: withEndMark(`Danh sách này có ${countText(count)} đơn vị`) }] }
}

/** "Khu dân cư, cơ quan và doanh nghiệp" for a list title, from the types present. */
export function listSubject(units: UnitFact[], facts: YearFacts): string {
  const types = TYPE_ORDER.filter((t) => units.some((u) => u.type === t))
  if (types.length === 0) return 'Đơn vị'
  const words = types.map((t) => typeNoun(t, facts))
  return capitalise(words.length === 1 ? words[0]! : `${words.slice(0, -1).join(', ')} và ${words[words.length - 1]}`)
}
