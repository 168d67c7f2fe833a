import { useEffect, useState } from 'react'
import { Link, useParams } from 'react-router'
import { Alert, Button, Card, Checkbox, Col, Descriptions, Form, Input, Result, Row, Space, Spin, Table, Tag, Timeline, Typography } from 'antd'
import type { DossierLine, UnitYearDetail } from '../../../../shared/api/calls/cycle'
import type { CycleAction } from '../../../../shared/domain/cycle/machine'
import { CYCLE_EXCLUSION_LABELS } from '../../../../shared/domain/cycle/regulations'
import { OUTCOME_REASON_LABELS, STATUS_LABELS, type CriterionResult, type OutcomeReason } from '../../../../shared/domain/cycle/statuses'
import { MANAGING_LEVEL_LABELS, unitTypeLabelsOfYear } from '../../../../shared/domain/units'
import { formatInteger } from '../../../../shared/text/numbers'
import { useApiMutation, useApiQuery } from '../../api/hooks'
import { ActionDialog, actionLabel } from '../../cycle/ActionDialog'
import { CommuneRuleLine } from '../../cycle/CommuneRuleLine'
import { CorrectDate } from '../../cycle/CorrectDate'
import { StatusTag } from '../../cycle/status-tag'
import { UnitYearModels } from '../../models/UnitYearModels'
import { DateField } from '../../components/DateField'
import { CriteriaSection, pointKey, type PointMarks } from '../../cycle/CriteriaSection'
import { dateRules, fromIsoDate, toIsoDate, type DateFieldValue } from '../../lib/dates'
import { formatScreenDate } from '../../lib/format'
import { useShortcuts } from '../../lib/shortcuts'
import { useUnsavedGuard } from '../../lib/use-unsaved-guard'
import { NumberField } from '../../components/NumberField'

interface FormValues {
  registrationRef: string | null
  householdsTotal: number | null
  householdsRegistered: number | null
  staffTotal: number | null
  staffBriefed: number | null
  disciplinedCount: number | null
  subunitsEligible: number | null
  subunitsTitled: number | null
  meetingChair: string | null
  minutesReceived: boolean
  receiver: string | null
  appraisalNote: string | null
  certificateNo: string | null
  notes: string | null
  dossier: Record<string, DateFieldValue>
}

/** One unit-year: its sections, the next actions, and the Lịch sử timeline. */
export function UnitYearPage() {
  const id = Number(useParams().id)
  const detail = useApiQuery('unitYears.get', { id }, { enabled: Number.isInteger(id) && id > 0 })
  if (detail.isPending) return <Spin style={{ margin: 40 }} />
  if (detail.isError) return <Result status="warning" title={detail.error.message} extra={<Link to="/nam-danh-gia">Về danh sách năm đánh giá</Link>} />
  return <UnitYearView key={`${detail.data.id}-${detail.data.status}`} data={detail.data} />
}

