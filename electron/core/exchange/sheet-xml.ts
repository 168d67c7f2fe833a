/**
 * Two facts of a sheet's XML that ExcelJS's streaming reader does not give: the number of its last row (so a sheet
 * over the row cap is refused with its true count while the reader stops at the cap) and its merged ranges (listed
 * after the rows). Taken from the part the zip guard already inflated, by a byte search, not a second parse.
 */
export interface SheetXmlFacts {
  lastRow: number
  merges: string[]
}

export function sheetXmlFacts(xml: Buffer): SheetXmlFacts {
  const end = xml.lastIndexOf('</sheetData>')
  const tail = end >= 0 ? xml.toString('utf8', end) : ''
  const merges = [...tail.matchAll(/<mergeCell\b[^>]*?\bref="([A-Z]+\d+:[A-Z]+\d+)"/g)].map((match) => match[1] ?? '')
  const lastRowAt = end >= 0 ? xml.lastIndexOf('<row ', end) : -1
  const lastRowTag = lastRowAt >= 0 ? /^<row\b[^>]*?\br="(\d+)"/.exec(xml.toString('utf8', lastRowAt, lastRowAt + 1000)) : null
  return { lastRow: Number(lastRowTag?.[1] ?? 0), merges }
}

/** The zip part of sheet number `n` as the workbook's writers name it. */
export const sheetPart = (n: string | number) => `xl/worksheets/sheet${n}.xml`
export const isSheetPart = (name: string) => /^xl\/worksheets\/sheet\d+\.xml$/.test(name)
