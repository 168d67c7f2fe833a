import { useEffect } from 'react'
import { Button, Col, Form, Row, Select, Typography } from 'antd'
import type { FormatProfileView } from '../../../../shared/api/calls/documents'
import { useApiMutation, useApiQuery } from '../../api/hooks'

const range = (from: number, to: number, step = 1) => Array.from({ length: Math.round((to - from) / step) + 1 }, (_, i) => Math.round((from + i * step) * 100) / 100)
const opts = (values: number[], unit: string) => values.map((v) => ({ value: v, label: `${String(v).replace('.', ',')} ${unit}` }))

/** documents.md §1.3: each setting offers only the values Nghị định 30/2020 allows. */
const FIELDS: { name: keyof FormatProfileView; label: string; options: { value: number; label: string }[] }[] = [
  { name: 'marginTopMm', label: 'Lề trên', options: opts(range(20, 25), 'mm') },
  { name: 'marginBottomMm', label: 'Lề dưới', options: opts(range(20, 25), 'mm') },
  { name: 'marginLeftMm', label: 'Lề trái', options: opts(range(30, 35), 'mm') },
  { name: 'marginRightMm', label: 'Lề phải', options: opts(range(15, 20), 'mm') },
  { name: 'quocHieuPt', label: 'Cỡ chữ Quốc hiệu / Tiêu ngữ', options: [{ value: 12, label: '12 / 13 pt' }, { value: 13, label: '13 / 14 pt' }] },
  { name: 'dateLinePt', label: 'Cỡ chữ dòng ngày tháng', options: opts([13, 14], 'pt') },
  { name: 'vvPt', label: 'Cỡ chữ trích yếu công văn (V/v)', options: opts([12, 13], 'pt') },
  { name: 'titlePt', label: 'Cỡ chữ tên loại, trích yếu', options: opts([13, 14], 'pt') },
  { name: 'bodyPt', label: 'Cỡ chữ nội dung', options: opts([13, 14], 'pt') },
  { name: 'tablePt', label: 'Cỡ chữ trong bảng', options: opts([12, 13, 14], 'pt') },
  { name: 'pageNumberPt', label: 'Cỡ chữ số trang', options: opts([13, 14], 'pt') },
  { name: 'lineSpacing', label: 'Giãn dòng', options: opts(range(1, 1.5, 0.05), 'dòng') },
  { name: 'paraBeforePt', label: 'Khoảng cách trước đoạn', options: opts(range(6, 12), 'pt') },
  { name: 'firstLineIndent', label: 'Thụt đầu dòng', options: [{ value: 567, label: '1 cm' }, { value: 720, label: '1,27 cm' }] },
  { name: 'signatureGapMm', label: 'Khoảng trống để ký, đóng dấu', options: opts(range(20, 40), 'mm') }
]

export function FormatProfileForm() {
  const profile = useApiQuery('documents.getProfile', {})
  const [form] = Form.useForm<FormatProfileView>()
  const save = useApiMutation('documents.saveProfile', { success: 'Đã lưu thể thức văn bản.' })
  useEffect(() => {
    if (profile.data) form.setFieldsValue(profile.data)
  }, [profile.data, form])
  return (
    <Form form={form} layout="vertical" onFinish={(values) => save.mutate({ profile: values })} style={{ maxWidth: 900 }}>
      <Typography.Paragraph type="secondary">
        Khổ giấy A4, phông Times New Roman, màu đen và các quy tắc chữ in hoa, in đậm, in nghiêng theo Nghị định 30/2020/NĐ-CP là cố định. Chỉ các giá trị hợp lệ được liệt kê.
      </Typography.Paragraph>
      <Row gutter={16}>
        {FIELDS.map((f) => (
          <Col key={f.name} xs={24} md={12} lg={8}>
            <Form.Item name={f.name} label={f.label}>
              <Select options={f.options} />
            </Form.Item>
          </Col>
        ))}
      </Row>
      <Button type="primary" htmlType="submit" loading={save.isPending}>Lưu</Button>
    </Form>
  )
}
