import { useEffect, useMemo, useState } from 'react'
import { Link, useLocation } from 'react-router'
import { Alert, App, Button, Card, Checkbox, Col, Form, Input, Modal, Row, Select, Space, Spin, Tag, Typography } from 'antd'
import { ArrowLeftOutlined, DownloadOutlined, FileWordOutlined, FolderOpenOutlined, PrinterOutlined } from '../../lib/icons'
import type { Dayjs } from 'dayjs'
import type { DocumentRequest, GeneratedDocument, PreparedDocument } from '../../../../shared/api/calls/documents'
import type { DocKind } from '../../../../shared/documents/spec'
import { UNIT_TYPE_LABELS, type UnitType } from '../../../../shared/domain/units'
import { todayInVietnam } from '../../../../shared/text/dates'
import { call } from '../../api/client'
import { useApiMutation, useApiQuery } from '../../api/hooks'
import { useSelectedYear } from '../../cycle/year-context'
import { DateField } from '../../components/DateField'
import { dateRules, fromIsoDate, toIsoDate } from '../../lib/dates'
import { downloadDocx, useDesktop } from '../../lib/desktop'
import { foldedFilter, optionsOf } from '../../lib/options'
import { useDebounced } from '../../lib/use-debounced'
import { DocPreview } from './DocPreview'
import { CallError } from '../../components/CallError'
import { markFields } from './mark-fields'
import { YearEndPack } from './YearEndPack'
import { NumberField } from '../../components/NumberField'

interface Values {
  issueYear: number
  number: number | null
  date: Dayjs | null
  signerId: number | null
  addressees: string
  recipients: string
  bases: string
  reference: string | null
  texts: Record<string, string>
  /** Paragraphs whose unverifiable default sentences the user has read and confirmed. */
  reviewed: Record<string, boolean>
}

const lines = (text: string | undefined): string[] => (text ?? '').split('\n').map((l) => l.trim()).filter((l) => l !== '')

function toValues(prepared: PreparedDocument): Values {
  const r = prepared.request
  return {
    issueYear: r.issueYear,
    number: r.number,
    date: fromIsoDate(r.date),
    signerId: r.signerId,
    addressees: r.addressees.join('\n'),
    recipients: r.recipients.join('\n'),
    bases: r.bases.join('\n'),
    reference: r.reference,
    texts: Object.fromEntries(prepared.paragraphs.map((p) => [p.key, p.text])),
    reviewed: Object.fromEntries(r.reviewed.map((key) => [key, true]))
  }
}

function toRequest(base: DocumentRequest, v: Values): DocumentRequest {
  return {
    ...base,
    issueYear: v.issueYear ?? base.issueYear,
    number: v.number ?? null,
    date: toIsoDate(v.date),
    signerId: v.signerId ?? null,
    addressees: lines(v.addressees),
    recipients: lines(v.recipients),
    bases: lines(v.bases),
    reference: v.reference ?? null,
    texts: v.texts ?? {},
    reviewed: Object.entries(v.reviewed ?? {}).filter(([, seen]) => seen).map(([key]) => key)
  }
}

/** The named fields of an office paragraph and their values, highlighted as in the preview. */
function FieldTags({ fields }: { fields: { name: string; value: string }[] }) {
  return (
    <Space size={[4, 4]} wrap data-testid="paragraph-fields">
      {fields.map((f, i) => (
        <Tag key={i} color="gold">{`{${f.name}}`} = {f.value}</Tag>
      ))}
    </Space>
  )
}

/** The gallery of document types (ux.md, Văn bản). */
function Gallery({ onPick }: { onPick: (kind: DocKind) => void }) {
  const catalogue = useApiQuery('documents.catalogue', {})
  return (
    <Row gutter={[12, 12]}>
      {(catalogue.data ?? []).map((item) => (
        <Col key={item.kind} xs={24} md={12} xl={8}>
          <Card hoverable onClick={() => onPick(item.kind)} data-testid={`doc-kind-${item.kind}`} size="small" title={item.label}>
            <Typography.Text type="secondary">{item.description}</Typography.Text>
          </Card>
        </Col>
      ))}
    </Row>
  )
}

