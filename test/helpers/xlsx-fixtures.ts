import ExcelJS from 'exceljs'

/** Builds an .xlsx in memory for import tests: sheets of rows (first row = headers). */
export async function makeXlsx(
  sheets: Record<string, unknown[][]>,
  tweak?: (workbook: ExcelJS.Workbook) => void
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook()
  for (const [name, rows] of Object.entries(sheets)) {
    const sheet = workbook.addWorksheet(name)
    for (const row of rows) sheet.addRow(row as ExcelJS.CellValue[])
  }
  tweak?.(workbook)
  return Buffer.from(await workbook.xlsx.writeBuffer())
}

export const UNIT_HEADERS = ['Tên đơn vị', 'Loại đơn vị', 'Xã, phường', 'Số hộ', 'Số người', 'Ngày bắt đầu hoạt động']

export function asSource(buffer: Buffer, fileName = 'danh-sach.xlsx') {
  return { contentBase64: buffer.toString('base64'), fileName }
}
