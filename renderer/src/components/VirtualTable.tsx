import { useEffect, useRef, type CSSProperties, type ReactNode } from 'react'
import { useVirtualizer } from '@tanstack/react-virtual'
import { Checkbox, Spin } from 'antd'
import { VirtualScrollbar } from './VirtualScrollbar'
import './virtual-table.css'

/** One line a row: the scroll height is rows × this, and the row in view is scrollTop ÷ this. */
export const ROW_HEIGHT = 39
const HEADER_HEIGHT = 39
const SELECTION_WIDTH = 40
const SELECTION_KEY = '__selection'
/** Rows drawn beyond the view either side, so a wheel step shows drawn rows. */
const OVERSCAN = 6
/** How long a jump must rest before its rows are asked for: a drag moves every frame (16 ms), a stop is longer. */
const JUMP_REST_MS = 40

export interface VirtualColumn<R> {
  key: string
  title: ReactNode
  /** The narrowest it gets; wider columns share the room left in proportion. */
  width: number
  align?: 'right'
  /** Kept in view while the table scrolls sideways (the name on the left, the actions on the right). */
  fixed?: 'left' | 'right'
  render: (row: R) => ReactNode
  /** The full text, shown on hover when the cell cuts it short. */
  hoverText?: (row: R) => string | undefined
}

export interface VirtualSelection<R> {
  selected: readonly number[]
  onChange: (ids: number[]) => void
  /** The rows the header checkbox chooses: every row of the list fetched so far. */
  choosable: readonly R[]
  headLabel: string
  rowLabel: (row: R) => string
}

interface Props<R extends { id: number }> {
  /** What the grid is, for screen readers. */
  label: string
  total: number
  rowAt: (index: number) => R | undefined
  /** Told the first and last row in view whenever they change: the list fetches their windows. */
  onRowsInView: (first: number, last: number) => void
  columns: Array<VirtualColumn<R>>
  height: number
  loading: boolean
  empty: ReactNode
  /** The list's identity (its filter): a new one brings the view back to the top. */
  listKey: string
  selection?: VirtualSelection<R>
  onRowDoubleClick?: (row: R) => void
}

/**
 * A table over a list of any length with fixed-height rows (issue 12): only the rows in view are drawn, each looked up
 * by index, so the cost of a frame does not grow with the list; the scrollbar is the whole list, and the rows a drag
 * ends on are the ones asked for. Drawn with antd's table tokens; a role="grid" with aria-rowcount/aria-rowindex so a
 * screen reader (and a test) knows which rows of the whole list are shown.
 */
