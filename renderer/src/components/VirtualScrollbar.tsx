import { useEffect, useRef, type PointerEvent as ReactPointerEvent, type RefObject } from 'react'

/** Shorter than this a thumb is hard to catch: over 50,000 rows the view's share would be under a pixel. */
const MIN_THUMB = 24
interface Props {
  scroller: RefObject<HTMLDivElement | null>
  /** Room kept above the track for the sticky header, so the thumb moves beside the rows only. */
  top: number
  /** Changes when the list's length or the view's height does, so the thumb is measured again. */
  measureKey: string
}

/**
 * The table's vertical scrollbar, drawn as antd's virtual table draws its own: the native one is hidden (headless
 * browsers hide it too, and then a drag could not be tested), this one maps a drag of the thumb straight to the
 * scroll position, so the rows under it — and only their windows — are asked for. The thumb follows the scroll
 * by writing its style, not by rendering.
 */
export function VirtualScrollbar({ scroller, top, measureKey }: Props) {
  const track = useRef<HTMLDivElement>(null)
  const thumb = useRef<HTMLDivElement>(null)
  const drag = useRef<{ y: number; scrollTop: number } | null>(null)

  const geometry = () => measure(scroller.current, track.current)

  useEffect(() => {
    const view = scroller.current
    if (!view) return
    const place = () => {
      const g = measure(view, track.current)
      if (!g || !thumb.current || !track.current) return
      track.current.style.visibility = g.range > 0 ? 'visible' : 'hidden'
      thumb.current.style.height = `${g.size}px`
      thumb.current.style.transform = `translateY(${g.range > 0 ? ((g.length - g.size) * g.view.scrollTop) / g.range : 0}px)`
    }
    place()
    view.addEventListener('scroll', place, { passive: true })
    const resize = new ResizeObserver(place)
    resize.observe(view)
    return () => {
      view.removeEventListener('scroll', place)
      resize.disconnect()
    }
  }, [scroller, measureKey])

  const startDrag = (event: ReactPointerEvent<HTMLDivElement>) => {
    const view = scroller.current
    if (!view) return
    event.preventDefault()
    event.stopPropagation()
    event.currentTarget.setPointerCapture(event.pointerId)
    drag.current = { y: event.clientY, scrollTop: view.scrollTop }
  }
  const moveDrag = (event: ReactPointerEvent<HTMLDivElement>) => {
    const g = geometry()
    if (!drag.current || !g || g.length <= g.size) return
    g.view.scrollTop = drag.current.scrollTop + ((event.clientY - drag.current.y) * g.range) / (g.length - g.size)
  }
  const endDrag = () => {
    drag.current = null
  }
  /** A press on the track brings the thumb's middle there, as in antd's table. */
  const jump = (event: ReactPointerEvent<HTMLDivElement>) => {
    const g = geometry()
    if (!g || !track.current || g.length <= g.size) return
    const y = event.clientY - track.current.getBoundingClientRect().top - g.size / 2
    g.view.scrollTop = (Math.min(Math.max(y, 0), g.length - g.size) * g.range) / (g.length - g.size)
  }

  return (
    <div ref={track} className="virtual-scrollbar" style={{ top }} aria-hidden onPointerDown={jump}>
      <div ref={thumb} className="virtual-scrollbar-thumb" onPointerDown={startDrag} onPointerMove={moveDrag} onPointerUp={endDrag} onPointerCancel={endDrag} />
    </div>
  )
}

/** The scroll range, the track's length and the thumb's, or null before both are on the page. */
function measure(view: HTMLDivElement | null, bar: HTMLDivElement | null) {
  if (!view || !bar) return null
  const length = bar.clientHeight
  const range = view.scrollHeight - view.clientHeight
  const size = range > 0 ? Math.max(MIN_THUMB, (length * view.clientHeight) / view.scrollHeight) : 0
  return { view, length, range, size }
}
