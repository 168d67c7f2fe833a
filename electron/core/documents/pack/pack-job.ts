import fs from 'node:fs'
import path from 'node:path'
import { ApiError, notFound, validationError } from '../../../../shared/api/errors'
import type { DocumentRequest } from '../../../../shared/api/calls/documents'
import type { PackStatus } from '../../../../shared/api/calls/document-office'
import type { DocKind } from '../../../../shared/documents/spec'
import { isoNow, toBit, withTransaction, type CoreContext } from '../../context'
import { recordEvent } from '../../audit/audit-log'
import { catalogueEntry } from '../catalogue'
import { composeFor, generate, prepare, proposalDate, relative, TEMPLATE_VERSION } from '../document-service'
import { documentsDir, freeName, reason, safeFileName, sha256 } from '../document-files'
import { getFormatProfile } from '../format-profile-store'
import { loadYearFactsCached } from '../year/load-year-facts'
import { awaitsDecision } from '../year/year-facts'
import { CertificateWriter } from './certificate-files'
import { documentFields, officeTemplate } from '../templates/template-fill'
import { nextTurn } from '../../jobs/long-job'

/** The year-end pack (issue 9 item 6): tờ trình, decision with its list, every certificate, báo cáo — one folder. */
export interface PackInput {
  year: number
  areaId: number | null
  folder?: string | undefined
  reference?: string | null | undefined
  date: string | null
  confirmed?: boolean | undefined
}

interface Job {
  status: PackStatus
  cancel: boolean
  /** The files written, relative to the folder; shown once the pack stops. */
  files: string[]
}

/** Jobs live in the core process while it runs; the page polls pack.status (the call returns at once). */
const jobs = new Map<number, Job>()
let lastJobId = 0

const DOCUMENT_ORDER: DocKind[] = ['DOC-TTR-CONGNHAN', 'DOC-QD-CONGNHAN', 'DOC-BC-KETQUA']

/** A folder the pack can write to, made if missing; refused with the reason before anything is written. */
function assertWritable(folder: string): void {
  try {
    fs.mkdirSync(folder, { recursive: true })
    const probe = path.join(folder, `.antt-ghi-thu-${process.pid}.tmp`)
    fs.writeFileSync(probe, 'ok')
    fs.rmSync(probe)
  } catch (error) {
    const message = `Không ghi được vào thư mục “${folder}” (${reason(error as NodeJS.ErrnoException)}). Vui lòng chọn thư mục khác.`
    throw validationError(message, { folder: message })
  }
}

interface PlannedDocument {
  kind: DocKind
  label: string
}

/** The request the Văn bản page would send for this kind (office wording included), or null with a note why none. */
async function planDocument(ctx: CoreContext, kind: DocKind, input: PackInput, notes: string[], warnings: string[]): Promise<DocumentRequest | null> {
  const label = catalogueEntry(kind).label
  const prepared = await prepare(ctx, { kind, year: input.year, areaId: input.areaId, unitType: null, reference: kind === 'DOC-BC-KETQUA' ? (input.reference ?? null) : null })
  const issueYear = input.date ? Number(input.date.slice(0, 4)) : prepared.request.issueYear
  const request: DocumentRequest = { ...prepared.request, date: input.date, issueYear, texts: Object.fromEntries(prepared.paragraphs.map((p) => [p.key, p.text])) }
  try {
    const composed = await composeFor(ctx, request)
    warnings.push(...composed.warnings.map((w) => `${label}: ${w}`))
    if (kind === 'DOC-TTR-CONGNHAN') {
      const listed = new Set(composed.unitYearIds)
      proposalDate(request, ctx, composed.facts.units.filter((u) => listed.has(u.id) && u.status === 'THAM_DINH_DAT').length)
    }
  } catch (error) {
    if (!(error instanceof ApiError) || error.body.fields?.date) throw error
    notes.push(`${label}: ${error.message}`)
    return null
  }
  return request
}

