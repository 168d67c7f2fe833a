import { useState } from 'react'
import { App, Button } from 'antd'
import { FileExcelOutlined } from '../../lib/icons'
import type { ExportedFile } from '../../../../shared/api/calls/exchange'
import { ApiError } from '../../../../shared/api/errors'
import { formatInteger } from '../../../../shared/text/numbers'
import { downloadBase64 } from '../../lib/download'

/** An Excel export: asks the core for the file, downloads it (browser mode) and says how many rows it holds. */
export function ExportButton(props: { label: string; request: () => Promise<ExportedFile>; disabled?: boolean }) {
  const { message } = App.useApp()
  const [busy, setBusy] = useState(false)
  const run = () => {
    setBusy(true)
    void props
      .request()
      .then((file) => {
        if (file.contentBase64) downloadBase64(file.fileName, file.contentBase64)
        void message.success(`Đã xuất ${formatInteger(file.rows)} dòng: ${file.fileName}.`)
      })
      .catch((error: unknown) => void message.error(error instanceof ApiError ? error.message : 'Không xuất được tệp.'))
      .finally(() => setBusy(false))
  }
  return (
    <Button icon={<FileExcelOutlined />} loading={busy} disabled={props.disabled} onClick={run}>
      {props.label}
    </Button>
  )
}