export function VirtualTable<R extends { id: number }>(props: Props<R>) {
  const { total, rowAt, columns, selection, onRowsInView } = props
  const scroller = useRef<HTMLDivElement>(null)
  // The app does not use the React Compiler; the virtualizer renders this table again on every scroll itself.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: total,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    scrollMargin: HEADER_HEIGHT,
    overscan: OVERSCAN
  })
  const items = virtualizer.getVirtualItems()
  const first = items[0]?.index ?? 0
  const last = items.at(-1)?.index ?? -1
  const told = useRef<number | null>(null)
  useEffect(() => {
    // A scroll of a screen or two asks at once; a jump (a dragged thumb crosses thousands of rows a frame) asks once it
    // rests, so the windows it passed are not fetched ahead of the one the user stops on.
    const near = told.current !== null && Math.abs(first - told.current) <= 2 * (last - first + 1)
    const tell = () => {
      told.current = first
      onRowsInView(first, last)
    }
    if (near || told.current === null) return tell()
    const timer = setTimeout(tell, JUMP_REST_MS)
    return () => clearTimeout(timer)
  }, [first, last, onRowsInView])
  // Where a Shift-click's range starts: the row last clicked, forgotten with the list it was in.
  const anchor = useRef<number | null>(null)
  useEffect(() => {
    if (scroller.current) scroller.current.scrollTop = 0
    anchor.current = null
  }, [props.listKey])

  const cells: Array<{ key: string; width: number; fixed?: 'left' | 'right' }> = [
    ...(selection ? [{ key: SELECTION_KEY, width: SELECTION_WIDTH, fixed: 'left' as const }] : []),
    ...columns
  ]
  // The checkbox column keeps its width (the name beside it sticks at that offset); the others share the room left.
  const template = cells.map((cell) => (cell.key === SELECTION_KEY ? `${cell.width}px` : `minmax(${cell.width}px, ${cell.width}fr)`)).join(' ')
  const minWidth = cells.reduce((sum, cell) => sum + cell.width, 0)
  const stick = stickyOffsets(cells)
  const selected = new Set(selection?.selected)
  const chosenOfList = selection ? selection.choosable.filter((row) => selected.has(row.id)).length : 0

  /** A click ticks or unticks its row; with Shift, every fetched row from the last row clicked to it, as a sheet does. */
  const toggle = (index: number, on: boolean, range: boolean) => {
    if (!selection) return
    const from = range && anchor.current !== null ? Math.min(anchor.current, index) : index
    const to = range && anchor.current !== null ? Math.max(anchor.current, index) : index
    const ids = new Set<number>()
    for (let at = from; at <= to; at++) {
      const row = rowAt(at)
      if (row) ids.add(row.id)
    }
    anchor.current = index
    const others = selection.selected.filter((id) => !ids.has(id))
    selection.onChange(on ? [...others, ...ids] : others)
  }
  const toggleAll = (on: boolean) => {
    if (!selection) return
    const ids = new Set(selection.choosable.map((row) => row.id))
    const others = selection.selected.filter((id) => !ids.has(id))
    selection.onChange(on ? [...others, ...ids] : others)
  }

  return (
    <div className="virtual-table-frame">
    <div
      ref={scroller}
      className="virtual-table"
      role="grid"
      // Focusable, so the arrow keys, Page Up/Down and Home/End scroll the list as in antd's table.
      tabIndex={0}
      aria-label={props.label}
      aria-rowcount={total + 1}
      aria-colcount={cells.length}
      aria-multiselectable={selection ? true : undefined}
      aria-busy={props.loading || undefined}
      style={{ height: props.height }}
    >
      <div style={{ minWidth }}>
        <div className="virtual-table-head" role="row" aria-rowindex={1} style={{ gridTemplateColumns: template, height: HEADER_HEIGHT }}>
          {selection && (
            <div role="columnheader" className="virtual-table-cell is-selection" style={stick[0]}>
              <Checkbox
                aria-label={selection.headLabel}
                checked={chosenOfList > 0 && chosenOfList === selection.choosable.length}
                indeterminate={chosenOfList > 0 && chosenOfList < selection.choosable.length}
                onChange={(event) => toggleAll(event.target.checked)}
              />
            </div>
          )}
          {columns.map((column, i) => (
            <div key={column.key} role="columnheader" className={cellClass(column)} style={stick[i + (selection ? 1 : 0)]}>
              {column.title}
            </div>
          ))}
        </div>
        <div role="rowgroup" className="virtual-table-body" style={{ height: Math.max(total * ROW_HEIGHT, props.loading || total === 0 ? 120 : 0) }}>
          {total === 0 && <div className="virtual-table-empty">{props.loading ? <Spin /> : props.empty}</div>}
          {items.map((item) => {
            const row = rowAt(item.index)
            const isSelected = row !== undefined && selected.has(row.id)
            return (
              <div
                key={item.index}
                role="row"
                aria-rowindex={item.index + 2}
                aria-selected={selection ? isSelected : undefined}
                className={`virtual-table-row${isSelected ? ' is-selected' : ''}`}
                data-placeholder={row ? undefined : 'true'}
                style={{ gridTemplateColumns: template, transform: `translateY(${item.start - HEADER_HEIGHT}px)` }}
                onDoubleClick={row && props.onRowDoubleClick ? () => props.onRowDoubleClick!(row) : undefined}
              >
                {selection && (
                  <div role="gridcell" className="virtual-table-cell is-selection" style={stick[0]}>
                    {row && (
                      <Checkbox
                        aria-label={selection.rowLabel(row)}
                        checked={isSelected}
                        onChange={(event) => toggle(item.index, event.target.checked, event.nativeEvent.shiftKey)}
                      />
                    )}
                  </div>
                )}
                {columns.map((column, i) => (
                  <div key={column.key} role="gridcell" className={cellClass(column)} style={stick[i + (selection ? 1 : 0)]} title={row ? column.hoverText?.(row) : undefined}>
                    {row ? column.render(row) : i === 0 ? <span className="row-loading" aria-label="Đang tải dòng" /> : null}
                  </div>
                ))}
              </div>
            )
          })}
        </div>
      </div>
    </div>
    <VirtualScrollbar scroller={scroller} top={HEADER_HEIGHT} measureKey={`${total}:${props.height}`} />
    </div>
  )
}

const cellClass = (column: { align?: 'right'; fixed?: 'left' | 'right' }) =>
  `virtual-table-cell${column.align === 'right' ? ' is-right' : ''}${column.fixed ? ` is-fixed-${column.fixed}` : ''}`

/** The sticky offset of each fixed cell: the fixed cells before it on its side, at their narrowest width. */
function stickyOffsets(cells: Array<{ width: number; fixed?: 'left' | 'right' }>): Array<CSSProperties | undefined> {
  let left = 0
  const offsets: Array<CSSProperties | undefined> = cells.map((cell) => {
    if (cell.fixed !== 'left') return undefined
    const style = { left }
    left += cell.width
    return style
  })
  let right = 0
  for (let i = cells.length - 1; i >= 0; i--) {
    if (cells[i]!.fixed !== 'right') continue
    offsets[i] = { right }
    right += cells[i]!.width
  }
  return offsets
}
