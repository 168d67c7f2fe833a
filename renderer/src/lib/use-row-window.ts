import { useCallback, useMemo, useState } from 'react'
import { useQueries, type UseQueryResult } from '@tanstack/react-query'
import { rowAt, windowRange, windowsOf } from './row-windows'

/** Windows kept asked for: the view and its neighbours after a jump, without holding a whole scroll's history. */
const KEPT_WINDOWS = 6

interface WindowAnswer<R> {
  rows: R[]
  total: number
}

/** The fetched windows by number, the first answer (total and counts), and whether the list is still loading. */
function collect<R, A extends WindowAnswer<R>>(answers: Array<UseQueryResult<A>>, windows: readonly number[]) {
  const byWindow = new Map<number, readonly R[]>()
  /** Rows of this list's own answers (not the previous filter's, kept on screen while the new one loads). */
  const own: R[] = []
  answers.forEach((answer, i) => {
    if (!answer.data) return
    byWindow.set(windows[i]!, answer.data.rows)
    if (!answer.isPlaceholderData) own.push(...answer.data.rows)
  })
  const head = answers.find((answer) => answer.data)?.data
  return {
    byWindow,
    own,
    head,
    loading: !head && answers.some((answer) => answer.isFetching),
    error: answers.find((answer) => answer.error)?.error ?? null
  }
}

/** The query of one window of a list: the page's own windows and a search's first one, asked for ahead, are the same. */
export function windowQuery<A>(key: readonly unknown[], window: number, fetchWindow: (offset: number, limit: number) => Promise<A>) {
  return {
    queryKey: [...key, 'window', window],
    queryFn: () => {
      const { offset, limit } = windowRange(window)
      return fetchWindow(offset, limit)
    }
  }
}

/**
 * A virtual list over a server-side list of any length (issue 12): the table says which rows are in view
 * (`showRows`), and only the windows holding them are asked for, each by its offset — a dragged scrollbar asks for its
 * own window, never the ones before it. Rows are looked up by index in the fetched windows (`rowAt`); no array of
 * the whole list is built. While the filter changes the previous answer stays on screen until the new one arrives.
 */
export function useRowWindow<R extends { id: number }, A extends WindowAnswer<R>>(
  key: readonly unknown[],
  fetchWindow: (offset: number, limit: number) => Promise<A>,
  options: { enabled?: boolean } = {}
) {
  const keyText = JSON.stringify(key)
  const [asked, setAsked] = useState<{ keyText: string; windows: number[] }>({ keyText, windows: [0] })
  const windows = useMemo(() => (asked.keyText === keyText ? asked.windows : [0]), [asked, keyText])
  const showRows = useCallback(
    (first: number, last: number) =>
      setAsked((current) => {
        const kept = current.keyText === keyText ? current.windows : [0]
        const inView = windowsOf(first, last)
        // Nothing new to ask: the same state, so no redraw (a new list's first rows are window 0, asked already).
        if (inView.every((window) => kept.includes(window))) return current
        // The rows in view first, so the oldest asks are the ones dropped.
        return { keyText, windows: [...inView, ...kept.filter((window) => !inView.includes(window))].slice(0, Math.max(KEPT_WINDOWS, inView.length)) }
      }),
    [keyText]
  )
  const combine = useCallback((answers: Array<UseQueryResult<A>>) => collect<R, A>(answers, windows), [windows])
  const list = useQueries({
    queries: windows.map((window) => ({
      ...windowQuery(key, window, fetchWindow),
      // The previous filter's rows stay while the new filter loads; another window of the same list never stands in.
      placeholderData: (previous: A | undefined, previousQuery?: { queryKey: readonly unknown[] }) =>
        previousQuery && JSON.stringify(previousQuery.queryKey.slice(0, -2)) !== keyText ? previous : undefined,
      enabled: options.enabled ?? true
    })),
    combine
  })
  const { byWindow } = list
  const row = useCallback((index: number) => rowAt(byWindow, index), [byWindow])

  return { ...list, rowAt: row, showRows, listKey: keyText }
}
