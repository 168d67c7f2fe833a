import { Button, Card, Flex, Typography } from 'antd'
import { DatabaseOutlined, FileAddOutlined } from '../lib/icons'
import { useApiMutation } from '../api/hooks'

/** First run on an empty data file: the sample of thành phố Vũng Tàu, or an empty registry. */
export function Onboarding() {
  const sample = useApiMutation('app.loadSample', { success: 'Đã nạp dữ liệu mẫu thành phố Vũng Tàu.' })
  const empty = useApiMutation('app.startEmpty')
  const busy = sample.isPending || empty.isPending
  return (
    <Flex align="center" justify="center" style={{ minHeight: '100vh', padding: 24 }}>
      <div style={{ maxWidth: 760 }}>
        <Typography.Title level={2}>Chào mừng đến với ANTT Desk</Typography.Title>
        <Typography.Paragraph>
          Ứng dụng theo dõi việc đăng ký, đánh giá, công nhận đạt tiêu chuẩn “An toàn về an ninh, trật tự” của khu dân cư,
          xã, phường, cơ quan, doanh nghiệp, cơ sở giáo dục và soạn thảo văn bản. Dữ liệu được lưu trên máy này. Hãy chọn
          cách bắt đầu:
        </Typography.Paragraph>
        <Flex gap={16} wrap>
          <Card style={{ flex: 1, minWidth: 300 }}>
            <Typography.Title level={4}>
              <DatabaseOutlined /> Dùng dữ liệu mẫu
            </Typography.Title>
            <Typography.Paragraph type="secondary">
              17 phường, xã của thành phố Vũng Tàu với khu dân cư, cơ quan, doanh nghiệp, nhà trường để làm quen. Dữ liệu mẫu
              được gắn nhãn “MẪU” và xóa được bằng một thao tác.
            </Typography.Paragraph>
            <Button type="primary" size="large" loading={sample.isPending} disabled={busy} onClick={() => sample.mutate({})}>
              Dùng dữ liệu mẫu
            </Button>
          </Card>
          <Card style={{ flex: 1, minWidth: 300 }}>
            <Typography.Title level={4}>
              <FileAddOutlined /> Bắt đầu với dữ liệu trống
            </Typography.Title>
            <Typography.Paragraph type="secondary">
              Khai báo thông tin cơ quan, địa bàn và các đơn vị của mình từ đầu.
            </Typography.Paragraph>
            <Button size="large" loading={empty.isPending} disabled={busy} onClick={() => empty.mutate({})}>
              Bắt đầu với dữ liệu trống
            </Button>
          </Card>
        </Flex>
      </div>
    </Flex>
  )
}
