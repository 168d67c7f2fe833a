import { useEffect, useState } from 'react'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { ApiError } from '../../../shared/api/errors'
import { Alert, App, Button, Card, Flex, Progress, Typography } from 'antd'
import { DatabaseOutlined, FileAddOutlined } from '../lib/icons'
import type { JobStatus } from '../../../shared/api/calls/jobs'
import { call } from '../api/client'
import { useApiMutation } from '../api/hooks'
import { usePolled } from '../api/usePolled'

const pollSample = (jobId: number) => call('app.sampleStatus', { jobId })

/** Loading the sample takes seconds: the count of steps and the one under way, then the app (issue 12 item 5). */
function useSampleLoad() {
  const [started, setStarted] = useState<JobStatus | null>(null)
  const status = usePolled(started, pollSample)
  const queryClient = useQueryClient()
  const { message } = App.useApp()
  // Not useApiMutation: its refresh of every read would wait for the load's first step before the count shows.
  const start = useMutation<JobStatus, ApiError, Record<string, never>>({
    mutationFn: (input) => call('app.sampleStart', input),
    onSuccess: setStarted,
    onError: (error) => void message.error(error.message)
  })
  useEffect(() => {
    if (status?.state !== 'DONE') return
    if (status.message) void message.success(status.message)
    void queryClient.invalidateQueries()
  }, [status, message, queryClient])
  return { start, status, running: start.isPending || status?.state === 'RUNNING' || status?.state === 'DONE' }
}

function SampleProgress({ status }: { status: JobStatus }) {
  if (status.state === 'FAILED') return <Alert type="error" showIcon message={status.message} />
  const percent = Math.floor((status.done * 100) / status.total)
  return (
    <div data-testid="sample-progress">
      <Progress percent={percent} status="active" aria-label="Tiến độ nạp dữ liệu mẫu" />
      <Typography.Text data-testid="sample-count">
        Đang nạp dữ liệu mẫu: {status.done}/{status.total} bước{status.current ? ` — ${status.current}` : ''}…
      </Typography.Text>
    </div>
  )
}

/** First run on an empty data file: the sample of thành phố Vũng Tàu, or an empty registry. */
export function Onboarding() {
  const sample = useSampleLoad()
  const empty = useApiMutation('app.startEmpty')
  const busy = sample.running || empty.isPending
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
            <Button type="primary" size="large" loading={sample.running} disabled={busy} onClick={() => sample.start.mutate({})}>
              Dùng dữ liệu mẫu
            </Button>
            {sample.status && <SampleProgress status={sample.status} />}
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
