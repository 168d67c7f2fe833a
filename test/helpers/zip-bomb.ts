import zlib from 'node:zlib'

/**
 * A zip written by hand, so a test can make the kinds of file a hostile sender would: an .xlsx whose sheet inflates
 * to hundreds of megabytes from a few hundred kilobytes, and one whose central directory lies about that size.
 */
interface Entry {
  name: string
  data: Buffer
  /** The uncompressed size the headers claim (default: the true size). */
  claimedSize?: number
}

function u16(value: number): Buffer {
  const b = Buffer.alloc(2)
  b.writeUInt16LE(value)
  return b
}
function u32(value: number): Buffer {
  const b = Buffer.alloc(4)
  b.writeUInt32LE(value >>> 0)
  return b
}

export function makeZip(entries: Entry[]): Buffer {
  const locals: Buffer[] = []
  const centrals: Buffer[] = []
  let offset = 0
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8')
    const compressed = zlib.deflateRawSync(entry.data, { level: 1 })
    const crc = zlib.crc32(entry.data)
    const size = entry.claimedSize ?? entry.data.length
    const common = [u16(20), u16(0x0800), u16(8), u16(0), u16(0x21), u32(crc), u32(compressed.length), u32(size), u16(name.length), u16(0)]
    const local = Buffer.concat([u32(0x04034b50), ...common, name, compressed])
    const central = Buffer.concat([u32(0x02014b50), u16(20), ...common, u16(0), u16(0), u16(0), u32(0), u32(offset), name])
    locals.push(local)
    centrals.push(central)
    offset += local.length
  }
  const directory = Buffer.concat(centrals)
  const end = Buffer.concat([u32(0x06054b50), u16(0), u16(0), u16(entries.length), u16(entries.length), u32(directory.length), u32(offset), u16(0)])
  return Buffer.concat([...locals, directory, end])
}

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`
const ROOT_RELS = `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`
const WORKBOOK = `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Don vi" sheetId="1" r:id="rId1"/></sheets></workbook>`
const WORKBOOK_RELS = `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`

/** A sheet of `megabytes` MB of identical rows: a few hundred KB once deflated. */
function bombSheet(megabytes: number): Buffer {
  const row = '<row><c t="inlineStr"><is><t>Khu dân cư số 1 Khu dân cư số 1 Khu dân cư số 1</t></is></c><c><v>1</v></c></row>'
  const head = '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
  const tail = '</sheetData></worksheet>'
  const count = Math.ceil((megabytes * 1_000_000) / Buffer.byteLength(row))
  return Buffer.from(head + row.repeat(count) + tail, 'utf8')
}

/** An .xlsx whose one sheet inflates to `megabytes` MB; `lie` makes the headers claim a tiny size. */
export function makeXlsxBomb(megabytes: number, lie = false): Buffer {
  return makeZip([
    { name: '[Content_Types].xml', data: Buffer.from(CONTENT_TYPES) },
    { name: '_rels/.rels', data: Buffer.from(ROOT_RELS) },
    { name: 'xl/workbook.xml', data: Buffer.from(WORKBOOK) },
    { name: 'xl/_rels/workbook.xml.rels', data: Buffer.from(WORKBOOK_RELS) },
    { name: 'xl/worksheets/sheet1.xml', data: bombSheet(megabytes), ...(lie ? { claimedSize: 40_000 } : {}) }
  ])
}
