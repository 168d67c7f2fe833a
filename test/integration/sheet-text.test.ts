import fs from 'node:fs'
import path from 'node:path'
import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { readZipGrid } from '../../electron/core/exchange/xlsx-zip-grid'
import { gridCell } from '../../electron/core/exchange/sheet-grid'
import { makeTempDir } from '../helpers/temp-core'

/**
 * The sheet XML reaches the reader inflated in chunks of 16 kB; a Vietnamese letter is two or three bytes in UTF-8,
 * so thousands of rows put some letter across a chunk boundary. Every one must read back as typed.
 */
async function vietnameseRows(useSharedStrings: boolean, count: number): Promise<Buffer> {
  const file = path.join(makeTempDir('antt-utf8-'), 'dang-ky.xlsx')
  const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings })
  const sheet = writer.addWorksheet('Đăng ký')
  for (let i = 1; i <= count; i++) sheet.addRow([`Khu phố ${i}`, 'Phường Tam Thắng', 'Trường Tiểu học Lê Lợi — ấp Đông Hải']).commit()
  sheet.commit()
  await writer.commit()
  return fs.readFileSync(file)
}

function unreadable(grid: Awaited<ReturnType<typeof readZipGrid>>, count: number): string[] {
  const sheet = grid.sheets[0]!
  const wrong: string[] = []
  for (let row = 1; row <= count; row++) {
    const expected = [`Khu phố ${row}`, 'Phường Tam Thắng', 'Trường Tiểu học Lê Lợi — ấp Đông Hải']
    expected.forEach((text, column) => {
      const cell = gridCell(sheet, row, column)
      const value = cell.ok ? cell.value : cell.message
      if (value !== text) wrong.push(`${row}:${column + 1} ${String(value)}`)
    })
  }
  return wrong
}

describe('Vietnamese text read from a large sheet', () => {
  it('inline strings in the sheet read back letter for letter across every chunk boundary', async () => {
    const grid = await readZipGrid(await vietnameseRows(false, 10_000))
    expect(grid.sheets[0]!.name).toBe('Đăng ký')
    expect(unreadable(grid, 10_000)).toEqual([])
  })

  it('shared strings read back letter for letter across every chunk boundary', async () => {
    const grid = await readZipGrid(await vietnameseRows(true, 10_000))
    expect(unreadable(grid, 10_000)).toEqual([])
  })
})
