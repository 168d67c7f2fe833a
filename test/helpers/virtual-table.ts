import type { Page } from 'playwright-core'

/** How a test or the UI bench reads and moves the virtual tables (VirtualTable.tsx) as the user sees it. */

/** A data row of a virtual table (not its header); with hasText, the row a test means. */
export const VIRTUAL_ROW = '.virtual-table-row'

/** The rows in view, top first: their place in the whole list (0-based) and their first column's text ('…' while loading). */
export async function rowsOnScreen(page: Page): Promise<Array<{ index: number; text: string }> | null> {
  return page.evaluate(() => {
    const grid = document.querySelector<HTMLElement>('.virtual-table')
    const head = grid?.querySelector<HTMLElement>('.virtual-table-head')
    if (!grid || !head) return null
    const top = head.getBoundingClientRect().bottom
    const bottom = grid.getBoundingClientRect().top + grid.clientHeight
    return [...grid.querySelectorAll<HTMLElement>('.virtual-table-row')]
      .filter((row) => {
        const box = row.getBoundingClientRect()
        return box.bottom > top + 1 && box.top < bottom - 1
      })
      .sort((a, b) => a.getBoundingClientRect().top - b.getBoundingClientRect().top)
      .map((row) => ({
        index: Number(row.getAttribute('aria-rowindex')) - 2,
        text:
          row.dataset.placeholder === 'true'
            ? '…'
                      : // The name is the cell's first node; the tags after it (MẪU, Ngừng hoạt động…) are not part of it.
            (row.querySelector<HTMLElement>('.virtual-table-cell:not(.is-selection)')?.firstChild?.textContent ?? '').trim()
      }))
  })
}

/** The texts of the rows in view ('…' for a row still loading), top first. */
export async function rowTextsInView(page: Page): Promise<string[] | null> {
  return (await rowsOnScreen(page))?.map((row) => row.text) ?? null
}

/** True when one of the expected rows is on screen and no row in view is still loading. */
export async function rowsShown(page: Page, names: string[]): Promise<boolean> {
  const texts = await rowTextsInView(page)
  if (!texts || texts.length === 0 || texts.includes('…')) return false
  return texts.some((text) => names.includes(text))
}

/** What a failed jump left on screen, for the failure line. */
export async function rowsInView(page: Page): Promise<string> {
  const rows = (await rowsOnScreen(page)) ?? []
  return rows.length === 0 ? 'none' : `${rows.slice(0, 3).map((row) => `${row.index}: ${row.text}`).join(' | ')} (${rows.length} rows)`
}

/** Drags the table's scrollbar thumb to `fraction` of the list, as the user does: in one move, or in `steps` moves. */
export async function jumpTo(page: Page, fraction: number, steps = 2): Promise<void> {
  const thumb = page.locator('.virtual-scrollbar-thumb')
  const track = page.locator('.virtual-scrollbar')
  const thumbBox = await thumb.boundingBox()
  const trackBox = await track.boundingBox()
  if (!thumbBox || !trackBox) throw new Error('no virtual scrollbar')
  await page.mouse.move(thumbBox.x + thumbBox.width / 2, thumbBox.y + thumbBox.height / 2)
  await page.mouse.down()
  await page.mouse.move(thumbBox.x + thumbBox.width / 2, trackBox.y + (trackBox.height - thumbBox.height) * fraction + thumbBox.height / 2, { steps })
  await page.mouse.up()
}
