import fs from 'node:fs'
import PizZip from 'pizzip'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, test } from 'vitest'
import type { PackStatus } from '../../shared/api/calls/document-office'
import { expectRefusal, openTestCore, type TestCore } from '../helpers/temp-core'
import { all, readDocx, text } from '../helpers/ooxml'
import { sha256 } from '../../electron/core/documents/document-files'
import { UPSTREAM_REFERENCE } from '../helpers/document-requests'

let app: TestCore

beforeEach(async () => {
  app = openTestCore({ now: () => new Date('2021-12-28T03:00:00Z') })
  await app.call('app.loadSample', {})
  // 2021 of the sample: the port (dossier received) and the fishery (meeting held) pass appraisal.
  const ids = []
  for (const search of ['cang dich vu', 'thuy san dong hai']) ids.push((await app.call('board.list', { year: 2021, type: 'DOANH_NGHIEP', search })).rows[0]!.id)
  await app.call('unitYears.act', { ids: [ids[1]!], action: 'RECEIVE_DOSSIER', date: '2021-11-26' })
  await app.call('unitYears.act', { ids, action: 'APPRAISE_PASS', date: '2021-12-01' })
})
afterEach(() => app.close())

async function finished(jobId: number, onPoll?: (s: PackStatus) => void): Promise<PackStatus> {
  for (;;) {
    const status = await app.call('pack.status', { jobId })
    onPoll?.(status)
    if (status.state !== 'RUNNING') return status
    await new Promise((r) => setTimeout(r, 20))
  }
}

const docxText = (file: string): string => all(readDocx(fs.readFileSync(file)).body, 'w:p').map(text).join('\n')

