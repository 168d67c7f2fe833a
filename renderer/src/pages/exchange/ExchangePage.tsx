import { App, Button, Card, Space } from 'antd'
import { DownloadOutlined, FileExcelOutlined } from '@ant-design/icons'
import type { ExportedFile } from '../../../../shared/api/calls/exchange'
import { ApiError } from '../../../../shared/api/errors'
import { call } from '../../api/client'
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
            onClick={() => save(call('exchange.exportRegistry', {}), (file) => `Đã xuất ${formatInteger(file.rows)} dòng: ${file.fileName}.`)}
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
