import fs from 'node:fs'
import path from 'node:path'
import { renderDocx } from '../docx/render'
import { DEFAULT_PROFILE } from '../format/profile'
import { openSampleDocuments } from '../sample-documents'

/** `npm run docs:samples -- <folder>`: one file of every document type from the Vũng Tàu sample, read from a database. */
async function main(): Promise<void> {
  const folder = path.resolve(process.argv[2] ?? 'docs-samples')
  fs.mkdirSync(folder, { recursive: true })
  const samples = await openSampleDocuments()
  try {
    for (const { kind, composed } of samples.composeAll()) {
      const file = path.join(folder, `${kind}.docx`)
      fs.writeFileSync(file, await renderDocx(composed.spec, DEFAULT_PROFILE))
      console.log(`Đã tạo ${file}`)
    }
  } finally {
    await samples.close()
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
})
