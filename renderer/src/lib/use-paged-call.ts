import { useState } from 'react'
import { keepPreviousData } from '@tanstack/react-query'
import type { CallInput, CallName, CallOutput } from '../../../shared/api/contract'
import type { PageOf } from '../../../shared/api/fields'
import { useApiQuery } from '../api/hooks'
import { vietnamesePaginationItem } from './pagination'

/** The calls that answer one page of a long list at its offset. */
type PagedCall = { [N in CallName]: CallOutput<N> extends PageOf<unknown> ? N : never }[CallName]

/**
 * One page of a server-side list (issue 12: only what is on screen is asked for). The page goes back to the first when
 * the filter changes; the previous page stays on screen while the next one loads, so nothing jumps.
 */
export function usePagedCall<N extends PagedCall>(name: N, filter: Omit<CallInput<N>, 'offset' | 'limit'>, pageSize: number) {
  const filterText = JSON.stringify(filter)
  const [at, setAt] = useState({ filterText, page: 1 })
  const page = at.filterText === filterText ? at.page : 1
  const query = useApiQuery(name, { ...filter, offset: (page - 1) * pageSize, limit: pageSize } as CallInput<N>, { placeholderData: keepPreviousData })
  const data = query.data as (CallOutput<N> & PageOf<unknown>) | undefined
  return {
    query,
    data: query.data,
    pagination: {
      current: page,
      pageSize,
      total: data?.total ?? 0,
      showSizeChanger: false,
      hideOnSinglePage: true,
      itemRender: vietnamesePaginationItem,
      onChange: (next: number) => setAt({ filterText, page: next })
    }
  }
}
