import { useState } from 'react'
import { App, Button, Form, Input, Modal, Select, Space } from 'antd'
import type { Dayjs } from 'dayjs'
import { saveWithConfirmation } from '../components/confirm-warnings'
import { call } from '../api/client'
import { useApiMutation } from '../api/hooks'
import { DateField } from '../components/DateField'
import { dateRules, fromIsoDate, toIsoDate } from '../lib/dates'
import { useQueryClient } from '@tanstack/react-query'
import { ApiError } from '../../../shared/api/errors'
import { useSelectedYear } from './year-context'
import { REGULATIONS, type RegulationId } from '../../../shared/domain/cycle/regulations'
import { CallError } from '../components/CallError'

const DEADLINES = [
  ['registrationDue', 'Hạn đăng ký'],
  ['dossierDueKdc', 'Hạn nộp hồ sơ khu dân cư'],
  ['dossierDueOther', 'Hạn nộp hồ sơ đơn vị khác'],
  ['appraisalDueKdc', 'Hạn thẩm định khu dân cư'],
  ['appraisalDue', 'Hạn thẩm định đơn vị khác'],
  ['decisionDueKdc', 'Hạn quyết định công nhận khu dân cư'],
  ['decisionDue', 'Hạn quyết định công nhận đơn vị khác'],
  ['reportDue', 'Hạn báo cáo năm']
] as const

type Values = Record<(typeof DEADLINES)[number][0], Dayjs | null>

/** The year's deadlines (set by the office; defaults of domain.md §5) and “Chốt năm”. */
export function YearSettingsButtons() {
  const { current } = useSelectedYear()
  const { modal, message } = App.useApp()
  const queryClient = useQueryClient()
  const [open, setOpen] = useState(false)
  const [form] = Form.useForm<Values>()
  const save = useApiMutation('years.updateDeadlines', { form, inDialog: true, success: 'Đã lưu các mốc thời hạn.', onSuccess: () => setOpen(false) })
  const [basisOpen, setBasisOpen] = useState(false)
  const [basisForm] = Form.useForm<{ regulationId: RegulationId; reason: string }>()
  const changeBasis = useApiMutation('years.changeRegulation', { form: basisForm, inDialog: true, success: 'Đã đổi cơ sở pháp lý của năm.', onSuccess: () => setBasisOpen(false) })
  if (!current) return null
  const closed = current.status === 'CLOSED'
  const closeYear = async () => {
    try {
      const result = await saveWithConfirmation(modal, (confirmed) => call('years.close', { year: current.year, confirmed }))
      if (result) {
        await queryClient.invalidateQueries()
        void message.success(`Đã chốt năm ${current.year}.`)
      }
    } catch (error) {
      void message.error(error instanceof ApiError ? error.message : 'Không chốt được năm.')
    }
  }
  return (
    <Space>
      <Button
        onClick={() => {
          form.setFieldsValue(Object.fromEntries(DEADLINES.map(([key]) => [key, fromIsoDate(current[key])])) as Values)
          setOpen(true)
        }}
        disabled={closed}
      >
        Các mốc thời hạn
      </Button>
      {!closed && (
        <Button
          onClick={() => {
            basisForm.setFieldsValue({ regulationId: current.regulationId, reason: '' })
            setBasisOpen(true)
          }}
        >
          Cơ sở pháp lý
        </Button>
      )}
      {!closed && (
        <Button danger onClick={() => void closeYear()}>
          Chốt năm…
        </Button>
      )}
      <Modal
        open={open}
        title={`Các mốc thời hạn năm ${current.year}`}
        okText="Lưu"
        cancelText="Hủy"
        onCancel={() => { save.reset(); setOpen(false) }}
        confirmLoading={save.isPending}
        onOk={() =>
          void form.validateFields().then((values) =>
            save.mutate({ year: current.year, ...Object.fromEntries(DEADLINES.map(([key]) => [key, toIsoDate(values[key])])) })
          )
        }
      >
        <Form form={form} layout="vertical">
          {DEADLINES.map(([key, label]) => (
            <Form.Item key={key} name={key} label={label} rules={dateRules(label)}>
              <DateField style={{ width: '100%' }} />
            </Form.Item>
          ))}
        </Form>
        <CallError error={save.error} />
      </Modal>
      <Modal
        open={basisOpen}
        title={`Cơ sở pháp lý năm ${current.year}`}
        okText="Đổi"
        cancelText="Hủy"
        confirmLoading={changeBasis.isPending}
        onCancel={() => { changeBasis.reset(); setBasisOpen(false) }}
        onOk={() => void basisForm.validateFields().then((values) => changeBasis.mutate({ year: current.year, regulationId: values.regulationId, reason: values.reason }))}
      >
        <Form form={basisForm} layout="vertical">
          <Form.Item name="regulationId" label="Cơ sở pháp lý">
            <Select options={REGULATIONS.map((r) => ({ value: r.id, label: r.shortName }))} />
          </Form.Item>
          <Form.Item name="reason" label="Lý do" rules={[{ required: true, message: 'Vui lòng nhập lý do.' }]}>
            <Input.TextArea rows={2} />
          </Form.Item>
        </Form>
        <CallError error={changeBasis.error} />
      </Modal>
    </Space>
  )
}
