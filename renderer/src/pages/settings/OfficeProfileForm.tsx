import { useEffect } from 'react'
import { Button, Card, Col, Form, Input, Row, Select, Typography } from 'antd'
import type { OfficeProfile } from '../../../../shared/api/calls/settings'
import { OFFICE_LEVEL_LABELS } from '../../../../shared/domain/office'
import { useApiMutation, useApiQuery } from '../../api/hooks'
import { foldedFilter, optionsOf } from '../../lib/options'
import { useShortcuts } from '../../lib/shortcuts'
import { CLEARABLE_SELECT } from '../../lib/icons'

type Values = Omit<OfficeProfile, 'isSample' | 'configured'>

/** The names exactly as the documents print them (upper case where NĐ 30 wants it). Ctrl+S saves. */
export function OfficeProfileForm() {
  const [form] = Form.useForm<Values>()
  const office = useApiQuery('settings.getOffice', {})
  const areas = useApiQuery('areas.list', {})
  const save = useApiMutation('settings.saveOffice', { form, success: 'Đã lưu thông tin cơ quan.' })

  useEffect(() => {
    if (!office.data) return
    const { isSample: _sample, configured: _configured, ...values } = office.data
    form.setFieldsValue(values)
  }, [office.data, form])

  const submit = () =>
    void form.validateFields().then(() => {
      const all = form.getFieldsValue(true) as Values
      save.mutate({
        level: all.level,
        parentBodyName: all.parentBodyName,
        officeName: all.officeName,
        officeAbbreviation: all.officeAbbreviation,
        teamName: all.teamName ?? null,
        draftingUnitAbbreviation: all.draftingUnitAbbreviation ?? null,
        peoplesCommitteeName: all.peoplesCommitteeName,
        peoplesCommitteeAbbreviation: all.peoplesCommitteeAbbreviation ?? null,
        steeringCommitteeName: all.steeringCommitteeName ?? null,
        steeringCommitteeAbbreviation: all.steeringCommitteeAbbreviation ?? null,
        upperUnitName: all.upperUnitName ?? null,
        placeName: all.placeName,
        rootAreaId: all.rootAreaId ?? null
      })
    })
  useShortcuts({ s: submit })
  const text = (name: keyof Values, label: string, required: boolean, placeholder?: string) => (
    <Form.Item name={name} label={label} rules={required ? [{ required: true, whitespace: true, message: `${label} không được để trống.` }] : []}>
      <Input autoComplete="off" placeholder={placeholder} />
    </Form.Item>
  )

  return (
    <Card>
      {office.data?.isSample && (
        <Typography.Paragraph type="warning">Đây là thông tin cơ quan của dữ liệu mẫu. Lưu lại để thành thông tin của cơ quan mình.</Typography.Paragraph>
      )}
      <Form form={form} layout="vertical" style={{ maxWidth: 900 }} onFinish={submit}>
        <Row gutter={12}>
          <Col span={12}>
            <Form.Item name="level" label="Cấp cơ quan" rules={[{ required: true, message: 'Vui lòng chọn cấp cơ quan.' }]}>
              <Select options={optionsOf(OFFICE_LEVEL_LABELS)} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="rootAreaId" label="Địa bàn quản lý">
              <Select allowClear={CLEARABLE_SELECT} showSearch={{ filterOption: foldedFilter }} options={(areas.data ?? []).map((area) => ({ value: area.id, label: area.name }))} />
            </Form.Item>
          </Col>
        </Row>
        <Row gutter={12}>
          <Col span={12}>{text('parentBodyName', 'Tên cơ quan chủ quản', true, 'CÔNG AN TỈNH BÀ RỊA - VŨNG TÀU')}</Col>
          <Col span={12}>{text('officeName', 'Tên cơ quan', true, 'CÔNG AN THÀNH PHỐ VŨNG TÀU')}</Col>
        </Row>
        <Row gutter={12}>
          <Col span={8}>{text('officeAbbreviation', 'Chữ viết tắt của cơ quan', true, 'CATP')}</Col>
          <Col span={16}>{text('teamName', 'Tên đội, phòng', false, 'Đội Xây dựng phong trào')}</Col>
        </Row>
        <Row gutter={12}>
          <Col span={12}>
            <Form.Item
              name="draftingUnitAbbreviation"
              label="Đơn vị soạn thảo (ghi sau “Lưu: VT,”)"
              extra="Chữ viết tắt của đội, phòng soạn thảo văn bản, ví dụ: XDPT. Để trống thì ghi chữ viết tắt của cơ quan."
            >
              <Input autoComplete="off" placeholder="XDPT" maxLength={30} />
            </Form.Item>
          </Col>
        </Row>
        <Row gutter={12}>
          <Col span={16}>{text('peoplesCommitteeName', 'Tên Ủy ban nhân dân', true, 'ỦY BAN NHÂN DÂN THÀNH PHỐ VŨNG TÀU')}</Col>
          <Col span={8}>{text('peoplesCommitteeAbbreviation', 'Chữ viết tắt của Ủy ban nhân dân', false, 'UBND')}</Col>
        </Row>
        <Row gutter={12}>
          <Col span={16}>{text('steeringCommitteeName', 'Tên Ban Chỉ đạo', false)}</Col>
          <Col span={8}>{text('steeringCommitteeAbbreviation', 'Chữ viết tắt của Ban Chỉ đạo', false, 'BCĐ 138')}</Col>
        </Row>
        <Row gutter={12}>
          <Col span={12}>{text('upperUnitName', 'Cơ quan cấp trên', false, 'Công an tỉnh (PV05)')}</Col>
          <Col span={12}>{text('placeName', 'Địa danh ghi ngày tháng', true, 'Vũng Tàu')}</Col>
        </Row>
        <Button type="primary" htmlType="submit" loading={save.isPending}>
          Lưu thông tin cơ quan (Ctrl+S)
        </Button>
      </Form>
    </Card>
  )
}
