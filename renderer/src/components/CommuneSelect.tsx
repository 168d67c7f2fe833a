import { useState, type CSSProperties } from 'react'
import { Select } from 'antd'
import { keepPreviousData } from '@tanstack/react-query'
import { useApiQuery } from '../api/hooks'
import { CLEARABLE_SELECT } from '../lib/icons'
import { useDebounced } from '../lib/use-debounced'

/** Names shown at once; typing narrows them on the server. */
const SHOWN = 50

/**
 * A filter by commune over a province's thousands of communes: the names are asked for when the list opens and
 * searched on the server as the user types (folded, so "thang nhat" finds "Thắng Nhất"), fifty at a time — not the
 * whole area list sent with the page (456 kB at 3,000 communes, issue 12).
 */
export function CommuneSelect({ value, onChange, style, ariaLabel }: { value: number | undefined; onChange: (id: number | undefined) => void; style?: CSSProperties; ariaLabel: string }) {
  const [opened, setOpened] = useState(false)
  const [typed, setTyped] = useState('')
  const search = useDebounced(typed, 120)
  const [chosen, setChosen] = useState<{ value: number; label: string } | null>(null)
  const page = useApiQuery('areas.page', { communesOnly: true, search, limit: SHOWN }, { enabled: opened, placeholderData: keepPreviousData })
  const options = (page.data?.rows ?? []).map((area) => ({ value: area.id, label: area.name }))
  // The chosen commune keeps its name when the search no longer lists it.
  if (chosen && chosen.value === value && !options.some((option) => option.value === value)) options.unshift(chosen)
  return (
    <Select
      allowClear={CLEARABLE_SELECT}
      placeholder="Tất cả xã, phường"
      style={style}
      value={value}
      onChange={(id: number | undefined, option) => {
        setChosen(id === undefined || Array.isArray(option) || !option ? null : { value: id, label: String(option.label) })
        onChange(id)
      }}
      onOpenChange={(open) => {
        if (open) setOpened(true)
        else setTyped('')
      }}
      showSearch={{ filterOption: false, onSearch: setTyped, searchValue: typed }}
      loading={page.isFetching}
      notFoundContent={page.isPending && opened ? 'Đang tải…' : 'Không có xã, phường nào khớp tên tìm.'}
      options={options}
      aria-label={ariaLabel}
    />
  )
}
