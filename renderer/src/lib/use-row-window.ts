import { useCallback, useState, type UIEvent } from 'react'
import { useQueries, type UseQueryResult } from '@tanstack/react-query'

/** Rows per request: a screen is about twenty, so a window and its neighbour cover any view. */
export const WINDOW_ROWS = 100

/** A row not fetched yet: drawn empty, at its place, until its window arrives. */
export interface PlaceholderRow {
  id: number
  placeholder: true
}

export function isPlaceholder<R>(row: R | PlaceholderRow): row is PlaceholderRow {
  return (row as PlaceholderRow).placeholder === true
}

interface WindowAnswer<R> {
  rows: R[]
  total: number
}

/** Every row of the list at its place: the fetched windows' rows, placeholders between them. */
function placeRows<R, A extends WindowAnswer<R>>(answers: Array<UseQueryResult<A>>, firstWindow: number) {
  const head = answers.find((answer) => answer.data)?.data
  const rows: Array<R | PlaceholderRow> = Array.from({ length: head?.total ?? 0 }, (_, i) => ({ id: -(i + 1), placeholder: true as const }))
  answers.forEach((answer, i) => {
    answer.data?.rows.forEach((row, j) => {
      const at = (firstWindow + i) * WINDOW_ROWS + j
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

/**
 * A virtual list over a server-side list of any length: the table is given `total` rows at once (so its scrollbar is
 * the whole list and a jump to row 20,000 is one move), and only the windows in view are asked for, each by its
 * offset (issue 12). While the filter changes the previous answer stays on screen until the new one arrives.
 */
export function useRowWindow<R extends { id: number }, A extends WindowAnswer<R>>(
  key: readonly unknown[],
  fetchWindow: (offset: number, limit: number) => Promise<A>,
  options: { enabled?: boolean } = {}
) {
  const keyText = JSON.stringify(key)
  const [view, setView] = useState<{ keyText: string; first: number; last: number }>({ keyText, first: 0, last: 0 })
  const first = view.keyText === keyText ? view.first : 0
  const last = view.keyText === keyText ? view.last : 0
  const combine = useCallback((answers: Array<UseQueryResult<A>>) => placeRows<R, A>(answers, first), [first])
  const list = useQueries({
    queries: Array.from({ length: last - first + 1 }, (_, i) => ({
      queryKey: [...key, 'window', first + i],
      queryFn: () => fetchWindow((first + i) * WINDOW_ROWS, WINDOW_ROWS),
      // The previous filter's rows stay while the new filter loads; another window of the same list never stands in.
      placeholderData: (previous: A | undefined, previousQuery?: { queryKey: readonly unknown[] }) =>
        previousQuery && JSON.stringify(previousQuery.queryKey.slice(0, -2)) !== keyText ? previous : undefined,
      enabled: options.enabled ?? true
    })),
    combine
  })

  /** Pass to the virtual table's onScroll: asks for the windows the view now shows. */
  const onScroll = (event: UIEvent<HTMLElement>) => {
    const target = event.currentTarget
    const total = list.head?.total ?? 0
    if (total === 0 || target.scrollHeight === 0) return
    const top = Math.floor((target.scrollTop / target.scrollHeight) * total)
    const bottom = Math.ceil(((target.scrollTop + target.clientHeight) / target.scrollHeight) * total)
    const nextFirst = Math.max(0, Math.floor(top / WINDOW_ROWS))
    const nextLast = Math.max(nextFirst, Math.min(Math.ceil(total / WINDOW_ROWS) - 1, Math.floor(bottom / WINDOW_ROWS)))
    if (nextFirst !== first || nextLast !== last) setView({ keyText, first: nextFirst, last: nextLast })
  }

  return { ...list, onScroll }
}
