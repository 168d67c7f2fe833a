import { useState } from 'react'
import { Link } from 'react-router'
import { Button, Card, List, Space, Tag, Typography } from 'antd'
import { CheckCircleFilled, ClockCircleOutlined } from '../lib/icons'
import type { AppStatus } from '../../../shared/api/calls/app'
import { useApiQuery } from '../api/hooks'
import { OpenYearDialog } from '../cycle/OpenYearDialog'
import { useSelectedYear } from '../cycle/year-context'

interface Step {
  key: string
  title: string
  done: boolean
  hint: string
  action: React.ReactNode
}

/**
 * A first run on empty data (issue 11 item 15): the five things an office sets up before its first year, each
 * showing whether it is done and where to do it. Gone once all are done, and never shown over the sample.
 */
export function SetupChecklist({ status }: { status: AppStatus }) {
  const signers = useApiQuery('signers.list', {})
  // The count of communes, not the list: a province has thousands (the same ask as Tổng quan's, so asked once).
  const communes = useApiQuery('areas.page', { communesOnly: true, limit: 1 })
  const units = useApiQuery('units.list', { limit: 1 })
  const { years, loading } = useSelectedYear()
  const [opening, setOpening] = useState(false)
  if (status.hasSampleData || !signers.data || !communes.data || !units.data || loading) return null
  const ownUnits = Object.entries(units.data.countsByType).reduce((sum, [type, n]) => sum + (type === 'XA' ? 0 : (n ?? 0)), 0)
  const steps: Step[] = [
    { key: 'office', title: 'Hồ sơ cơ quan', done: status.office.configured, hint: 'Tên cơ quan, Ủy ban nhân dân, địa danh in trên văn bản.', action: <Link to="/cai-dat">Khai báo tại Cài đặt</Link> },
    { key: 'signers', title: 'Người ký', done: signers.data.length > 0, hint: 'Người ký của Ủy ban nhân dân và của cơ quan Công an.', action: <Link to="/cai-dat?tab=signers">Thêm tại Cài đặt → Người ký</Link> },
    { key: 'areas', title: 'Địa bàn', done: communes.data.total > 0, hint: 'Các xã, phường, đặc khu thuộc địa bàn.', action: <Link to="/dia-ban">Thêm tại Địa bàn</Link> },
    { key: 'units', title: 'Đơn vị', done: ownUnits > 0, hint: 'Khu dân cư, cơ quan, doanh nghiệp, cơ sở giáo dục.', action: <Link to="/don-vi">Thêm tại Đơn vị hoặc nhập từ Excel</Link> },
    {
      key: 'year',
      title: 'Mở năm đánh giá',
      done: years.length > 0,
      hint: 'Đưa các đơn vị vào năm để theo dõi đăng ký, họp, hồ sơ, công nhận.',
      action: (
        <Button size="small" type="primary" onClick={() => setOpening(true)}>
          Mở năm
        </Button>
      )
    }
  ]
  const left = steps.filter((step) => !step.done).length
  if (left === 0) return null
  return (
    <Card size="small" title="Bắt đầu sử dụng" data-testid="setup-checklist" style={{ marginBottom: 12 }} extra={<Typography.Text type="secondary">Còn {left}/{steps.length} bước</Typography.Text>}>
      <List
        size="small"
        dataSource={steps}
        renderItem={(step, index) => (
          <List.Item data-testid={`setup-${step.key}`} actions={step.done ? [] : [step.action]}>
            <Space>
              {step.done ? <CheckCircleFilled style={{ color: '#389e0d' }} /> : <ClockCircleOutlined style={{ color: '#8c8c8c' }} />}
              <Typography.Text strong>
                {index + 1}. {step.title}
              </Typography.Text>
              {step.done ? <Tag color="green">Đã xong</Tag> : <Tag>Chưa xong</Tag>}
              <Typography.Text type="secondary">{step.hint}</Typography.Text>
            </Space>
          </List.Item>
        )}
      />
      <OpenYearDialog open={opening} onClose={() => setOpening(false)} />
    </Card>
  )
}
