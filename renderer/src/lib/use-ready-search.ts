import { useCallback, useLayoutEffect, useRef, useState } from 'react'
import { useQueryClient } from '@tanstack/react-query'
import { windowQuery } from './use-row-window'

interface SearchedList<A> {
  key: readonly unknown[]
  fetchWindow: (offset: number, limit: number) => Promise<A>
  /** False while the list cannot be asked for (no year chosen): the search is then shown at once. */
  enabled?: boolean
}

/**
 * The search a virtual list shows, and what its search box calls once typing settles: a new search is shown when the
 * first window of its answer has arrived. The request leaves at once and the page is drawn once, with the new rows,
 * not first again with the old rows while they load; on two cores that redraw slowed the answer itself (issue 12).
 * The last search typed wins; a failed one is shown too, so the list says what went wrong.
 */
export function useReadySearch<A>(listOf: (search: string) => SearchedList<A>): [string, (text: string) => void] {
  const queryClient = useQueryClient()
  const [shown, setShown] = useState('')
  const latest = useRef('')
  // The other filters as they are when the box settles, without a new callback (and a new search) on every redraw.
  const listNow = useRef(listOf)
  useLayoutEffect(() => {
    listNow.current = listOf
  })
  const search = useCallback(
    (text: string) => {
      latest.current = text
      const { key, fetchWindow, enabled = true } = listNow.current(text)
      const show = () => {
        if (latest.current === text) setShown(text)
      }
      if (enabled) queryClient.fetchQuery(windowQuery(key, 0, fetchWindow)).then(show, show)
      else show()
    },
    [queryClient]
  )
  return [shown, search]
}
