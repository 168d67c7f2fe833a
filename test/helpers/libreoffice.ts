import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

/** LibreOffice headless and poppler, as documents.md §5(ii) runs them. */
export function convertToPdf(docx: string, outDir: string, profileDir: string, timeoutMs = 120_000): string {
  return convert(docx, outDir, profileDir, 'pdf', '.pdf', timeoutMs)
}

/** The file opened and saved again as .docx by an office suite, as an office's edit in Word would (into `outDir`). */
export function resaveAsDocx(docx: string, outDir: string, profileDir: string, timeoutMs = 120_000): string {
  return convert(docx, outDir, profileDir, 'docx:MS Word 2007 XML', '.docx', timeoutMs)
}

function convert(docx: string, outDir: string, profileDir: string, filter: string, extension: string, timeoutMs: number): string {
  execFileSync('soffice', ['--headless', '--norestore', `-env:UserInstallation=file://${profileDir}`, '--convert-to', filter, '--outdir', outDir, docx], {
    timeout: timeoutMs,
    stdio: 'pipe'
  })
  const out = path.join(outDir, path.basename(docx).replace(/\.docx$/, extension))
  if (!fs.existsSync(out)) throw new Error(`LibreOffice produced no ${extension} for ${docx}`)
  return out
}

export function pdfPages(pdf: string): { count: number; sizes: { w: number; h: number }[] } {
  const info = execFileSync('pdfinfo', ['-f', '1', '-l', '9999', pdf], { encoding: 'utf8' })
  const count = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1])
  const sizes = [...info.matchAll(/^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/gm)].map((m) => ({ w: Number(m[1]), h: Number(m[2]) }))
  return { count, sizes }
}

export function pdfFontFamilies(pdf: string): string[] {
  const out = execFileSync('pdffonts', [pdf], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean)
  return [...new Set(out.map((line) => line.split(/\s+/)[0]!.replace(/^[A-Z]{6}\+/, '').replace(/[-,].*$/, '').replace(/(?:Bold|Italic|MT)+$/, '')))]
}

export interface Word {
  page: number
  text: string
  xMin: number
  xMax: number
  yMin: number
  yMax: number
}

/** Words with their boxes (pdftotext -bbox), per page. */
export function pdfWords(pdf: string, first = 1, last = 3): Word[] {
  const html = execFileSync('pdftotext', ['-bbox', '-f', String(first), '-l', String(last), pdf, '-'], { encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 })
  const words: Word[] = []
  let page = first - 1
  for (const line of html.split('\n')) {
    if (line.includes('<page ')) page++
    const m = /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/.exec(line)
    if (m) words.push({ page, xMin: Number(m[1]), yMin: Number(m[2]), xMax: Number(m[3]), yMax: Number(m[4]), text: m[5]! })
  }
  return words
}
