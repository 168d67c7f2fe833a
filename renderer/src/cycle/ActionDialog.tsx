import { useState } from 'react'
import { Alert, App, Form, Input, Modal, Select } from 'antd'
import { useQueryClient } from '@tanstack/react-query'
import { ApiError, type BlockedRow } from '../../../shared/api/errors'
import { TRANSITIONS, type CycleAction } from '../../../shared/domain/cycle/machine'
import { CYCLE_EXCLUSION_LABELS } from '../../../shared/domain/cycle/regulations'
import { call } from '../api/client'
import { saveWithConfirmation } from '../components/confirm-warnings'
import { DateField } from '../components/DateField'
import { dateRules, defaultDateForYear, toIsoDate, type DateFieldValue } from '../lib/dates'
import { useSelectedYear } from './year-context'
import { optionsOf } from '../lib/options'
import { BlockedUnits } from './BlockedUnits'
import { NumberField } from '../components/NumberField'

interface FieldSpec {
  date?: string
  ref?: { label: string; required?: boolean }
  signer?: string
  body?: string
  chair?: string
  reasonLabel?: string
  exclusion?: boolean
  counts?: boolean
}

/** What each action asks for (domain.md §4 “Records” column). */
export const ACTION_FIELDS: Record<CycleAction, FieldSpec> = {
  REGISTER: { date: 'Ngày đăng ký', ref: { label: 'Số, ngày bản đăng ký' }, counts: true },
  UNREGISTER: {},
  RECORD_MEETING: { date: 'Ngày họp đánh giá', chair: 'Chủ trì cuộc họp' },
  RECEIVE_DOSSIER: { date: 'Ngày nhận hồ sơ', signer: 'Người nhận hồ sơ' },
  RETURN_DOSSIER: { date: 'Ngày trả lại hồ sơ', reasonLabel: 'Lý do trả lại, thành phần còn thiếu' },
  RESUBMIT_DOSSIER: { date: 'Ngày nhận hồ sơ bổ sung' },
  APPRAISE_PASS: { date: 'Ngày thẩm định', reasonLabel: 'Ý kiến thẩm định' },
  APPRAISE_FAIL: { date: 'Ngày thẩm định', reasonLabel: 'Lý do không đủ điều kiện' },
  REAPPRAISE: {},
  PROPOSE: { date: 'Ngày tờ trình', ref: { label: 'Số tờ trình' } },
  WITHDRAW_PROPOSAL: {},
  RECORD_DECISION: { date: 'Ngày quyết định', ref: { label: 'Số quyết định', required: true }, signer: 'Người ký', body: 'Cơ quan ban hành' },
  REJECT: { date: 'Ngày quyết định', ref: { label: 'Số văn bản (nếu có)' } },
  // On one unit's page, only after “Thẩm định: không đạt”: its final outcome within the year (T15, “manual”).
  CLOSE_UNFINISHED: { date: 'Ngày kết luận', reasonLabel: 'Ghi chú (nếu có)' },
  EXCLUDE: { exclusion: true },
  INCLUDE: {},
  RECORD_OUTCOME_RECOGNISED: { date: 'Ngày quyết định', ref: { label: 'Số quyết định', required: true }, body: 'Cơ quan ban hành' },
  RECORD_OUTCOME_NOT_RECOGNISED: { date: 'Ngày quyết định', ref: { label: 'Số văn bản (nếu có)' } },
  AMEND: { ref: { label: 'Số, ngày văn bản điều chỉnh (căn cứ pháp lý)', required: true } }
}

export const ACTION_BUTTON_LABELS: Partial<Record<CycleAction, string>> = {
  RECORD_MEETING: 'Họp đánh giá: đạt tất cả'
}

/** T15 on one unit is not “Chốt năm” but that unit's conclusion. */
const OWN_ROW_LABELS: Partial<Record<CycleAction, string>> = {
  CLOSE_UNFINISHED: 'Kết luận: không công nhận'
}

/** Bulk buttons may say more than the transition (“đạt tất cả”); one unit's page uses the transition's name. */
export function actionLabel(action: CycleAction, bulk = false): string {
  return (bulk ? ACTION_BUTTON_LABELS[action] : OWN_ROW_LABELS[action]) ?? TRANSITIONS[action].label
}

interface Values {
  date?: DateFieldValue
  ref?: string
  signer?: string
  body?: string
  chair?: string
  reason?: string
  exclusionCode?: string
  householdsTotal?: number
  householdsRegistered?: number
}

/**
 * One action for one or many unit-years. Core checks every row first; a refusal names the units that blocked it and
 * nothing is written. Warnings (late registration) are confirmed before the action is sent again.
 */
