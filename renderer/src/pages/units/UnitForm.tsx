import { useEffect } from 'react'
import { Alert, App, Button, Checkbox, Col, Drawer, Form, Input, Row, Select, Space } from 'antd'
import type { UnitRow } from '../../../../shared/api/calls/units'
import { ApiError } from '../../../../shared/api/errors'
import { tt124Scope } from '../../../../shared/domain/scope'
import {
  EDUCATION_LEVEL_LABELS,
  ENTERPRISE_SIZE_LABELS,
  MANAGING_LEVEL_LABELS,
  unitTypeLabelsToday,
  type UnitType
} from '../../../../shared/domain/units'
import { call } from '../../api/client'
import { showFieldErrors, useApiQuery } from '../../api/hooks'
import { saveWithConfirmation } from '../../components/confirm-warnings'
import { DateField } from '../../components/DateField'
import { dateRules, fromIsoDate, toIsoDate } from '../../lib/dates'
import { foldedFilter, optionsOf } from '../../lib/options'
import { useShortcuts } from '../../lib/shortcuts'
import { useQueryClient } from '@tanstack/react-query'
import type { Dayjs } from 'dayjs'
import { isCommuneKind } from '../../../../shared/domain/areas'
import { kdcSubtypesFor, MANAGING_LEVEL_OF_OFFICE } from '../../../../shared/domain/unit-defaults'
import { CLEARABLE_SELECT } from '../../lib/icons'
import { NumberField } from '../../components/NumberField'

type FormValues = Omit<Partial<UnitRow>, 'activeFrom'> & { activeFrom?: Dayjs | null }

const TYPE_OPTIONS = optionsOf(unitTypeLabelsToday())
const CREATABLE_TYPES = TYPE_OPTIONS.filter((option) => option.value !== 'XA')

function toInput(values: FormValues) {
  const type = values.type as UnitType
  return {
    type,
    name: values.name ?? '',
    areaId: values.areaId ?? null,
    kdcSubtype: type === 'KDC' ? (values.kdcSubtype ?? null) : null,
    managingLevel: values.managingLevel ?? 'XA',
    address: values.address ?? null,
    headName: values.headName ?? null,
    headTitle: values.headTitle ?? null,
    phone: values.phone ?? null,
    email: values.email ?? null,
    householdsTotal: type === 'KDC' ? (values.householdsTotal ?? null) : null,
    staffTotal: type !== 'KDC' && type !== 'XA' ? (values.staffTotal ?? null) : null,
    isArmedForces: type === 'CO_QUAN' ? (values.isArmedForces ?? false) : false,
    enterpriseSize: type === 'DOANH_NGHIEP' ? (values.enterpriseSize ?? null) : null,
    educationLevels: type === 'CSGD' ? (values.educationLevels ?? []) : [],
    activeFrom: toIsoDate(values.activeFrom),
    note: values.note ?? null
  }
}

