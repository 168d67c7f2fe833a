import path from 'node:path'
import { closeBrowser, navigate, openApp } from '../e2e/harness'
import { VIRTUAL_ROW } from '../helpers/virtual-table'

/**
 * `npm run screenshots`: the pages the README shows, from the built renderer with the sample data, at 1366×768.
 * Run `npm run build` first.
 */
async function main(): Promise<void> {
  const out = path.resolve(import.meta.dirname, '../../resources/screenshots')
  const app = await openApp()
  const { page } = app
  await page.getByRole('button', { name: 'Dùng dữ liệu mẫu' }).click()
  await page.getByTestId('sample-banner').waitFor()
  await navigate(page, 'Đơn vị')
  await page.locator(VIRTUAL_ROW).first().waitFor()
  await page.waitForTimeout(800)
  await page.screenshot({ path: path.join(out, 'registry.png') })
  await app.close()
  await closeBrowser()
  console.log(`Đã lưu ảnh màn hình vào ${out}`)
}

void main()