function SavedActions({ saved }: { saved: GeneratedDocument }) {
  const { shell, run } = useDesktop()
  const { message } = App.useApp()
  const path = saved.row.absolutePath
  return (
    <Alert
      type={saved.warning ? 'warning' : 'success'}
      showIcon
      data-testid="doc-saved"
      message={saved.warning ?? `Đã lưu: ${saved.row.filePath}`}
      action={
        <Space wrap>
          {shell && path ? (
            <>
              <Button size="small" icon={<FileWordOutlined />} onClick={() => run(() => shell.openFile(path))}>Mở bằng Word</Button>
              <Button size="small" icon={<FolderOpenOutlined />} onClick={() => run(() => shell.showInFolder(path))}>Mở thư mục</Button>
              <Button size="small" icon={<PrinterOutlined />} onClick={() => run(() => shell.printFile(path), 'Đã gửi tệp tới máy in.')}>In</Button>
            </>
          ) : (
            <Button
              size="small"
              icon={<DownloadOutlined />}
              onClick={async () => {
                try {
                  const file = await call('documents.download', { id: saved.row.id })
                  downloadDocx(file.fileName, file.base64)
                } catch (error) {
                  void message.error((error as Error).message)
                }
              }}
            >
              Tải về
            </Button>
          )}
        </Space>
      }
    />
  )
}

/** The empty Dự thảo quyết định: decisions follow a tờ trình, so it points to the units ready for one. */
function NoProposedUnits({ year }: { year: number }) {
  return (
    <Alert
      type="info"
      showIcon
      style={{ marginBottom: 8 }}
      data-testid="decision-empty"
      message={`Chưa có đơn vị nào được đề nghị công nhận năm ${year}.`}
      description={
        <>
          <div>
            Dự thảo quyết định lập cho các đơn vị đã có tờ trình đề nghị công nhận. Trên trang Năm đánh giá, chọn các đơn vị đã thẩm định đạt, bấm “Lập tờ trình” và lưu tờ trình; sau đó quay lại đây.
          </div>
          <Link to={`/nam-danh-gia?trang-thai=THAM_DINH_DAT`}>Xem các đơn vị đã thẩm định đạt</Link>
        </>
      }
    />
  )
}

