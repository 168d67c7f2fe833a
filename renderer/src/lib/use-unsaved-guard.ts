import { useEffect, useRef } from 'react'
import { App } from 'antd'

const TITLE = 'Có thay đổi chưa lưu'
const CONTENT = 'Các thay đổi trên trang chưa được lưu. Rời trang sẽ bỏ các thay đổi này.'

/**
 * Warns before unsaved edits are dropped (issue 11 item 4): a reload or closing the window asks through the
 * browser's own “beforeunload” (the desktop main process turns it into a dialog), and a link inside the app —
 * the menu, “← Năm đánh giá” — asks first in the app's own dialog.
 */
export function useUnsavedGuard(dirty: boolean): void {
  const { modal } = App.useApp()
  const latest = useRef(dirty)
  useEffect(() => {
    latest.current = dirty
  })
  useEffect(() => {
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (!latest.current) return
      event.preventDefault()
      event.returnValue = ''
    }
    // Capture phase, before the router's own click handler sees the link.
    const onClick = (event: MouseEvent) => {
      if (!latest.current || event.button !== 0 || event.defaultPrevented) return
      const link = (event.target as Element | null)?.closest?.('a[href^="#"]')
      const href = link?.getAttribute('href')
      if (!href || href === window.location.hash) return
      event.preventDefault()
      event.stopPropagation()
      modal.confirm({
        title: TITLE,
        content: CONTENT,
        okText: 'Rời trang, bỏ thay đổi',
        okButtonProps: { danger: true },
        cancelText: 'Ở lại trang',
        onOk: () => {
          latest.current = false
          window.location.hash = href
        }
      })
    }
    window.addEventListener('beforeunload', onBeforeUnload)
    document.addEventListener('click', onClick, true)
    return () => {
      window.removeEventListener('beforeunload', onBeforeUnload)
      document.removeEventListener('click', onClick, true)
    }
  }, [modal])
}
