import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react'
import type { YearRow } from '../../../shared/api/calls/cycle'
import { useApiQuery } from '../api/hooks'

const STORAGE_KEY = 'antt-desk.year'

interface YearState {
  /** The year chosen in the top bar; null while no year has been opened. */
  year: number | null
  setYear: (year: number) => void
  years: YearRow[]
  current: YearRow | null
  loading: boolean
}

const YearContext = createContext<YearState>({ year: null, setYear: () => undefined, years: [], current: null, loading: true })

function storedYear(): number | null {
  const value = Number(window.localStorage.getItem(STORAGE_KEY))
  return Number.isInteger(value) && value > 0 ? value : null
}

/** The year is chosen once in the top bar and remembered (ux.md); by default the latest open year. */
export function YearProvider({ children }: { children: ReactNode }) {
  const years = useApiQuery('years.list', {})
  const [chosen, setChosen] = useState<number | null>(storedYear)
  const list = useMemo(() => years.data ?? [], [years.data])
  const fallback = list.find((row) => row.status === 'OPEN')?.year ?? list[0]?.year ?? null
  const year = chosen !== null && list.some((row) => row.year === chosen) ? chosen : fallback
  useEffect(() => {
    if (year !== null) window.localStorage.setItem(STORAGE_KEY, String(year))
  }, [year])
  const value = useMemo<YearState>(
    () => ({
      year,
      setYear: (next) => {
        window.localStorage.setItem(STORAGE_KEY, String(next))
        setChosen(next)
      },
      years: list,
      current: list.find((row) => row.year === year) ?? null,
      loading: years.isPending
    }),
    [year, list, years.isPending]
  )
  return <YearContext.Provider value={value}>{children}</YearContext.Provider>
}

export function useSelectedYear(): YearState {
  return useContext(YearContext)
}