function UnitYearView({ data }: { data: UnitYearDetail }) {
  const [form] = Form.useForm<FormValues>()
  // Edits not yet saved (fields, criteria marks, points): navigation and reload ask first.
  const [dirty, setDirty] = useState(false)
  useUnsavedGuard(dirty)
  const [criteria, setCriteria] = useState<Record<string, { result: CriterionResult; note: string | null }>>(() =>
    Object.fromEntries(data.criteria.map((c) => [c.code, { result: c.manual, note: c.note }]))
  )
  const [points, setPoints] = useState<PointMarks>(() => Object.fromEntries(data.criteria.flatMap((c) => c.items.map((item) => [pointKey(c.code, item.key), item.result]))))
  const [action, setAction] = useState<CycleAction | null>(null)
  const save = useApiMutation('unitYears.save', { form, success: 'Đã lưu.', onSuccess: () => setDirty(false) })
  const editable = !data.locked

  useEffect(() => {
    form.setFieldsValue({
      ...data,
      dossier: Object.fromEntries(data.dossier.map((d) => [d.code, fromIsoDate(d.receivedOn)]))
    })
  }, [data, form])

  const submit = () =>
    void form.validateFields().then((values) =>
      save.mutate({
        id: data.id,
        registrationRef: values.registrationRef ?? null,
        householdsTotal: values.householdsTotal ?? null,
        householdsRegistered: values.householdsRegistered ?? null,
        staffTotal: values.staffTotal ?? null,
        staffBriefed: values.staffBriefed ?? null,
        disciplinedCount: values.disciplinedCount ?? null,
        ...(data.criteria.some((c) => c.subunitRule) ? { subunitsEligible: values.subunitsEligible ?? null, subunitsTitled: values.subunitsTitled ?? null } : {}),
        meetingChair: values.meetingChair ?? null,
        minutesReceived: values.minutesReceived ?? false,
        receiver: values.receiver ?? null,
        appraisalNote: values.appraisalNote ?? null,
        certificateNo: values.certificateNo ?? null,
        notes: values.notes ?? null,
        criteria: data.criteria.filter((c) => c.kind !== 'DERIVED').map((c) => ({ code: c.code, result: criteria[c.code]?.result ?? 'CHUA_DANH_GIA', note: criteria[c.code]?.note ?? null })),
        criterionItems: data.criteria.flatMap((c) => c.items.map((item) => ({ code: c.code, key: item.key, result: points[pointKey(c.code, item.key)] ?? 'CHUA_DANH_GIA' }))),
        dossier: data.dossier.map((d) => ({ code: d.code, receivedOn: toIsoDate(values.dossier?.[d.code]) }))
      })
    )
  useShortcuts({ s: () => editable && submit() })

  const isKdc = data.unitType === 'KDC'
  return (
    <div className="page">
      <div className="page-header">
        <Space direction="vertical" size={0}>
          <Link to="/nam-danh-gia">← Năm đánh giá {data.year}</Link>
          <Space wrap>
            <h1 data-testid="unit-year-title">{data.unitName}</h1>
            <span data-testid="unit-year-status">
              <StatusTag status={data.status} />
            </span>
            {data.isSample && <Tag color="gold">MẪU</Tag>}
            {data.trackingMode === 'OUTCOME_ONLY' && <Tag>Chỉ theo dõi kết quả (do cấp khác công nhận)</Tag>}
          </Space>
          <Typography.Text type="secondary">
            {unitTypeLabelsOfYear(data.year)[data.unitType]} · {data.areaName ?? ''} · {MANAGING_LEVEL_LABELS[data.managingLevel]} quản lý · {data.regulationName} · kỳ đánh giá{' '}
            {formatScreenDate(data.period.start)}–{formatScreenDate(data.period.end)}
            {data.authority ? ` · thẩm quyền công nhận: ${data.authority}` : ''}
          </Typography.Text>
        </Space>
        {editable && (
          <Button type="primary" onClick={submit} loading={save.isPending} data-testid="unit-year-save">
            Lưu (Ctrl+S)
          </Button>
        )}
      </div>
      {data.locked && (
        <Alert
          style={{ marginBottom: 12 }}
          type="info"
          showIcon
          message={
            data.yearClosed
              ? `Năm ${data.year} đã chốt: hồ sơ chỉ xem; mọi thay đổi thực hiện bằng chức năng “Điều chỉnh”.`
              : `Hồ sơ đã có kết quả cuối cùng${data.decisionNo ? ` (quyết định số ${data.decisionNo} ngày ${formatScreenDate(data.decisionOn)})` : ''}; mọi thay đổi thực hiện bằng chức năng “Điều chỉnh”.`
          }
        />
      )}
      <Card size="small" title="Bước tiếp theo" style={{ marginBottom: 12 }}>
        <Space wrap>
          {/* Unfinished rows close with the whole year (“Chốt năm”); a unit found not eligible concludes on its own
              page, so its commune can be assessed on final results within the year (issue 11 item 6). */}
          {data.allowedActions.filter((allowed) => allowed !== 'CLOSE_UNFINISHED' || data.status === 'THAM_DINH_KHONG_DAT').map((allowed) => (
            <Button key={allowed} onClick={() => setAction(allowed)} type={allowed === 'EXCLUDE' ? 'default' : 'primary'} ghost={allowed === 'EXCLUDE'} danger={allowed === 'CLOSE_UNFINISHED'}>
              {actionLabel(allowed)}
            </Button>
          ))}
          {data.allowedActions.length === 0 && <Typography.Text type="secondary">Không có thao tác nào.</Typography.Text>}
          {data.previous && (
            <Typography.Text type="secondary">
              Năm {data.previous.year}: {STATUS_LABELS[data.previous.status]}
              {data.previous.decisionNo ? ` (QĐ ${data.previous.decisionNo})` : ''}
            </Typography.Text>
          )}
        </Space>
      </Card>
      <Form form={form} layout="vertical" disabled={!editable} onFinish={submit} onValuesChange={() => setDirty(true)}>
        <Row gutter={12}>
          <Col span={14}>
            <Card size="small" title="Đăng ký" style={{ marginBottom: 12 }}>
              <Descriptions size="small" column={2}>
                <Descriptions.Item label="Ngày đăng ký">
                  {formatScreenDate(data.registeredOn) || 'Chưa đăng ký'}
                  <CorrectDate id={data.id} field="registeredOn" value={data.registeredOn} />
                  {data.registeredLate && <Tag color="volcano" style={{ marginLeft: 6 }}>Sau hạn {formatScreenDate(data.registrationDue)}</Tag>}
                </Descriptions.Item>
                <Descriptions.Item label="Hạn đăng ký">{formatScreenDate(data.registrationDue)}</Descriptions.Item>
                {data.exclusionCode && <Descriptions.Item label="Ngoài phạm vi">{CYCLE_EXCLUSION_LABELS[data.exclusionCode]}{data.exclusionNote ? ` — ${data.exclusionNote}` : ''}</Descriptions.Item>}
              </Descriptions>
              <Row gutter={8}>
                <Col span={8}>
                  <Form.Item name="registrationRef" label="Số, ngày bản đăng ký">
                    <Input />
                  </Form.Item>
                </Col>
                {isKdc ? (
                  <>
                    <Col span={8}>
                      <Form.Item name="householdsTotal" label="Số hộ đang cư trú">
                        <NumberField min={0} style={{ width: '100%' }} />
                      </Form.Item>
                    </Col>
                    <Col span={8}>
                      <Form.Item name="householdsRegistered" label={data.regulationId === 'TT23_2012' ? 'Số hộ ký cam kết' : 'Số hộ đăng ký tham gia'}>
                        <NumberField min={0} style={{ width: '100%' }} />
                      </Form.Item>
                    </Col>
                  </>
                ) : data.unitType !== 'XA' ? (
                  <>
                    <Col span={8}>
                      <Form.Item name="staffTotal" label="Tổng số cán bộ, người lao động">
                        <NumberField min={0} style={{ width: '100%' }} />
                      </Form.Item>
                    </Col>
                    <Col span={8}>
                      <Form.Item name="staffBriefed" label={data.regulationId === 'TT23_2012' ? 'Số người ký cam kết' : 'Số người được phổ biến, quán triệt'}>
                        <NumberField min={0} style={{ width: '100%' }} />
                      </Form.Item>
                    </Col>
                  </>
                ) : (
                  <Col span={8}>
                    <Form.Item name="disciplinedCount" label="Số cá nhân bị kỷ luật">
                      <NumberField min={0} style={{ width: '100%' }} />
                    </Form.Item>
                  </Col>
                )}
              </Row>
            </Card>
            {data.criteria.length > 0 && (
              <CriteriaSection
                criteria={data.criteria}
                marks={criteria}
                onMarks={(marks) => { setCriteria(marks); setDirty(true) }}
                points={points}
                onPoints={(marks) => { setPoints(marks); setDirty(true) }}
              />
            )}
            {data.dossier.length > 0 && (
              <Card size="small" title="Hồ sơ" style={{ marginBottom: 12 }}>
                <Table<DossierLine>
                  rowKey="code"
                  size="small"
                  pagination={false}
                  dataSource={data.dossier}
                  columns={[
                    { title: 'Thành phần', render: (_: unknown, d) => <span>{d.name}{d.mandatory ? '' : ' (nếu có)'}</span> },
                    {
                      title: 'Ngày nhận',
                      width: 180,
                      render: (_: unknown, d) => (
                        <Form.Item name={['dossier', d.code]} style={{ margin: 0 }} rules={dateRules('Ngày nhận')}>
                          <DateField size="small" aria-label={`Ngày nhận ${d.name}`} />
                        </Form.Item>
                      )
                    }
                  ]}
                />
                <Row gutter={8} style={{ marginTop: 8 }}>
                  <Col span={12}>
                    <Form.Item name="receiver" label="Người nhận hồ sơ">
                      <Input />
                    </Form.Item>
                  </Col>
                  <Col span={12}>
                    <Descriptions size="small" column={1}>
                      <Descriptions.Item label="Ngày nộp hồ sơ">
                        {formatScreenDate(data.receivedOn)}
                        <CorrectDate id={data.id} field="receivedOn" value={data.receivedOn} />
                      </Descriptions.Item>
                      {data.returnedOn && <Descriptions.Item label="Trả lại ngày">{formatScreenDate(data.returnedOn)}{data.returnReason ? ` — ${data.returnReason}` : ''}</Descriptions.Item>}
                    </Descriptions>
                  </Col>
                </Row>
              </Card>
            )}
          </Col>
          <Col span={10}>
            {data.commune && (
              <Card size="small" title="Kết quả cấp xã (tính tự động)" style={{ marginBottom: 12 }}>
                <CommuneRuleLine rule={data.commune} />
              </Card>
            )}
            {data.trackingMode === 'FULL' && data.unitType !== 'KDC' && <UnitYearModels data={data} />}
            {data.trackingMode === 'FULL' && (
              <Card size="small" title="Họp đánh giá" style={{ marginBottom: 12 }}>
                <Descriptions size="small" column={1}>
                  <Descriptions.Item label="Ngày họp">
                    {formatScreenDate(data.meetingOn)}
                    <CorrectDate id={data.id} field="meetingOn" value={data.meetingOn} />
                  </Descriptions.Item>
                </Descriptions>
                <Form.Item name="meetingChair" label="Chủ trì cuộc họp">
                  <Input />
                </Form.Item>
                <Form.Item name="minutesReceived" valuePropName="checked" style={{ marginBottom: 0 }}>
                  <Checkbox>Đã nhận biên bản họp</Checkbox>
                </Form.Item>
              </Card>
            )}
            <Card size="small" title="Thẩm định, đề nghị, quyết định" style={{ marginBottom: 12 }}>
              <Descriptions size="small" column={1}>
                {data.trackingMode === 'FULL' && (
                  <Descriptions.Item label="Ngày thẩm định">
                    {formatScreenDate(data.appraisedOn)}
                    <CorrectDate id={data.id} field="appraisedOn" value={data.appraisedOn} />
                  </Descriptions.Item>
                )}
                {data.trackingMode === 'FULL' && <Descriptions.Item label="Tờ trình">{data.proposalNo ?? ''} {data.proposedOn ? `ngày ${formatScreenDate(data.proposedOn)}` : ''}
                  <CorrectDate id={data.id} field="proposedOn" value={data.proposedOn} />
                </Descriptions.Item>}
                <Descriptions.Item label="Quyết định">
                  <span data-testid="unit-year-decision">{data.decisionNo ?? ''} {data.decisionOn ? `ngày ${formatScreenDate(data.decisionOn)}` : ''}</span>
                  {data.decisionSigner ? ` — ${data.decisionSigner}` : ''}
                  <CorrectDate id={data.id} field="decisionOn" value={data.decisionOn} />
                </Descriptions.Item>
                {data.outcomeReason && <Descriptions.Item label="Lý do không công nhận">{OUTCOME_REASON_LABELS[data.outcomeReason as OutcomeReason] ?? data.outcomeReason}</Descriptions.Item>}
              </Descriptions>
              {data.trackingMode === 'FULL' && (
                <Form.Item name="appraisalNote" label="Ý kiến thẩm định">
                  <Input.TextArea rows={2} />
                </Form.Item>
              )}
              {data.certificateRegister ? (
                <Descriptions size="small" column={1} style={{ marginTop: 8 }}>
                  <Descriptions.Item label="Số Giấy công nhận (số vào sổ)">
                    <span data-testid="certificate-register">
                      {formatInteger(data.certificateRegister.number)} — in ngày {formatScreenDate(data.certificateRegister.printedAt.slice(0, 10))}
                    </span>
                  </Descriptions.Item>
                </Descriptions>
              ) : (
                <Form.Item name="certificateNo" label="Số Giấy công nhận (số vào sổ)">
                  <Input />
                </Form.Item>
              )}
            </Card>
            <Card size="small" title="Ghi chú" style={{ marginBottom: 12 }}>
              <Form.Item name="notes" style={{ margin: 0 }}>
                <Input.TextArea rows={2} />
              </Form.Item>
            </Card>
            <Card size="small" title="Lịch sử" data-testid="unit-year-history">
              <Timeline
                items={data.history.map((h) => ({
                  key: h.id,
                  children: (
                    <div>
                      <Typography.Text strong>{h.actionLabel}</Typography.Text> → {STATUS_LABELS[h.toStatus]}
                      <div className="muted">
                        {formatScreenDate(h.businessDate)} · {h.actor}
                        {h.ref ? ` · ${h.ref}` : ''}
                      </div>
                      {h.reason && <div>Lý do: {h.reason}</div>}
                    </div>
                  )
                }))}
              />
            </Card>
          </Col>
        </Row>
        <button type="submit" hidden />
      </Form>
      <ActionDialog action={action} ids={[data.id]} year={data.year} title={action ? `${actionLabel(action)}: ${data.unitName}` : undefined} showCounts={isKdc} counts={data} onClose={() => setAction(null)} />
      <Typography.Text type="secondary" style={{ display: 'block', marginTop: 8 }}>
        {formatInteger(data.history.length)} thay đổi trạng thái được ghi lại.
      </Typography.Text>
    </div>
  )
}
