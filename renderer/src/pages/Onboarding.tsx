import { useEffect, useState } from 'react'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { ApiError } from '../../../shared/api/errors'
import { Alert, App, Button, Card, Flex, Progress, Typography } from 'antd'
import { DatabaseOutlined, FileAddOutlined } from '../lib/icons'
import type { SampleId } from '../../../shared/api/calls/app'
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
  const start = useMutation<JobStatus, ApiError, { sample: SampleId }>({
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

/** The two samples, the ward first: most offices are ward or commune police since 01/3/2025. */
const SAMPLES: Array<{ id: SampleId; title: string; description: string; button: string }> = [
  {
    id: 'TAM_THANG',
    title: 'Công an phường Tam Thắng (2025–2026)',
    description:
      'Phường Tam Thắng (Thành phố Hồ Chí Minh) hình thành từ Phường 7, 8, 9 và phường Nguyễn An Ninh ngày 01/7/2025: năm 2025 đã công nhận (so với năm 2024 của các phường cũ), năm 2026 đang thực hiện. Phù hợp với Công an xã, phường hiện nay.',
    button: 'Dùng mẫu phường Tam Thắng'
  },
  {
    id: 'VUNG_TAU',
    title: 'Thành phố Vũng Tàu (2019–2021)',
    description: 'Đội Xây dựng phong trào của Công an cấp huyện: 17 phường, xã với khu dân cư, cơ quan, doanh nghiệp, nhà trường.',
    button: 'Dùng dữ liệu mẫu Vũng Tàu'
  }
]

/** First run on an empty data file: one of the samples, or an empty registry. */
export function Onboarding() {
  const sample = useSampleLoad()
  const empty = useApiMutation('app.startEmpty')
  const busy = sample.running || empty.isPending
  const chosen = sample.start.variables?.sample
  return (
    <Flex align="center" justify="center" style={{ minHeight: '100vh', padding: 24 }}>
      <div style={{ maxWidth: 1040 }}>
        <Typography.Title level={2}>Chào mừng đến với ANTT Desk</Typography.Title>
        <Typography.Paragraph>
          Ứng dụng theo dõi việc đăng ký, đánh giá, công nhận đạt tiêu chuẩn “An toàn về an ninh, trật tự” của khu dân cư,
          xã, phường, cơ quan, doanh nghiệp, cơ sở giáo dục và soạn thảo văn bản. Dữ liệu được lưu trên máy này. Hãy chọn
          cách bắt đầu. Dữ liệu mẫu được gắn nhãn “MẪU” và xóa được bằng một thao tác.
        </Typography.Paragraph>
        <Flex gap={16} wrap>
          {SAMPLES.map((item) => (
            <Card key={item.id} style={{ flex: 1, minWidth: 280 }}>
              <Typography.Title level={4}>
                <DatabaseOutlined /> {item.title}
              </Typography.Title>
              <Typography.Paragraph type="secondary">{item.description}</Typography.Paragraph>
              <Button type="primary" size="large" loading={sample.running && chosen === item.id} disabled={busy} onClick={() => sample.start.mutate({ sample: item.id })}>
                {item.button}
              </Button>
              {sample.status && chosen === item.id && <SampleProgress status={sample.status} />}
            </Card>
          ))}
          <Card style={{ flex: 1, minWidth: 280 }}>
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
