import { forwardRef, useEffect, useState } from 'react'
import { Input, type InputRef } from 'antd'
import { CLEARABLE_INPUT } from '../lib/icons'
import { useDebounced } from '../lib/use-debounced'

/**
 * Short: the core answers a search in a few milliseconds, so the rows follow the typing (issue 12: within 100 ms of the last
 * key); Unikey's and EVKey's rewrites of a letter (a backspace and the accented letter) come within it.
 */
const SETTLE_MS = 20

interface SearchInputProps {
  placeholder: string
  ariaLabel: string
  width: number
  /** The text once typing has paused. */
  onSearch: (text: string) => void
}

/**
 * A list's search box. The typed text lives here, so a keystroke redraws the box alone, not the page and its table;
 * the page hears the text once it settles. Uncontrolled, so an input method's rewrites are never fought.
 */
export const SearchInput = forwardRef<InputRef, SearchInputProps>(function SearchInput({ placeholder, ariaLabel, width, onSearch }, ref) {
  const [text, setText] = useState('')
  const settled = useDebounced(text, SETTLE_MS)
  useEffect(() => onSearch(settled), [settled, onSearch])
  return <Input ref={ref} allowClear={CLEARABLE_INPUT} placeholder={placeholder} style={{ width }} onChange={(event) => setText(event.target.value)} aria-label={ariaLabel} />
})