export function ActionDialog({
  action,
  ids,
  title,
  showCounts,
  bulk = false,
  year,
  counts,
  onClose
}: {
  action: CycleAction | null
  ids: number[]
  title?: string
  showCounts?: boolean
  bulk?: boolean
  /** The unit-years' year (default: the year chosen in the top bar); the default date lies in it. */
  year?: number
  /** One unit's own counts, the registration's defaults (issue 11 item 16). */
  counts?: { householdsTotal: number | null; householdsRegistered: number | null }
  onClose: (done: boolean) => void
}) {
  const selected = useSelectedYear()
  const [form] = Form.useForm<Values>()
  const { modal, message } = App.useApp()
  const queryClient = useQueryClient()
  const [error, setError] = useState<string | null>(null)
  const [refusal, setRefusal] = useState<{ blocked: BlockedRow[]; blockedCount: number; values: Values } | null>(null)
  const [busy, setBusy] = useState(false)
  if (!action) return null
  const spec = ACTION_FIELDS[action]
  const reasonRequired = TRANSITIONS[action].reasonRequired && action !== 'APPRAISE_FAIL'

  /** `only`: the eligible units of a refused bulk step, chosen explicitly after seeing who blocked it. */
  const submit = async (values: Values, only?: number[]) => {
    setBusy(true)
    setError(null)
    setRefusal(null)
    try {
      const input = {
        ids: only ?? ids,
        action,
        date: toIsoDate(values.date),
        ref: values.ref ?? null,
        signer: values.signer ?? null,
        body: values.body ?? null,
        chair: values.chair ?? null,
        reason: values.reason ?? null,
        exclusionCode: (values.exclusionCode as 'KHAC' | undefined) ?? null,
        householdsTotal: values.householdsTotal ?? null,
        householdsRegistered: values.householdsRegistered ?? null,
        allCriteriaPassed: action === 'RECORD_MEETING' && bulk ? true : undefined
      }
      const result = await saveWithConfirmation(modal, (confirmed) => call('unitYears.act', { ...input, confirmed }))
      if (result) {
        await queryClient.invalidateQueries()
        void message.success(`Đã cập nhật ${result.changed} đơn vị.`)
        form.resetFields()
        onClose(true)
      }
    } catch (failure) {
      const blocked = failure instanceof ApiError && ids.length > 1 ? failure.body.blocked : undefined
      if (blocked && blocked.length > 0) setRefusal({ blocked, blockedCount: (failure as ApiError).body.blockedCount ?? blocked.length, values })
      else setError(failure instanceof ApiError ? failure.message : 'Không thực hiện được thao tác.')
    } finally {
      setBusy(false)
    }
  }

  return (
    <Modal
      open
      title={title ?? `${actionLabel(action, bulk)}${ids.length > 1 ? ` — ${ids.length} đơn vị` : ''}`}
      okText="Thực hiện"
      cancelText="Hủy"
      confirmLoading={busy}
      width={refusal ? 760 : undefined}
      destroyOnHidden
      onCancel={() => onClose(false)}
      onOk={() => form.submit()}
    >
      <Form form={form} name="action" layout="vertical" initialValues={{ date: defaultDateForYear(year ?? selected.year), householdsTotal: counts?.householdsTotal ?? undefined, householdsRegistered: counts?.householdsRegistered ?? undefined }} onFinish={(values) => void submit(values)}>
        {spec.date && (
          <Form.Item name="date" label={spec.date} rules={dateRules(spec.date, true)}>
            <DateField autoFocus style={{ width: '100%' }} />
          </Form.Item>
        )}
        {spec.ref && (
          <Form.Item name="ref" label={spec.ref.label} rules={spec.ref.required ? [{ required: true, message: `Vui lòng nhập ${spec.ref.label.toLocaleLowerCase('vi')}.` }] : []}>
            <Input />
          </Form.Item>
        )}
        {spec.signer && (
          <Form.Item name="signer" label={spec.signer} rules={action === 'RECORD_DECISION' ? [{ required: true, message: 'Vui lòng nhập người ký.' }] : []}>
            <Input />
          </Form.Item>
        )}
        {spec.body && (
          <Form.Item name="body" label={spec.body}>
            <Input />
          </Form.Item>
        )}
        {spec.chair && (
          <Form.Item name="chair" label={spec.chair}>
            <Input />
          </Form.Item>
        )}
        {spec.counts && showCounts && (
          <>
            <Form.Item name="householdsTotal" label="Số hộ đang cư trú">
              <NumberField min={0} style={{ width: '100%' }} />
            </Form.Item>
            <Form.Item name="householdsRegistered" label="Số hộ đăng ký tham gia">
              <NumberField min={0} style={{ width: '100%' }} />
            </Form.Item>
          </>
        )}
        {spec.counts && bulk && (
          <Alert type="info" showIcon style={{ marginBottom: 12 }} message="Số hộ đang cư trú của mỗi khu dân cư lấy theo hồ sơ của đơn vị đó." />
        )}
        {spec.exclusion && (
          <Form.Item name="exclusionCode" label="Lý do ngoài phạm vi" rules={[{ required: true, message: 'Vui lòng chọn lý do ngoài phạm vi.' }]}>
            <Select options={optionsOf(CYCLE_EXCLUSION_LABELS)} />
          </Form.Item>
        )}
        {(spec.reasonLabel || TRANSITIONS[action].reasonRequired) && (
          <Form.Item name="reason" label={spec.reasonLabel ?? 'Lý do'} rules={reasonRequired ? [{ required: true, message: 'Vui lòng nhập lý do.' }] : []}>
            <Input.TextArea rows={2} />
          </Form.Item>
        )}
        {action === 'RECORD_MEETING' && bulk && (
          <Alert type="info" showIcon style={{ marginBottom: 12 }} message="Các tiêu chí chưa đánh giá sẽ được ghi là Đạt; tiêu chí đã ghi Không đạt được giữ nguyên." />
        )}
        {error && <Alert type="error" showIcon message={error} data-testid="action-error" />}
        {refusal && (
          <BlockedUnits
            blocked={refusal.blocked}
            blockedCount={refusal.blockedCount}
            total={ids.length}
            onEligible={() => {
              const left = new Set(refusal.blocked.map((row) => row.id))
              void submit(refusal.values, ids.filter((id) => !left.has(id)))
            }}
          />
        )}
        <button type="submit" hidden />
      </Form>
    </Modal>
  )
}