describe('issue 9 item 6: the year-end pack', () => {
  test('one action writes the tờ trình, the decision, a certificate per unit and the báo cáo into one folder, each in the register', async () => {
    const started = await app.call('pack.start', { year: 2021, date: '2021-12-28', reference: UPSTREAM_REFERENCE, confirmed: true })
    expect(started.state).toBe('RUNNING')
    const seen: number[] = []
    const done = await finished(started.jobId, (s) => seen.push(s.done))
    expect(done.message).toMatch(/^Đã ghi \d+ tệp vào/)
    expect(done.state).toBe('DONE')
    expect(done.done).toBe(done.total)
    expect(seen.every((n, i) => i === 0 || n >= seen[i - 1]!)).toBe(true)

    const register = await app.call('documents.list', { year: 2021 })
    const kinds = register.map((r) => r.kind)
    const certificates = register.filter((r) => r.kind === 'DOC-GCN')
    expect(kinds).toContain('DOC-QD-CONGNHAN')
    expect(kinds).toContain('DOC-BC-KETQUA')
    expect(register).toHaveLength(done.done)
    // Every register row names a file in the pack's folder whose bytes it matches.
    for (const row of register) {
      expect(row.absolutePath!.startsWith(done.folder)).toBe(true)
      expect(sha256(fs.readFileSync(row.absolutePath!))).toBe(row.fileSha256)
    }
    const decision = register.find((r) => r.kind === 'DOC-QD-CONGNHAN')!
    // The tờ trình proposed the two enterprises; the decision lists them; each has its certificate.
    expect(kinds.sort()).toEqual(['DOC-BC-KETQUA', 'DOC-GCN', 'DOC-GCN', 'DOC-QD-CONGNHAN', 'DOC-TTR-CONGNHAN'])
    expect(done.total).toBe(5)
    // Each certificate is the unit's own page: its name, in capitals, and no other unit's.
    for (const c of certificates.slice(0, 5)) {
      const name = c.scope.toLocaleUpperCase('vi-VN')
      const body = docxText(c.absolutePath!)
      expect(body).toContain(name)
      expect(body).toContain('GIẤY CÔNG NHẬN')
      for (const other of certificates) if (other !== c && !name.includes(other.scope.toLocaleUpperCase('vi-VN'))) expect(body).not.toContain(other.scope.toLocaleUpperCase('vi-VN'))
    }
    expect(decision.subject).toMatch(/Quyết định|quyết định/)
  })

  test('with the office’s Word template of the certificates (issue 9 item 3), each certificate of the pack is filled from it', async () => {
    const built = Buffer.from((await app.call('template.download', { kind: 'DOC-GCN' })).contentBase64!, 'base64')
    const zip = new PizZip(built)
    zip.file('word/document.xml', zip.file('word/document.xml')!.asText().replace('GIẤY CÔNG NHẬN', 'GIẤY CÔNG NHẬN ĐƠN VỊ'))
    await app.call('template.upload', { kind: 'DOC-GCN', contentBase64: zip.generate({ type: 'nodebuffer' }).toString('base64'), fileName: 'giay-cong-nhan.docx' })
    const started = await app.call('pack.start', { year: 2021, date: '2021-12-28', reference: UPSTREAM_REFERENCE, confirmed: true })
    expect((await finished(started.jobId)).state).toBe('DONE')
    const certificates = (await app.call('documents.list', { year: 2021 })).filter((r) => r.kind === 'DOC-GCN')
    expect(certificates).toHaveLength(2)
    for (const c of certificates) {
      const body = docxText(c.absolutePath!)
      expect(body).toContain('GIẤY CÔNG NHẬN ĐƠN VỊ')
      expect(body).toContain(c.scope.toLocaleUpperCase('vi-VN'))
    }
  })

  test('a folder that cannot be written is refused before anything is written', async () => {
    const blocker = path.join(app.dataDir, 'tep-thuong.txt')
    fs.writeFileSync(blocker, 'x')
    const refused = await expectRefusal(app.call('pack.start', { year: 2021, folder: path.join(blocker, 'bo-ho-so'), date: '2021-12-28', confirmed: true }))
    expect(refused.message).toMatch(/^Không ghi được vào thư mục “.+” \(đường dẫn không phải là thư mục\)\. Vui lòng chọn thư mục khác\.$/)
    expect(await app.call('documents.list', { year: 2021 })).toEqual([])
  })

  test('a write that fails in the middle stops the pack with a message; the register names only the files written', async () => {
    const folder = path.join(app.dataDir, 'usb')
    // The certificates cannot be written (their folder's name is taken by a file); the documents before them can.
    fs.mkdirSync(folder)
    fs.writeFileSync(path.join(folder, 'Giấy công nhận'), 'không phải thư mục')
    const started = await app.call('pack.start', { year: 2021, folder, date: '2021-12-28', reference: UPSTREAM_REFERENCE, confirmed: true })
    const done = await finished(started.jobId)
    expect(done.state).toBe('FAILED')
    expect(done.done).toBe(2)
    expect(done.message).toMatch(/^Dừng khi ghi “.+”: .+\. Đã ghi \d+\/\d+ tệp; các tệp đã ghi được giữ lại và có trong Sổ văn bản\.$/)
    const register = await app.call('documents.list', { year: 2021 })
    expect(register.map((r) => r.kind).sort()).toEqual(['DOC-QD-CONGNHAN', 'DOC-TTR-CONGNHAN'])
    for (const row of register) expect(fs.existsSync(row.absolutePath!)).toBe(true)
  })

  test('cancel stops between files and keeps what is complete', async () => {
    const started = await app.call('pack.start', { year: 2021, date: '2021-12-28', reference: UPSTREAM_REFERENCE, confirmed: true })
    const cancelled = await app.call('pack.cancel', { jobId: started.jobId })
    expect(cancelled.jobId).toBe(started.jobId)
    const done = await finished(started.jobId)
    expect(done.state).toBe('CANCELLED')
    expect(done.done).toBeLessThan(done.total)
    expect(done.message).toMatch(/^Đã dừng theo yêu cầu: đã ghi \d+\/\d+ tệp/)
    expect((await app.call('documents.list', { year: 2021 })).length).toBe(done.done)
  })
})
