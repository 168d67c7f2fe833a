import os from 'node:os'
import { afterAll, describe, expect, test } from 'vitest'
import type { Page } from 'playwright-core'
import { foreignWords } from '../helpers/vietnamese-text'
import { closeBrowser, navigate, openApp } from './harness'
import { VIRTUAL_ROW } from '../helpers/virtual-table'

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
    const seen = (element: Element) => element.checkVisibility()
    // Icons (role=img) are judged by the control they sit in, below.
    const attributes = [...document.querySelectorAll('[aria-label]:not([role=img], .anticon), [title], [placeholder]')]
      .filter(seen)
      .flatMap((element) => ['aria-label', 'title', 'placeholder'].map((name) => element.getAttribute(name) ?? ''))
    // An icon that is not hidden names itself inside the control's name ("file-text Văn bản").
    const controls = 'a, button, [role=menuitem], [role=button], [role=link], [role=tab], [role=option], label'
    const iconNames = [...document.querySelectorAll(`:is(${controls}) [role=img][aria-label]:not([aria-hidden=true])`)]
      .filter(seen)
      .map((icon) => icon.getAttribute('aria-label') ?? '')
    return [...texts, ...attributes, ...iconNames].join('\n')
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
    // A control pushed past the window's right edge under a hidden overflow is cut off, not scrolled to.
    for (const control of document.querySelectorAll<HTMLElement>('button, a, input')) {
      const box = control.getBoundingClientRect()
      if (control.checkVisibility() && box.width > 0 && box.right > window.innerWidth + 1) found.push(`“${control.innerText.trim() || control.tagName.toLowerCase()}” vượt mép phải ${Math.round(box.right)}px`)
    }
    // A virtual table hides its overflow and draws its own sideways scrollbar.
    for (const bar of document.querySelectorAll<HTMLElement>('[class*="virtual-scrollbar-horizontal"]')) {
      if (bar.checkVisibility() && bar.offsetWidth > 0) found.push(`bảng ảo có thanh cuộn ngang ${bar.offsetWidth}px`)
    }
    return found
  })
}

/** Buttons that act at once (a download, a backup, a closing) rather than open a dialog; the walk leaves them alone. */
const ACTS_AT_ONCE = /Tải|Xuất|Sao lưu ngay|Kiểm tra|In |Đăng xuất|Mở thư mục|Dùng dữ liệu|Bắt đầu/

type Problems = Record<string, { wide: string[]; foreign: string[] }>

async function check(page: Page, where: string, problems: Problems): Promise<void> {
  const wide = await sidewaysScrollers(page)
  // The audit log shows who did what: the Windows user and machine names.
  const foreign = foreignWords(await screenText(page), [os.userInfo().username, os.hostname()])
  if (wide.length || foreign.length) problems[where] = { wide, foreign }
}

/** Esc, then the close buttons, until no dialog is left open (a dialog may open another). */
async function closeDialogs(page: Page): Promise<void> {
  const open = page.locator('[role=dialog]:visible, .ant-popover:visible')
  for (let attempt = 0; attempt < 5 && (await open.count()) > 0; attempt++) {
    await page.keyboard.press('Escape')
    await page.waitForTimeout(300)
    const close = page.locator('[role=dialog]:visible :is(.ant-modal-close, .ant-drawer-close), [role=dialog]:visible button:has-text("Hủy")')
    if ((await open.count()) > 0 && (await close.count()) > 0) await close.first().click({ timeout: 2_000 }).catch(() => undefined)
  }
  expect(await open.count(), 'a dialog that neither Esc nor its close button closes').toBe(0)
}

/** Opens every dialog the page's own buttons open (one at a time), checks it, and closes it with Esc. */
async function checkDialogs(page: Page, where: string, problems: Problems): Promise<void> {
  const buttons = page.locator('main button:visible, .ant-layout-content button:visible')
  const names = [...new Set((await buttons.allInnerTexts()).map((name) => name.trim()).filter((name) => name && !ACTS_AT_ONCE.test(name)))]
  for (const name of names) {
    const button = page.locator('.ant-layout-content').getByRole('button', { name, exact: true }).first()
    // A page re-rendering under load can drop a button between two looks: a gone button has no dialog to check.
    if (!(await button.isVisible()) || !(await button.isEnabled({ timeout: 2_000 }).catch(() => false))) continue
    const url = page.url()
    await button.click({ timeout: 3_000 })
    const dialog = page.locator('[role=dialog]:visible, .ant-popover:visible').first()
    if (await dialog.waitFor({ timeout: 1_500 }).then(() => true, () => false)) {
      // A drawer slides in from the right: look once it has arrived.
      await page.waitForTimeout(500)
      await check(page, `${where} → ${name}`, problems)
      await closeDialogs(page)
    }
    if (page.url() !== url) {
      await page.goBack()
      await page.waitForLoadState('networkidle')
    }
  }
}

/** Every page of the menu, each page's dialogs, then a unit's year page with the cycle's action dialogs. */
async function walk(page: Page): Promise<Problems> {
  const problems: Problems = {}
  for (const label of PAGES) {
    await navigate(page, label)
    await page.waitForLoadState('networkidle')
    await page.waitForTimeout(500)
    await check(page, label, problems)
    await checkDialogs(page, label, problems)
  }
  await navigate(page, 'Năm đánh giá')
  await page.locator(VIRTUAL_ROW).first().dblclick()
  await page.waitForURL(/nam-danh-gia\/\d+/)
  await page.waitForLoadState('networkidle')
  await check(page, 'Hồ sơ năm của đơn vị', problems)
  await checkDialogs(page, 'Hồ sơ năm của đơn vị', problems)
  return problems
}

describe('every page fits 1366 px and speaks Vietnamese', () => {
  test('the Vũng Tàu sample (a district team, 2019–2021), page by page and dialog by dialog', async () => {
    const { page } = await openApp()
    await page.getByRole('button', { name: 'Dùng dữ liệu mẫu Vũng Tàu' }).click()
    await page.getByTestId('sample-banner').waitFor({ timeout: 60_000 })
    expect(await walk(page)).toEqual({})
  })

  // The ward police of 2026: the longest legal basis (TT 124 sửa đổi bởi TT 48) and office names of the year.
  test('the Tam Thắng sample (a ward police, 2025–2026), page by page and dialog by dialog', async () => {
    const { page } = await openApp()
    await page.getByRole('button', { name: 'Dùng mẫu phường Tam Thắng' }).click()
    await page.getByTestId('sample-banner').waitFor({ timeout: 60_000 })
    expect(await walk(page)).toEqual({})
  })
})
