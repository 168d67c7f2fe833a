import { Alert, Button, Upload } from 'antd'
import { FileExcelOutlined, InboxOutlined } from '../../lib/icons'
import { useDesktop } from '../../lib/desktop'
import { readAsBase64 } from '../../lib/download'

/**
 * How every import gets its file. In the desktop the system's open dialog gives a path, and core — in the main
 * process — reads the file itself (no file content crosses IPC); in the browser the file travels as bytes (an
 * upload). The same source fields of the contract serve both.
 */
export type ChosenFile = { fileName: string; contentBase64: string } | { file: string }

/** `what` names the file after “tệp Excel (.xlsx)”, e.g. “ đăng ký năm 2025” (with its leading space), or ''. */
export function ChooseExcelFile(props: { what: string; hint: string; loading: boolean; error: string | null; errorTestId: string; onChosen: (file: ChosenFile) => void }) {
  const { shell, run } = useDesktop()
  const chooseInDesktop = () =>
    shell &&
    run(async () => {
      const file = await shell.chooseFile('excel')
      if (file) props.onChosen({ file })
    })
  return (
    <>
      {shell && (
        // Desktop: the system's open dialog; dragging a file from Explorer onto the box below works too.
        <Button type="primary" icon={<FileExcelOutlined />} loading={props.loading} onClick={chooseInDesktop} style={{ marginBottom: 12 }}>
          Chọn tệp Excel (.xlsx)…
        </Button>
      )}
      <Upload.Dragger
        accept=".xlsx"
        showUploadList={false}
        disabled={props.loading}
        openFileDialogOnClick={!shell}
        beforeUpload={(file) => {
          void readAsBase64(file).then((contentBase64) => props.onChosen({ fileName: file.name, contentBase64 }))
          return false
        }}
      >
        <p className="ant-upload-drag-icon">
          <InboxOutlined />
        </p>
        <p>{shell ? `Hoặc kéo tệp Excel (.xlsx)${props.what} từ thư mục vào đây` : `Bấm hoặc kéo tệp Excel (.xlsx)${props.what} vào đây`}</p>
        <p className="ant-upload-hint">{props.hint}</p>
      </Upload.Dragger>
      {props.error && <Alert type="error" showIcon style={{ marginTop: 12 }} title={props.error} data-testid={props.errorTestId} />}
    </>
  )
}