function Editor({ kind, onBack, initialYear, unitYearIds, onClearSelection }: { kind: DocKind; onBack: () => void; initialYear: number | null; unitYearIds: number[]; onClearSelection: () => void }) {
  const catalogue = useApiQuery('documents.catalogue', {})
  const entry = catalogue.data?.find((c) => c.kind === kind)
  const areas = useApiQuery('areas.list', {})
  // The year chosen in the top bar, followed when it changes there (issue 11 item 12).
  const chosenYear = useSelectedYear().year
  const [year, setYear] = useState(() => initialYear ?? chosenYear ?? Number(todayInVietnam().slice(0, 4)))
  const [followed, setFollowed] = useState(chosenYear)
  if (chosenYear !== followed) {
    setFollowed(chosenYear)
    if (chosenYear !== null) setYear(chosenYear)
  }
  const [areaId, setAreaId] = useState<number>(0)
  const [unitType, setUnitType] = useState<UnitType>('XA')
  // The paragraphs that cite the upstream document are composed with it, so typing it prepares the defaults again.
  const [reference, setReference] = useState<string | null>(null)
  const settledReference = useDebounced(reference, 400)
  const prepared = useApiQuery('documents.prepare', { kind, year, areaId: areaId === 0 ? null : areaId, unitType: kind === 'DOC-BB-HOP' ? unitType : null, unitYearIds, reference: settledReference })
  const [form] = Form.useForm<Values>()
  const [values, setValues] = useState<Values | null>(null)
  const [saveOpen, setSaveOpen] = useState(false)
  const [fileName, setFileName] = useState('')
  const [folder, setFolder] = useState<string | null>(null)
  const [saved, setSaved] = useState<GeneratedDocument | null>(null)
  const { shell, run } = useDesktop()

  // New defaults (another kind, year or scope) replace the form's values; adjusted during render, not in an effect.
  const [source, setSource] = useState<PreparedDocument | undefined>(undefined)
  if (prepared.data && prepared.data !== source) {
    setSource(prepared.data)
    setValues(toValues(prepared.data))
    setSaved(null)
  }
  useEffect(() => {
    if (source) form.setFieldsValue(toValues(source))
  }, [source, form])

  const request = useMemo(() => (prepared.data && values ? toRequest(prepared.data.request, values) : null), [prepared.data, values])
  const settled = useDebounced(request, 600)
  const preview = useApiQuery('documents.preview', { request: settled! }, { enabled: settled !== null, retry: false })
  const fieldValues = useMemo(() => (prepared.data?.paragraphs ?? []).flatMap((p) => (p.fields ?? []).map((f) => f.value)), [prepared.data])
  const generate = useApiMutation('documents.generate', {
    form,
    inDialog: true,
    // The saved document stays on screen (issue 11 item 13): a numbered decision moves its units on, and refreshing
    // the defaults would empty the page and drop the “Đã lưu / Tải về” result.
    keep: ['documents.prepare', 'documents.preview'],
    success: (data) => (data.warning ? 'Đã lưu văn bản ở thư mục dự phòng.' : 'Đã lưu văn bản.'),
    onSuccess: (data) => {
      setSaved(data)
      setSaveOpen(false)
    }
  })

  // V30 and other warnings from core come back as NEEDS_CONFIRMATION: ask, then save again with confirmed.
  const { modal } = App.useApp()
  const saveAsking = (input: Parameters<typeof generate.mutate>[0]) =>
    generate.mutate(input, {
      onError: (error) => {
        if (error.code !== 'NEEDS_CONFIRMATION') return
        modal.confirm({
          title: 'Vui lòng xem lại trước khi tạo văn bản',
          content: (error.body.warnings ?? [error.message]).join(' '),
          okText: 'Vẫn tạo văn bản',
          cancelText: 'Quay lại',
          onOk: () => generate.mutate({ ...input, confirmed: true })
        })
      }
    })

  // A decision with no unit awaiting it composes nothing: the page says what to do instead of an error.
  const noProposedUnits = kind === 'DOC-QD-CONGNHAN' && prepared.data !== undefined && prepared.data.paragraphs.length === 0 && !saved
  const areaOptions = [{ value: 0, label: 'Toàn địa bàn' }, ...(areas.data ?? []).filter((a) => a.kind !== 'TINH' && a.kind !== 'HUYEN').map((a) => ({ value: a.id, label: a.name }))]
  return (
    <>
      <div className="page-header">
        <Space>
          <Button icon={<ArrowLeftOutlined />} onClick={onBack}>Chọn loại khác</Button>
          {/* A decision saved with its number is no longer a draft (issue 11 item 16). */}
          <h1>{kind === 'DOC-QD-CONGNHAN' && saved?.row.number ? 'Quyết định công nhận' : (entry?.label ?? 'Văn bản')}</h1>
        </Space>
        <Space>
          <Button type="primary" icon={<FileWordOutlined />} disabled={!request} onClick={() => { setFileName(''); generate.reset(); setSaveOpen(true) }} data-testid="doc-save">
            Lưu tệp Word
          </Button>
        </Space>
      </div>
      {saved && <div style={{ marginBottom: 12 }}><SavedActions saved={saved} /></div>}
      <Row gutter={16} wrap={false}>
        <Col flex="440px" style={{ maxHeight: 'calc(100vh - 140px)', overflowY: 'auto' }}>
          <Card size="small">
            <Space wrap style={{ marginBottom: 12 }}>
              <span>
                <label htmlFor="doc-year">Năm đánh giá </label>
                <NumberField id="doc-year" aria-label="Năm đánh giá" min={2012} max={2100} value={year} onChange={(v) => v && setYear(v)} style={{ width: 100 }} />
              </span>
              <Select aria-label="Phạm vi" value={areaId} onChange={setAreaId} options={areaOptions} showSearch filterOption={foldedFilter} style={{ width: 200 }} />
              {kind === 'DOC-BB-HOP' && <Select aria-label="Loại đơn vị" value={unitType} onChange={setUnitType} options={optionsOf(UNIT_TYPE_LABELS)} style={{ width: 200 }} />}
            </Space>
            {unitYearIds.length > 0 && (
              <Alert
                type="info"
                showIcon
                style={{ marginBottom: 8 }}
                message={`Phạm vi: ${unitYearIds.length} đơn vị đã chọn trên bảng năm đánh giá.`}
                action={<Button size="small" type="link" onClick={onClearSelection}>Dùng cả địa bàn</Button>}
                data-testid="doc-selection"
              />
            )}
            {prepared.isLoading && <Spin />}
            {prepared.error && <Alert type="error" message={prepared.error.message} />}
            {noProposedUnits ? (
              <NoProposedUnits year={year} />
            ) : (
              // Once saved, the result replaces the defaults' warnings (a numbered decision has moved its units on).
              !saved && prepared.data?.warnings.map((w) => <Alert key={w} type="warning" showIcon message={w} style={{ marginBottom: 8 }} />)
            )}
            <Form form={form} layout="vertical" size="small" onValuesChange={(_, all) => setValues(all as Values)}>
              {entry?.numbered && (
                <Space align="start">
                  <Form.Item name="number" label="Số (để trống nếu văn thư ghi số)">
                    <NumberField min={1} style={{ width: 120 }} placeholder="      " />
                  </Form.Item>
                  <Form.Item name="date" label="Ngày ban hành" rules={dateRules('Ngày ban hành')}>
                    <DateField placeholder="Để trống" />
                  </Form.Item>
                  <Form.Item name="issueYear" label="Năm ban hành">
                    <NumberField min={2012} max={2101} style={{ width: 90 }} />
                  </Form.Item>
                </Space>
              )}
              {entry?.signed && (
                <Form.Item name="signerId" label="Người ký">
                  <Select options={(prepared.data?.signers ?? []).map((s) => ({ value: s.id, label: s.label }))} placeholder="Thêm người ký tại Cài đặt → Người ký" />
                </Form.Item>
              )}
              {entry?.referenceLabel && (
                <Form.Item name="reference" label={entry.referenceLabel}>
                  <Input onChange={(e) => setReference(e.target.value.trim() === '' ? null : e.target.value)} />
                </Form.Item>
              )}
              {(kind === 'DOC-CV-DONDOC' || kind === 'DOC-BC-KETQUA' || kind === 'DOC-TTR-CONGNHAN') && (
                <Form.Item name="addressees" label="Kính gửi (mỗi dòng một nơi)">
                  <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} />
                </Form.Item>
              )}
              {(kind === 'DOC-QD-CONGNHAN' || kind === 'DOC-TTR-CONGNHAN') && (
                <Form.Item name="bases" label="Căn cứ (mỗi dòng một căn cứ)">
                  <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} />
                </Form.Item>
              )}
              {entry?.signed && (
                <Form.Item name="recipients" label="Nơi nhận (mỗi dòng một nơi; “Lưu: VT” tự thêm)">
                  <Input.TextArea autoSize={{ minRows: 1, maxRows: 5 }} />
                </Form.Item>
              )}
              {(prepared.data?.paragraphs ?? []).map((p) => (
                <div key={p.key}>
                  <Form.Item
                    name={['texts', p.key]}
                    label={p.office ? `${p.label} (mẫu của cơ quan)` : p.label}
                    extra={p.fields && p.fields.length > 0 ? <FieldTags fields={p.fields} /> : undefined}
                    style={p.review?.length ? { marginBottom: 4 } : undefined}
                  >
                    <Input.TextArea autoSize={{ minRows: p.multiline ? 2 : 1, maxRows: 10 }} />
                  </Form.Item>
                  {p.review && p.review.length > 0 && (
                    <Form.Item name={['reviewed', p.key]} valuePropName="checked" extra="Đoạn này có câu mặc định mà ứng dụng không biết có đúng không; câu đó chỉ được in khi đã xem lại.">
                      <Checkbox>Đã xem lại đoạn “{p.label}”</Checkbox>
                    </Form.Item>
                  )}
                </div>
              ))}
            </Form>
          </Card>
        </Col>
        <Col flex="auto" style={{ maxHeight: 'calc(100vh - 140px)', overflow: 'auto', background: '#e5e7eb', padding: 16, borderRadius: 6 }}>
          {/* Once saved, the result is what counts: a preview refetched after the decision (its units now recognised) may fail. */}
          {preview.error && !noProposedUnits && !saved && <Alert type="error" showIcon message={preview.error.message} data-testid="preview-error" />}
          {noProposedUnits ? null : preview.data ? <DocPreview spec={markFields(preview.data.spec, fieldValues)} /> : !preview.error && <Spin />}
        </Col>
      </Row>
      <Modal
        open={saveOpen}
        title="Lưu tệp Word"
        okText="Lưu"
        cancelText="Hủy"
        confirmLoading={generate.isPending}
        onCancel={() => setSaveOpen(false)}
        onOk={() => request && saveAsking({ request, fileName, ...(folder ? { folder } : {}) })}
      >
        <Form layout="vertical">
          <Form.Item label="Tên tệp (không cần “.docx”; để trống để dùng tên mặc định)">
            <Input aria-label="Tên tệp" defaultValue="" onChange={(e) => setFileName(e.target.value)} />
          </Form.Item>
          {shell ? (
            <Form.Item label="Thư mục">
              <Space>
                <Typography.Text>{folder ?? 'Thư mục dữ liệu / documents'}</Typography.Text>
                <Button onClick={() => run(async () => setFolder((await shell.chooseFolder('documents')) ?? folder))}>Chọn thư mục…</Button>
                {folder && <Button type="link" onClick={() => setFolder(null)}>Dùng thư mục dữ liệu</Button>}
              </Space>
            </Form.Item>
          ) : (
            <Typography.Text type="secondary">Tệp được lưu trong thư mục dữ liệu (documents/{request?.year}) và có thể tải về sau khi lưu.</Typography.Text>
          )}
        </Form>
        <CallError error={generate.error} />
      </Modal>
    </>
  )
}

