import { readGrid, type ReadStats } from './sheet-stream'
import { isSheetPart, sheetXmlFacts, type SheetXmlFacts } from './sheet-xml'
import { checkSignature } from './xlsx-read'
import { checkInflation, readCentralDirectory } from './zip-guard'

/**
 * What the parse worker does with a file's bytes: every part inflated once with its declared size as the cap (the
 * sheets' last rows and merges noted on the way), then the sheets streamed within the caps. Its own module so a test
 * can run it in-thread and count the rows read.
 */
export async function readZipGrid(zip: Buffer, stats?: ReadStats) {
  checkSignature(zip)
  const facts = new Map<string, SheetXmlFacts>()
  checkInflation(zip, readCentralDirectory(zip), (entry, xml) => {
    if (isSheetPart(entry.name)) facts.set(entry.name, sheetXmlFacts(xml))
  })
  return readGrid(zip, facts, stats)
}
