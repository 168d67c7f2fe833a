import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react'
import { useQueries, type UseQueryResult } from '@tanstack/react-query'
import type { GetRef, Table } from 'antd'

/** Rows per request: a screen is about twenty, so a window and its neighbour cover any view. */
export const WINDOW_ROWS = 100

/** Windows kept asked for: the view and its neighbours after a jump, without holding a whole scroll's history. */
const KEPT_WINDOWS = 6

/** A row not fetched yet: drawn empty, at its place, until its window arrives. */
export interface PlaceholderRow {
  id: number
  placeholder: true
  /** Its place in the whole list. */
  index: number
}

export function isPlaceholder<R>(row: R | PlaceholderRow): row is PlaceholderRow {
  return (row as PlaceholderRow).placeholder === true
}

interface WindowAnswer<R> {
  rows: R[]
  total: number
}

/** Every row of the list at its place: the fetched windows' rows, placeholders between them. */
function placeRows<R, A extends WindowAnswer<R>>(answers: Array<UseQueryResult<A>>, windows: readonly number[]) {
  const head = answers.find((answer) => answer.data)?.data
  const rows: Array<R | PlaceholderRow> = Array.from({ length: head?.total ?? 0 }, (_, index) => ({ id: -(index + 1), placeholder: true as const, index }))
  answers.forEach((answer, i) => {
    answer.data?.rows.forEach((row, j) => {
      const at = windows[i]! * WINDOW_ROWS + j
      if (at < rows.length) rows[at] = row
    })
  })
  return {
    rows,
    head,
    loading: !head && answers.some((answer) => answer.isFetching),
    error: answers.find((answer) => answer.error)?.error ?? null
  }
}

/** Drawn in a placeholder row: the virtual table renders only the rows in view, so a drawn placeholder is a row the
 * user is looking at, and it asks for its window. */
function AskForWindow({ index, ask }: { index: number; ask: (window: number) => void }) {
  useEffect(() => ask(Math.floor(index / WINDOW_ROWS)), [index, ask])
  return <span className="row-loading" aria-label="Đang tải dòng" />
}

/**
 * A virtual list over a server-side list of any length: the table is given `total` rows at once (so its scrollbar is
 * the whole list and a jump to row 20,000 is one move), and only the windows of the rows on screen are asked for,
 * each by its offset (issue 12). A scroll event cannot say which rows a dragged scrollbar shows; the drawn rows can.
 * While the filter changes the previous answer stays on screen until the new one arrives, and the list goes to its top.
 */
export function useRowWindow<R extends { id: number }, A extends WindowAnswer<R>>(
  key: readonly unknown[],
  fetchWindow: (offset: number, limit: number) => Promise<A>,
  options: { enabled?: boolean } = {}
) {
  const keyText = JSON.stringify(key)
  const [asked, setAsked] = useState<{ keyText: string; windows: number[] }>({ keyText, windows: [0] })
  const windows = useMemo(() => (asked.keyText === keyText ? asked.windows : [0]), [asked, keyText])
  const ask = useCallback(
    (window: number) =>
      setAsked((current) => {
        const kept = current.keyText === keyText ? current.windows : [0]
        if (kept.includes(window)) return current.keyText === keyText ? current : { keyText, windows: kept }
        // Latest first, so the oldest ask is the one dropped: the rows on screen asked last.
        return { keyText, windows: [window, ...kept].slice(0, KEPT_WINDOWS) }
      }),
    [keyText]
  )
  const combine = useCallback((answers: Array<UseQueryResult<A>>) => placeRows<R, A>(answers, windows), [windows])
  const list = useQueries({
    queries: windows.map((window) => ({
      queryKey: [...key, 'window', window],
      queryFn: () => fetchWindow(window * WINDOW_ROWS, WINDOW_ROWS),
      // The previous filter's rows stay while the new filter loads; another window of the same list never stands in.
      placeholderData: (previous: A | undefined, previousQuery?: { queryKey: readonly unknown[] }) =>
        previousQuery && JSON.stringify(previousQuery.queryKey.slice(0, -2)) !== keyText ? previous : undefined,
      enabled: options.enabled ?? true
    })),
    combine
  })

  // The table (given as its ref callback), so a new filter can bring the list to its top. Not state: antd hands a
  // new handle on every render.
  const table = useRef<GetRef<typeof Table> | null>(null)
  const attachTable = useCallback((handle: GetRef<typeof Table> | null) => {
    table.current = handle
  }, [])
  useEffect(() => table.current?.scrollTo({ top: 0 }), [keyText])

  /** The first column's cell of a placeholder row. */
  const placeholderCell = (row: PlaceholderRow): ReactNode => <AskForWindow index={row.index} ask={ask} />

  return { ...list, placeholderCell, attachTable }
}