export async function startPack(ctx: CoreContext, input: PackInput): Promise<PackStatus> {
  const folder = input.folder && input.folder.trim() !== '' ? input.folder : path.join(documentsDir(ctx.dataFile, input.year), `Bộ hồ sơ cuối năm ${input.year}`)
  assertWritable(folder)
  const notes: string[] = []
  const warnings: string[] = []
  const planned: PlannedDocument[] = []
  for (const kind of DOCUMENT_ORDER) {
    // The decision lists the units the tờ trình is about to propose: with a tờ trình in the pack it is planned anyway.
    const proposalFirst = kind === 'DOC-QD-CONGNHAN' && planned.some((p) => p.kind === 'DOC-TTR-CONGNHAN')
    const doc = await planDocument(ctx, kind, input, proposalFirst ? [] : notes, warnings)
    if (doc || proposalFirst) planned.push({ kind, label: catalogueEntry(kind).label })
  }
  if (planned.length === 0) throw validationError(`Năm ${input.year} chưa có văn bản nào để đưa vào bộ hồ sơ. ${notes.join(' ')}`)
  if (warnings.length > 0 && !input.confirmed) throw new ApiError({ code: 'NEEDS_CONFIRMATION', message: warnings.join(' '), warnings })
  // A first count; the decision's own list makes it exact once the tờ trình has been written.
  const awaiting = (await loadYearFactsCached(ctx, input.year)).units.filter((u) => awaitsDecision(u) || u.status === 'THAM_DINH_DAT').length
  const job: Job = {
    cancel: false,
    files: [],
    status: { jobId: ++lastJobId, state: 'RUNNING', done: 0, total: planned.length + awaiting, current: 'Bắt đầu', message: null, folder, recent: [], notes, files: [] }
  }
  jobs.set(job.status.jobId, job)
  void run(ctx, job, planned, input).catch((error: unknown) => stop(job, 'FAILED', error instanceof ApiError ? error.message : `Lỗi khi ghi bộ hồ sơ: ${(error as Error).message}`))
  return { ...job.status }
}

function stop(job: Job, state: PackStatus['state'], message: string): void {
  job.status = { ...job.status, state, message, current: '' }
}

function wrote(job: Job, file: string): void {
  job.files.push(path.relative(job.status.folder, file))
  job.status = { ...job.status, done: job.status.done + 1, recent: [...job.status.recent.slice(-4), path.basename(file)] }
}

/** Stops the pack where a write failed: the files before it stay, each in the register; the message says which. */
function failedAt(job: Job, file: string, cause: string): void {
  stop(job, 'FAILED', `Dừng khi ghi “${path.basename(file)}”: ${cause}. Đã ghi ${job.status.done}/${job.status.total} tệp; các tệp đã ghi được giữ lại và có trong Sổ văn bản.`)
}

async function run(ctx: CoreContext, job: Job, planned: PlannedDocument[], input: PackInput): Promise<void> {
  const { folder } = job.status
  let decisionId: number | null = null
  for (const [index, doc] of planned.entries()) {
    if (job.cancel) return cancelled(ctx, job, input)
    job.status = { ...job.status, current: doc.label }
    await nextTurn()
    if (job.cancel) return cancelled(ctx, job, input)
    // Planned again now: the tờ trình just written changed what the decision lists.
    const request = await planDocument(ctx, doc.kind, input, job.status.notes, [])
    if (!request) continue
    const target = freeName(folder, safeFileName(`${job.status.done + 1 < 10 ? '0' : ''}${job.status.done + 1} ${doc.label} năm ${input.year}`))
    const result = await generate(ctx, { request, folder, fileName: path.basename(target, '.docx'), confirmed: true })
    if (result.warning) {
      // generate kept the file in the data folder; the pack stops rather than scatter its files.
      wrote(job, result.row.absolutePath ?? target)
      return failedAt(job, target, result.warning)
    }
    wrote(job, result.row.absolutePath!)
    if (doc.kind === 'DOC-QD-CONGNHAN') {
      decisionId = result.row.id
      const ok = await certificates(ctx, job, input, decisionId, request, planned.length - index - 1)
      if (!ok) return
    }
  }
  stop(job, 'DONE', `Đã ghi ${job.status.done} tệp vào “${folder}”.`)
  await recordEvent(ctx, 'DOCUMENT_PACK', { year: input.year, folder, files: job.status.done, decisionId })
}

async function cancelled(ctx: CoreContext, job: Job, input: PackInput): Promise<void> {
  stop(job, 'CANCELLED', `Đã dừng theo yêu cầu: đã ghi ${job.status.done}/${job.status.total} tệp; các tệp đã ghi được giữ lại và có trong Sổ văn bản.`)
  await recordEvent(ctx, 'DOCUMENT_PACK', { year: input.year, folder: job.status.folder, files: job.status.done, cancelled: true })
}

