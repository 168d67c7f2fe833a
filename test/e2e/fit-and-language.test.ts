import { afterAll, describe, expect, test } from 'vitest'
import type { Page } from 'playwright-core'
import { foreignWords } from '../helpers/vietnamese-text'
import { closeBrowser, navigate, openApp } from './harness'

afterAll(closeBrowser)

const PAGES = ['Tổng quan', 'Đơn vị', 'Năm đánh giá', 'Địa bàn', 'Văn bản', 'Sổ văn bản', 'Nhập / Xuất', 'Sao lưu', 'Nhật ký', 'Cài đặt']

/** Everything the user can read or hear on the page: visible text, and the labels, titles and placeholders. */
async function screenText(page: Page): Promise<string> {
  return page.evaluate(() => {
    // Text node by text node: adjacent elements are separate words on screen even without a space between them.
    const texts: string[] = []
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT)
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      // Names marked translate="no" (a Windows user name) are data, not wording.
      if (node.parentElement?.checkVisibility() && !node.parentElement.closest('[translate="no"]') && node.textContent?.trim()) texts.push(node.textContent)
    }
    const attributes = [...document.querySelectorAll('[aria-label], [title], [placeholder]')].flatMap((element) =>
      ['aria-label', 'title', 'placeholder'].map((name) => element.getAttribute(name) ?? '')
    )
    return [...texts, ...attributes].join('\n')
  })
}

/** Elements wider than the 1366 px window that scroll sideways (the page itself included). */
async function sidewaysScrollers(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = []
    const root = document.scrollingElement
    if (root && root.scrollWidth > window.innerWidth + 1) found.push(`trang rộng ${root.scrollWidth}px`)
    for (const element of document.querySelectorAll<HTMLElement>('*')) {
      const overflow = getComputedStyle(element).overflowX
      if ((overflow === 'auto' || overflow === 'scroll') && element.scrollWidth > element.clientWidth + 1 && element.clientWidth > 0) {
        found.push(`${element.tagName.toLowerCase()}.${[...element.classList].join('.')} ${element.scrollWidth}/${element.clientWidth}px`)
      }
    }
    return found
  })
}

describe('every page fits 1366 px and speaks Vietnamese', () => {
  test('the sample data, page by page', async () => {
    const app = await openApp()
    const { page } = app
    await page.getByRole('button', { name: 'Dùng dữ liệu mẫu' }).click()
    await page.getByTestId('sample-banner').waitFor({ timeout: 60_000 })
    const problems: Record<string, { wide: string[]; foreign: string[] }> = {}
    for (const label of PAGES) {
      await navigate(page, label)
      await page.waitForLoadState('networkidle')
      await page.waitForTimeout(500)
      const wide = await sidewaysScrollers(page)
      const foreign = foreignWords(await screenText(page))
      if (wide.length || foreign.length) problems[label] = { wide, foreign }
    }
    console.log(JSON.stringify(problems, null, 1))
    expect(problems).toEqual({})
  })
})
