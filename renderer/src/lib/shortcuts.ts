import { useEffect, useRef } from 'react'

/** Page shortcuts of ux.md: Ctrl+F (search), Ctrl+N (add), Ctrl+S (save). Latest handlers win without re-binding. */
export function useShortcuts(handlers: Partial<Record<'f' | 'n' | 's', () => void>>): void {
  const latest = useRef(handlers)
  useEffect(() => {
    latest.current = handlers
  })
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey) return
      const key = event.key.toLowerCase() as 'f' | 'n' | 's'
      const handler = latest.current[key]
      if (handler) {
        event.preventDefault()
        handler()
      }
    }
    window.addEventListener('keydown', onKeyDown)
    return () => window.removeEventListener('keydown', onKeyDown)
  }, [])
}