/** One Giấy công nhận per unit of the decision, each a file and a register row under the decision. */
async function certificates(ctx: CoreContext, job: Job, input: PackInput, decisionId: number, decisionRequest: DocumentRequest, docsAfter: number): Promise<boolean> {
  const decision = await ctx.db.selectFrom('document').select(['unit_year_ids', 'symbol']).where('id', '=', decisionId).executeTakeFirstOrThrow()
  const ids = JSON.parse(decision.unit_year_ids) as number[]
  if (ids.length === 0) return true
  const prepared = await prepare(ctx, { kind: 'DOC-GCN', year: input.year, areaId: input.areaId, unitType: null })
  const request: DocumentRequest = { ...prepared.request, unitYearIds: ids, number: null, date: decisionRequest.date, issueYear: decisionRequest.issueYear }
  const composed = await composeFor(ctx, request, ids)
  const template = await officeTemplate(ctx, 'DOC-GCN')
  const writer = new CertificateWriter(composed.spec, await getFormatProfile(ctx), template ? { content: template.content, fields: await documentFields(ctx, request, composed.facts) } : null)
  const units = composed.facts.units.filter((u) => ids.includes(u.id))
  // The decision lists the units as they stand now (the tờ trình may just have proposed some): the count is exact.
  job.status = { ...job.status, total: job.status.done + units.length + docsAfter }
  const subfolder = path.join(job.status.folder, 'Giấy công nhận')
  try {
    fs.mkdirSync(subfolder, { recursive: true })
  } catch (error) {
    failedAt(job, subfolder, reason(error as NodeJS.ErrnoException))
    return false
  }
  const pending: { file: string; bytes: string; unitYearId: number; name: string }[] = []
  const flush = async () => {
    if (pending.length === 0) return
    const rows = pending.splice(0)
    await withTransaction(ctx, async (trx) => {
      const now = isoNow(ctx)
      await trx
        .insertInto('document')
        .values(
          rows.map((r) => ({
            doc_type: 'DOC-GCN',
            year: input.year,
            issue_year: request.issueYear,
            number: null,
            symbol: decision.symbol,
            issued_on: request.date,
            subject: `Giấy công nhận năm ${input.year} — ${r.name}`,
            scope: r.name,
            signer_id: composed.signer?.id ?? null,
            signer: composed.signer ? JSON.stringify({ authorityLine: composed.signer.authorityLine, titleLine: composed.signer.titleLine, name: composed.signer.name }) : null,
            recipients: '[]',
            unit_year_ids: JSON.stringify([r.unitYearId]),
            parameters: JSON.stringify({ ...request, unitYearIds: [r.unitYearId] }),
            data_snapshot: null,
            template_id: template ? String(template.id) : null,
            template_sha256: template?.sha256 ?? null,
            template_version: TEMPLATE_VERSION,
            file_path: relative(ctx, r.file),
            file_sha256: r.bytes,
            status: 'DRAFT' as const,
            supersedes_id: null,
            parent_id: decisionId,
            external: 0 as const,
            is_sample: toBit(composed.sample),
            created_by: null,
            created_at: now,
            updated_at: now
          }))
        )
        .execute()
    })
  }
  for (let i = 0; i < units.length; i++) {
    if (job.cancel) {
      await flush()
      await cancelled(ctx, job, input)
      return false
    }
    const unit = units[i]!
    job.status = { ...job.status, current: `Giấy công nhận ${i + 1}/${units.length}` }
    const file = freeName(subfolder, safeFileName(`${String(i + 1).padStart(String(units.length).length, '0')} ${unit.name}`))
    const bytes = await writer.file(i)
    try {
      const temp = `${file}.${process.pid}.tmp`
      fs.writeFileSync(temp, bytes)
      fs.renameSync(temp, file)
    } catch (error) {
      fs.rmSync(`${file}.${process.pid}.tmp`, { force: true })
      await flush()
      failedAt(job, file, reason(error as NodeJS.ErrnoException))
      return false
    }
    pending.push({ file, bytes: sha256(bytes), unitYearId: unit.id, name: unit.name })
    wrote(job, file)
    if (pending.length >= 50) await flush()
    if (i % 10 === 9) await nextTurn()
  }
  await flush()
  return true
}

export function packStatus(jobId: number): PackStatus {
  const job = jobs.get(jobId)
  if (!job) throw notFound('Không tìm thấy lần ghi bộ hồ sơ này (ứng dụng đã khởi động lại?).')
  return { ...job.status, files: job.status.state === 'RUNNING' ? [] : [...job.files] }
}

export function cancelPack(jobId: number): PackStatus {
  const job = jobs.get(jobId)
  if (!job) throw notFound('Không tìm thấy lần ghi bộ hồ sơ này (ứng dụng đã khởi động lại?).')
  job.cancel = true
  return { ...job.status }
}

/** True while a pack is being written (its register rows go through the app's connection; an import waits for it). */
export function packRunning(): boolean {
  for (const job of jobs.values()) if (job.status.state === 'RUNNING') return true
  return false
}
