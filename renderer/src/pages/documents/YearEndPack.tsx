import { useState } from 'react'
import { useNavigate } from 'react-router'
import { Alert, App, Button, Form, Input, List, Modal, Progress, Space, Typography } from 'antd'
import { FolderOpenOutlined } from '../../lib/icons'
import type { Dayjs } from 'dayjs'
import type { PackStatus } from '../../../../shared/api/calls/document-office'
import { call } from '../../api/client'
import { useApiMutation } from '../../api/hooks'
import { usePolled } from '../../api/usePolled'
import { CallError } from '../../components/CallError'
import { DateField } from '../../components/DateField'
import { dateRules, toIsoDate } from '../../lib/dates'
import { useDesktop } from '../../lib/desktop'
import { NumberField } from '../../components/NumberField'

interface Values {
  year: number
  reference: string
  date: Dayjs | null
}

/** Polls pack.status while the core writes the files. */
const pollPack = (jobId: number) => call('pack.status', { jobId })

const STATE_ALERT = { DONE: 'success', FAILED: 'error', CANCELLED: 'warning', RUNNING: 'info' } as const

/** Progress, count, cancel while running; then the folder and every file written. */
function PackProgress({ status, onCancel }: { status: PackStatus; onCancel: () => void }) {
  const navigate = useNavigate()
  const { shell, run } = useDesktop()
  const percent = status.total === 0 ? 0 : Math.floor((status.done * 100) / status.total)
  const running = status.state === 'RUNNING'
  return (
    <Space direction="vertical" style={{ width: '100%' }} data-testid="pack-progress">
      <Progress percent={percent} status={running ? 'active' : status.state === 'DONE' ? 'success' : 'exception'} aria-label="Tiến độ ghi bộ hồ sơ" />
      <Typography.Text data-testid="pack-count">
        Đã ghi {status.done}/{status.total} tệp{running && status.current ? ` — đang ghi: ${status.current}` : ''}
      </Typography.Text>
      {running ? (
        <Button danger onClick={onCancel}>Dừng ghi</Button>
      ) : (
        <>
          <Alert type={STATE_ALERT[status.state]} showIcon message={status.message} data-testid="pack-result" />
          <Space wrap>
            <Typography.Text>Thư mục: <Typography.Text code data-testid="pack-folder">{status.folder}</Typography.Text></Typography.Text>
            {shell && <Button size="small" icon={<FolderOpenOutlined />} onClick={() => run(() => shell.showInFolder(status.folder))}>Mở thư mục</Button>}
            <Button size="small" type="link" onClick={() => void navigate('/so-van-ban')}>Xem trong Sổ văn bản</Button>
          </Space>
          <List
            size="small"
            bordered
            data-testid="pack-files"
            header={`Các tệp đã ghi (${status.files.length})`}
            dataSource={status.files}
            style={{ maxHeight: 220, overflow: 'auto' }}
            renderItem={(file) => <List.Item>{file}</List.Item>}
          />
        </>
      )}
      {status.notes.length > 0 && <Alert type="info" showIcon message="Không đưa vào bộ hồ sơ" description={status.notes.join(' ')} />}
    </Space>
  )
}

/**
 * Bộ hồ sơ cuối năm (issue 9 item 6): the tờ trình, the decision with its list, every Giấy công nhận and the báo cáo
 * written by the core into one folder, each recorded in Sổ văn bản.
 */
export function YearEndPack({ open, year, onClose }: { open: boolean; year: number | null; onClose: () => void }) {
  const [form] = Form.useForm<Values>()
  const { modal } = App.useApp()
  const { shell, run } = useDesktop()
  const [folder, setFolder] = useState<string | null>(null)
  const [started, setStarted] = useState<PackStatus | null>(null)
  const status = usePolled(started, pollPack)
  const start = useApiMutation('pack.start', { form, inDialog: true, onSuccess: setStarted })
  const cancel = useApiMutation('pack.cancel', { inDialog: true })
  const running = status?.state === 'RUNNING'

  const submit = (values: Values, confirmed = false) =>
    start.mutate(
      { year: values.year, reference: values.reference?.trim() || null, date: toIsoDate(values.date), ...(folder ? { folder } : {}), ...(confirmed ? { confirmed } : {}) },
      {
        onError: (error) => {
          if (error.code !== 'NEEDS_CONFIRMATION') return
          modal.confirm({
            title: 'Vui lòng xem lại trước khi ghi bộ hồ sơ',
            content: (error.body.warnings ?? [error.message]).join(' '),
            okText: 'Vẫn ghi bộ hồ sơ',
            cancelText: 'Quay lại',
            onOk: () => submit(values, true)
          })
        }
      }
    )

  const close = () => {
    if (running) return
    setStarted(null)
    start.reset()
    onClose()
  }

  return (
    <Modal
      open={open}
      title="Bộ hồ sơ cuối năm"
      width={640}
      onCancel={close}
      closable={!running}
      maskClosable={false}
      destroyOnHidden
      footer={
        status ? (
          <Button onClick={close} disabled={running}>Đóng</Button>
        ) : (
          <Space>
            <Button onClick={close}>Hủy</Button>
            <Button type="primary" loading={start.isPending} onClick={() => void form.validateFields().then((v) => submit(v))}>Ghi bộ hồ sơ</Button>
          </Space>
        )
      }
    >
      {status ? (
        <PackProgress status={status} onCancel={() => cancel.mutate({ jobId: status.jobId })} />
      ) : (
        <Form form={form} layout="vertical" initialValues={{ year: year ?? undefined, reference: '', date: null }}>
          <Typography.Paragraph type="secondary">
            Ghi vào một thư mục: tờ trình, quyết định kèm danh sách, giấy công nhận của từng đơn vị và báo cáo kết quả năm. Mỗi tệp được ghi vào Sổ văn bản.
          </Typography.Paragraph>
          <Form.Item name="year" label="Năm đánh giá" rules={[{ required: true, message: 'Vui lòng nhập năm đánh giá.' }]}>
            <NumberField aria-label="Năm đánh giá" min={2012} max={2100} style={{ width: 140 }} />
          </Form.Item>
          <Form.Item
            name="reference"
            label="Văn bản chỉ đạo của báo cáo (số, ngày, cơ quan ban hành)"
            extra="Báo cáo mở đầu bằng “Thực hiện …”. Để trống thì bộ hồ sơ không có báo cáo."
          >
            <Input aria-label="Văn bản chỉ đạo của báo cáo" placeholder="Kế hoạch số 15/KH-CATP ngày 10/3/2021 của Công an thành phố" maxLength={500} />
          </Form.Item>
          <Form.Item name="date" label="Ngày ban hành (để trống nếu văn thư sẽ ghi)" rules={dateRules('Ngày ban hành')}>
            <DateField aria-label="Ngày ban hành" />
          </Form.Item>
          <Form.Item label="Thư mục">
            <Space wrap>
              {/* A folder path is shown as it is on disk. */}
              <Typography.Text translate="no">{folder ?? `Thư mục dữ liệu / documents / ${form.getFieldValue('year') ?? year ?? ''} / Bộ hồ sơ cuối năm`}</Typography.Text>
              {shell && <Button onClick={() => run(async () => setFolder((await shell.chooseFolder('documents')) ?? folder))}>Chọn thư mục…</Button>}
              {folder && <Button type="link" onClick={() => setFolder(null)}>Dùng thư mục dữ liệu</Button>}
            </Space>
          </Form.Item>
        </Form>
      )}
      <CallError error={start.error ?? cancel.error} />
    </Modal>
  )
}
