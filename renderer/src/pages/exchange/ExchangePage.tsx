import { useState } from 'react'
import { App, Button, Card, Radio, Select, Space } from 'antd'
import { DownloadOutlined, FileExcelOutlined } from '../../lib/icons'
import type { ExportedFile } from '../../../../shared/api/calls/exchange'
import { ApiError } from '../../../../shared/api/errors'
import { call } from '../../api/client'
import { todayInVietnam } from '../../../../shared/text/dates'
import { useDesktop } from '../../lib/desktop'
import { downloadBase64 } from '../../lib/download'
import { formatInteger } from '../../lib/format'
import { useApiQuery } from '../../api/hooks'
import { ImportWizard } from './ImportWizard'
import { RegistrationWizard } from './RegistrationWizard'

/** Nhập / Xuất: the import wizards (registry, or a year's registrations), the registry export and the templates. */
export function ExchangePage() {
  const { message } = App.useApp()
  const [what, setWhat] = useState<'registry' | 'registrations'>('registry')
  const [year, setYear] = useState<number | undefined>()
  const years = useApiQuery('years.list', {})
  const openYears = (years.data ?? []).filter((row) => row.status === 'OPEN')
  const registrationYear = year ?? openYears[0]?.year
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
      <Card size="small" title="Nhập từ Excel" style={{ marginBottom: 16 }}>
        <Space wrap style={{ marginBottom: 12 }}>
          <span>Nhập gì:</span>
          <Radio.Group value={what} onChange={(event) => setWhat(event.target.value as 'registry' | 'registrations')} aria-label="Chọn loại dữ liệu nhập">
            <Radio value="registry">Danh sách địa bàn và đơn vị</Radio>
            <Radio value="registrations" disabled={openYears.length === 0}>
              Đăng ký của năm đánh giá
            </Radio>
          </Radio.Group>
          {what === 'registrations' && (
            <Select
              style={{ width: 160 }}
              aria-label="Năm đăng ký"
              value={registrationYear}
              onChange={setYear}
              options={openYears.map((row) => ({ value: row.year, label: `Năm ${row.year}` }))}
            />
          )}
        </Space>
        {what === 'registrations' && registrationYear !== undefined ? <RegistrationWizard key={registrationYear} year={registrationYear} /> : <ImportWizard />}
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
          <Button icon={<DownloadOutlined />} onClick={() => save(call('exchange.registrationTemplate', {}), (file) => `Đã tải tệp mẫu ${file.fileName}.`)}>
            Tải tệp mẫu đăng ký
          </Button>
        </Space>
      </Card>
    </div>
  )
}