/** Add or edit a unit in a side panel; messages from core land at their fields. Ctrl+S saves. */
export function UnitForm({ unit, open, onClose, defaultAreaId }: { unit: UnitRow | null; open: boolean; onClose: () => void; defaultAreaId?: number }) {
  const [form] = Form.useForm<FormValues>()
  const { modal, message } = App.useApp()
  const queryClient = useQueryClient()
  // Asked for when the form opens: the whole area list is large at province scale (issue 12).
  const areas = useApiQuery('areas.list', {}, { enabled: open })
  const office = useApiQuery('settings.getOffice', {})
  const type = Form.useWatch('type', form) as UnitType | undefined
  const watched = Form.useWatch([], form) as FormValues | undefined
  const communeOptions = (areas.data ?? [])
    .filter((area) => isCommuneKind(area.kind))
    .map((area) => ({ value: area.id, label: area.name }))

  // A new unit starts in the office's own ward (when it has one) and at the office's level (issue 11 item 16).
  const profile = office.data?.configured ? office.data : null
  const officeArea = (areas.data ?? []).find((area) => area.id === profile?.rootAreaId && isCommuneKind(area.kind))
  const newAreaId = defaultAreaId ?? officeArea?.id
  const newLevel = profile ? MANAGING_LEVEL_OF_OFFICE[profile.level] : 'XA'
  useEffect(() => {
    if (!open) return
    form.resetFields()
    if (unit) form.setFieldsValue({ ...unit, activeFrom: fromIsoDate(unit.activeFrom) })
    else form.setFieldsValue({ type: 'KDC', managingLevel: newLevel, areaId: newAreaId, educationLevels: [], isArmedForces: false })
  }, [open, unit, form, newAreaId, newLevel])
  const areaKind = (areas.data ?? []).find((area) => area.id === watched?.areaId)?.kind

  const scope = watched?.type
    ? tt124Scope({
        type: watched.type,
        isArmedForces: watched.isArmedForces ?? false,
        enterpriseSize: watched.enterpriseSize ?? null,
        educationLevels: watched.educationLevels ?? []
      })
    : null

  async function submit() {
    const values = await form.validateFields().catch(() => null)
    if (!values) return
    const input = toInput(form.getFieldsValue(true) as FormValues)
    try {
      const saved = await saveWithConfirmation(modal, (confirmed) =>
        unit ? call('units.update', { id: unit.id, values: input, confirmed }) : call('units.create', { values: input, confirmed })
      )
      if (!saved) return
      await queryClient.invalidateQueries()
      void message.success(unit ? `Đã lưu “${saved.unit.name}”.` : `Đã thêm “${saved.unit.name}”.`)
      onClose()
    } catch (error) {
      if (error instanceof ApiError) {
        if (!showFieldErrors(form, error)) void message.error(error.message)
      } else throw error
    }
  }

  useShortcuts({ s: () => open && void submit() })
  const isCommune = unit?.type === 'XA'

  return (
    <Drawer
      title={unit ? `Sửa đơn vị: ${unit.name}` : 'Thêm đơn vị'}
      open={open}
      onClose={onClose}
      width={640}
      destroyOnHidden
      extra={
        <Space>
          <Button onClick={onClose}>Hủy</Button>
          <Button type="primary" onClick={() => void submit()} data-testid="unit-save">
            Lưu (Ctrl+S)
          </Button>
        </Space>
      }
    >
      <Form form={form} layout="vertical" onFinish={() => void submit()}>
        <Row gutter={12}>
          <Col span={10}>
            <Form.Item name="type" label="Loại đơn vị" rules={[{ required: true, message: 'Vui lòng chọn loại đơn vị.' }]}>
              <Select options={isCommune ? TYPE_OPTIONS : CREATABLE_TYPES} disabled={isCommune} />
            </Form.Item>
          </Col>
          <Col span={14}>
            <Form.Item name="name" label="Tên đơn vị" rules={[{ required: true, whitespace: true, message: 'Tên đơn vị không được để trống.' }]}>
              <Input autoComplete="off" disabled={isCommune} placeholder="Ví dụ: Khu phố 1, Công ty TNHH …" />
            </Form.Item>
          </Col>
        </Row>
        <Row gutter={12}>
          <Col span={12}>
            <Form.Item
              name="areaId"
              label="Xã, phường nơi đóng trụ sở"
              rules={type === 'KDC' ? [{ required: true, message: 'Khu dân cư phải thuộc một xã, phường, thị trấn hoặc đặc khu.' }] : []}
            >
              <Select allowClear={CLEARABLE_SELECT} showSearch={{ filterOption: foldedFilter }} options={communeOptions} disabled={isCommune} placeholder="Chọn xã, phường" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="managingLevel" label="Cấp quản lý" rules={[{ required: true, message: 'Vui lòng chọn cấp quản lý.' }]}>
              <Select options={optionsOf(MANAGING_LEVEL_LABELS)} />
            </Form.Item>
          </Col>
        </Row>
        {type === 'KDC' && (
          <Row gutter={12}>
            <Col span={12}>
              <Form.Item name="kdcSubtype" label="Loại khu dân cư">
                <Select allowClear={CLEARABLE_SELECT} options={kdcSubtypesFor(areaKind).map((value) => ({ value, label: value }))} />
              </Form.Item>
            </Col>
            <Col span={12}>
              <Form.Item name="householdsTotal" label="Số hộ gia đình đang cư trú">
                <NumberField min={0} precision={0} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
          </Row>
        )}
        {type && type !== 'KDC' && type !== 'XA' && (
          <Form.Item name="staffTotal" label={type === 'CSGD' ? 'Số cán bộ, giáo viên, người học' : 'Số cán bộ, người lao động'}>
            <NumberField min={0} precision={0} style={{ width: '100%' }} />
          </Form.Item>
        )}
        {type === 'DOANH_NGHIEP' && (
          <Form.Item name="enterpriseSize" label="Quy mô doanh nghiệp">
            <Select allowClear={CLEARABLE_SELECT} options={optionsOf(ENTERPRISE_SIZE_LABELS)} />
          </Form.Item>
        )}
        {type === 'CSGD' && (
          <Form.Item name="educationLevels" label="Cấp học">
            <Select mode="multiple" options={optionsOf(EDUCATION_LEVEL_LABELS)} />
          </Form.Item>
        )}
        {type === 'CO_QUAN' && (
          <Form.Item name="isArmedForces" valuePropName="checked">
            <Checkbox>Cơ quan, đơn vị lực lượng vũ trang</Checkbox>
          </Form.Item>
        )}
        {scope?.exclusion && <Alert type="warning" showIcon style={{ marginBottom: 12 }} message="Ngoài phạm vi Thông tư 124" description={scope.exclusion.reason} />}
        <Form.Item name="address" label="Địa chỉ">
          <Input autoComplete="off" />
        </Form.Item>
        <Row gutter={12}>
          <Col span={12}>
            <Form.Item name="headName" label="Người đứng đầu">
              <Input autoComplete="off" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="headTitle" label="Chức vụ">
              <Input autoComplete="off" placeholder="Trưởng khu phố, Giám đốc, Hiệu trưởng…" />
            </Form.Item>
          </Col>
        </Row>
        <Row gutter={12}>
          <Col span={8}>
            <Form.Item name="phone" label="Điện thoại">
              <Input autoComplete="off" />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="email" label="Thư điện tử">
              <Input autoComplete="off" />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="activeFrom" label="Hoạt động từ ngày" rules={dateRules('Hoạt động từ ngày')}>
              <DateField style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="note" label="Ghi chú">
          <Input.TextArea rows={3} />
        </Form.Item>
      </Form>
    </Drawer>
  )
}
