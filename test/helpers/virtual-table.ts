import type { Page } from 'playwright-core'

/** How a test or the UI bench reads and moves antd's virtual table as the user sees it. */

/** The texts of the registry rows in view ('…' for a placeholder), top first. */
export async function rowTextsInView(page: Page): Promise<string[] | null> {
  return page.evaluate(() => {
    const holder = document.querySelector('.ant-table-tbody-virtual-holder')
    if (!holder) return null
    const view = holder.getBoundingClientRect()
    return [...document.querySelectorAll<HTMLElement>('.ant-table-row')]
      .filter((row) => {
        const box = row.getBoundingClientRect()
        return box.bottom > view.top && box.top < view.bottom
      })
      .map((row) => (row.dataset.placeholder === 'true' ? '…' : (row.querySelector<HTMLElement>('.ant-table-cell')?.innerText ?? '').split('\n')[0]!.trim()))
  })
}

/** True when one of the expected rows is on screen and no row in view is still a placeholder. */
export async function rowsShown(page: Page, names: string[]): Promise<boolean> {
  const texts = await rowTextsInView(page)
  if (!texts || texts.length === 0 || texts.includes('…')) return false
  return texts.some((text) => names.includes(text))
}

/** What a failed jump left on screen, for the failure line. */
export async function rowsInView(page: Page): Promise<string> {
  const texts = (await rowTextsInView(page)) ?? []
  return texts.length === 0 ? 'none' : `${texts.slice(0, 3).join(' | ')} (${texts.length} rows)`
}

/** Drags the scrollbar thumb of the registry to `fraction` of the list, in one move, as the user does. */
export async function jumpTo(page: Page, fraction: number): Promise<void> {
  const thumb = page.locator('.ant-table-tbody-virtual-scrollbar-vertical .ant-table-tbody-virtual-scrollbar-thumb')
  const track = page.locator('.ant-table-tbody-virtual-scrollbar-vertical')
  const thumbBox = await thumb.boundingBox()
  const trackBox = await track.boundingBox()
  if (!thumbBox || !trackBox) throw new Error('no virtual scrollbar')
  await page.mouse.move(thumbBox.x + thumbBox.width / 2, thumbBox.y + thumbBox.height / 2)
  await page.mouse.down()
  await page.mouse.move(thumbBox.x + thumbBox.width / 2, trackBox.y + (trackBox.height - thumbBox.height) * fraction + thumbBox.height / 2, { steps: 2 })
  await page.mouse.up()
}
