import { App, Button, Card, Space } from 'antd'
import { DownloadOutlined, FileExcelOutlined } from '@ant-design/icons'
import type { ExportedFile } from '../../../../shared/api/calls/exchange'
import { ApiError } from '../../../../shared/api/errors'
import { call } from '../../api/client'
import { todayInVietnam } from '../../../../shared/text/dates'
import { useDesktop } from '../../lib/desktop'
import { downloadBase64 } from '../../lib/download'
import { formatInteger } from '../../lib/format'
import { ImportWizard } from './ImportWizard'

/** Nhập / Xuất: the import wizard, the registry export and the template. */
export function ExchangePage() {
  const { message } = App.useApp()
  const save = (request: Promise<ExportedFile>, success: (file: ExportedFile) => string) =>
    void request
      .then((file) => {
        if (file.contentBase64) downloadBase64(file.fileName, file.contentBase64)
        void message.success(success(file))
      })
      .catch((error: unknown) => void message.error(error instanceof ApiError ? error.message : 'Không xuất được tệp.'))
  const { shell, run } = useDesktop()
  /** Desktop: the save dialog, and core writes the file there; browser: a download. */
  const exportRegistry = () =>
    shell
      ? run(async () => {
          const file = await shell.chooseSavePath('excel', `danh-sach-don-vi_${todayInVietnam()}.xlsx`)
          if (file) save(call('exchange.exportRegistry', { file }), (done) => `Đã xuất ${formatInteger(done.rows)} dòng: ${done.file ?? done.fileName}.`)
        })
      : save(call('exchange.exportRegistry', {}), (file) => `Đã xuất ${formatInteger(file.rows)} dòng: ${file.fileName}.`)

  return (
    <div className="page">
      <div className="page-header">
        <h1>Nhập / Xuất</h1>
      </div>
      <Card size="small" title="Nhập danh sách địa bàn và đơn vị từ Excel" style={{ marginBottom: 16 }}>
        <ImportWizard />
      </Card>
      <Card size="small" title="Xuất ra Excel">
        <Space wrap>
          <Button
            icon={<FileExcelOutlined />}
            onClick={exportRegistry}
          >
            Xuất danh sách đơn vị
          </Button>
          <Button icon={<DownloadOutlined />} onClick={() => save(call('exchange.template', {}), (file) => `Đã tải tệp mẫu ${file.fileName}.`)}>
            Tải tệp mẫu
          </Button>
        </Space>
      </Card>
    </div>
  )
}