/** Văn bản: choose the document, the year and the scope; edit; preview; save. */
/** What the year board sends when the staff make a document from their selection. */
interface FromBoard {
  kind: DocKind
  year: number | null
  unitYearIds: number[]
}

export function DocumentsPage() {
  const location = useLocation()
  const fromBoard = (location.state as FromBoard | null) ?? null
  const [kind, setKind] = useState<DocKind | null>(fromBoard?.kind ?? null)
  const [selection, setSelection] = useState<FromBoard | null>(fromBoard)
  const [packOpen, setPackOpen] = useState(false)
  const { year } = useSelectedYear()
  return (
    <div className="page">
      {kind ? (
        <Editor
          kind={kind}
          initialYear={selection?.kind === kind ? selection.year : null}
          unitYearIds={selection?.kind === kind ? selection.unitYearIds : []}
          onClearSelection={() => setSelection(null)}
          onBack={() => {
            setSelection(null)
            setKind(null)
          }}
        />
      ) : (
        <>
          <div className="page-header">
            <h1>Văn bản</h1>
            <Button icon={<FolderOpenOutlined />} onClick={() => setPackOpen(true)}>Bộ hồ sơ cuối năm…</Button>
          </div>
          <Gallery onPick={setKind} />
          <YearEndPack open={packOpen} year={year} onClose={() => setPackOpen(false)} />
        </>
      )}
    </div>
  )
}
