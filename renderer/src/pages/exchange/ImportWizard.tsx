import { useState } from 'react'
import { Alert, App, Button, Descriptions, Radio, Space, Steps, Upload } from 'antd'
import { FileExcelOutlined, InboxOutlined } from '../../lib/icons'
import type { ImportPreview } from '../../../../shared/api/calls/exchange'
import { AREA_COLUMNS, UNIT_COLUMNS } from '../../../../shared/domain/registry-columns'
import { ApiError } from '../../../../shared/api/errors'
import { call } from '../../api/client'
import { useApiMutation } from '../../api/hooks'
import { useDesktop } from '../../lib/desktop'
import { readAsBase64 } from '../../lib/download'
import { formatInteger } from '../../lib/format'
import { MappingStep } from './MappingStep'
import { ProblemTable } from './ProblemTable'

/**
 * The chosen file travels as bytes in the browser (an upload), and as a path in the desktop: the open dialog gives
 * the path, and core — which runs in the main process — reads the file itself, at the preview and again at the
 * import. No file content crosses IPC, and the same `file` field of the contract serves both steps.
 */
type Chosen = ({ fileName: string; contentBase64: string } | { file: string }) & {
  unitMapping: Record<string, number | null>
  areaMapping: Record<string, number | null>
}

/** Nhập từ Excel: choose a file → check the column mapping → preview every problem → import all or nothing. */
export function ImportWizard() {
  const { message } = App.useApp()
  const [step, setStep] = useState(0)
  const [chosen, setChosen] = useState<Chosen | null>(null)
  const [preview, setPreview] = useState<ImportPreview | null>(null)
  const [fileError, setFileError] = useState<string | null>(null)
  const [loading, setLoading] = useState(false)
  const [onDuplicate, setOnDuplicate] = useState<'update' | 'skip'>('skip')
  const commit = useApiMutation('exchange.importCommit', {
    success: (result) =>
      `Đã nhập: ${formatInteger(result.createdAreas)} địa bàn, ${formatInteger(result.createdUnits)} đơn vị mới; cập nhật ${formatInteger(result.updatedUnits + result.updatedAreas)}; bỏ qua ${formatInteger(result.skipped)}.`,
    onSuccess: () => {
      setStep(0)
      setChosen(null)
      setPreview(null)
    }
  })

  const runPreview = async (next: Chosen) => {
    setLoading(true)
    setFileError(null)
    try {
      const result = await call('exchange.importPreview', next)
      setChosen(next)
      setPreview(result)
      return result
    } catch (error) {
      setFileError(error instanceof ApiError ? error.message : 'Không đọc được tệp.')
      return null
    } finally {
      setLoading(false)
    }
  }

  const choose = async (file: File) => {
    const contentBase64 = await readAsBase64(file)
    const result = await runPreview({ fileName: file.name, contentBase64, unitMapping: {}, areaMapping: {} })
    if (result) setStep(1)
  }

  const { shell, run } = useDesktop()
  const chooseInDesktop = () =>
    shell &&
    run(async () => {
      const file = await shell.chooseFile('excel')
      if (!file) return
      const result = await runPreview({ file, unitMapping: {}, areaMapping: {} })
      if (result) setStep(1)
    })

  const remap = (which: 'unitMapping' | 'areaMapping', field: string, index: number | null) => {
    if (!chosen) return
    void runPreview({ ...chosen, [which]: { ...chosen[which], [field]: index } })
  }

  const problems = preview?.problems ?? []
  return (
    <div data-testid="import-wizard">
      <Steps current={step} size="small" style={{ marginBottom: 16 }} items={[{ title: 'Chọn tệp' }, { title: 'Ghép cột' }, { title: 'Xem trước và nhập' }]} />
      {step === 0 && (
        <>
          {shell && (
            // Desktop: the system's open dialog; dragging a file from Explorer onto the box below works too.
            <Button type="primary" icon={<FileExcelOutlined />} loading={loading} onClick={chooseInDesktop} style={{ marginBottom: 12 }}>
              Chọn tệp Excel (.xlsx)…
            </Button>
          )}
          <Upload.Dragger
            accept=".xlsx"
            showUploadList={false}
            disabled={loading}
            openFileDialogOnClick={!shell}
            beforeUpload={(file) => {
              void choose(file)
              return false
            }}
          >
            <p className="ant-upload-drag-icon">
              <InboxOutlined />
            </p>
            <p>{shell ? 'Hoặc kéo tệp Excel (.xlsx) từ thư mục vào đây' : 'Bấm hoặc kéo tệp Excel (.xlsx) vào đây'}</p>
            <p className="ant-upload-hint">Trang tính “Địa bàn” (nếu có) và “Đơn vị”, mỗi dòng một đơn vị. Xem tệp mẫu.</p>
          </Upload.Dragger>
          {fileError && <Alert type="error" showIcon style={{ marginTop: 12 }} title={fileError} data-testid="import-file-error" />}
        </>
      )}
      {step === 1 && preview && (
        <Space orientation="vertical" style={{ width: '100%' }}>
          <Alert type="info" showIcon title={`Tệp “${preview.fileName}”. Kiểm tra các cột đã được nhận ra; sửa nếu chưa đúng.`} />
          {preview.areas.sheet && <MappingStep title="Địa bàn" mapping={preview.areas} columns={AREA_COLUMNS} onChange={(f, i) => remap('areaMapping', f, i)} />}
          {preview.units.sheet && <MappingStep title="Đơn vị" mapping={preview.units} columns={UNIT_COLUMNS} onChange={(f, i) => remap('unitMapping', f, i)} />}
          <Space>
            <Button onClick={() => setStep(0)}>Chọn tệp khác</Button>
            <Button type="primary" loading={loading} onClick={() => setStep(2)}>
              Tiếp tục
            </Button>
          </Space>
        </Space>
      )}
      {step === 2 && preview && chosen && (
        <Space orientation="vertical" style={{ width: '100%' }}>
          <Descriptions size="small" bordered column={3} data-testid="import-counts">
            <Descriptions.Item label="Dòng địa bàn">{formatInteger(preview.counts.areaRows)}</Descriptions.Item>
            <Descriptions.Item label="Dòng đơn vị">{formatInteger(preview.counts.unitRows)}</Descriptions.Item>
            <Descriptions.Item label="Trùng với dữ liệu đã có">{formatInteger(preview.counts.duplicates)}</Descriptions.Item>
          </Descriptions>
          {problems.length > 0 ? (
            <>
              <Alert
                type="error"
                showIcon
                data-testid="import-problems-summary"
                title={`Tệp có ${formatInteger(problems.length)}${preview.problemsTruncated ? '+' : ''} lỗi. Vui lòng sửa trong Excel rồi chọn lại tệp; chưa nhập dữ liệu nào.`}
              />
              <ProblemTable problems={problems} testId="import-problems" />
            </>
          ) : (
            <Alert
              type="success"
              showIcon
              data-testid="import-ready"
              title={`Không có lỗi: ${formatInteger(preview.counts.newAreas)} địa bàn và ${formatInteger(preview.counts.newUnits)} đơn vị mới sẽ được nhập.`}
            />
          )}
          {preview.counts.duplicates > 0 && (
            <Space>
              <span>{formatInteger(preview.counts.duplicates)} dòng trùng tên với dữ liệu đã có:</span>
              <Radio.Group value={onDuplicate} onChange={(event) => setOnDuplicate(event.target.value as 'update' | 'skip')}>
                <Radio value="skip">Bỏ qua</Radio>
                <Radio value="update">Cập nhật theo tệp</Radio>
              </Radio.Group>
            </Space>
          )}
          <Space>
            <Button onClick={() => setStep(1)}>Quay lại</Button>
            <Button onClick={() => setStep(0)}>Chọn tệp khác</Button>
            <Button
              type="primary"
              disabled={problems.length > 0}
              loading={commit.isPending}
              onClick={() =>
                commit.mutate(
                  { source: chosen, onDuplicate, confirmed: true },
                  { onError: (error) => void message.error(error.message) }
                )
              }
            >
              Nhập vào danh sách
            </Button>
          </Space>
        </Space>
      )}
    </div>
  )
}
