import { useState } from 'react'
import { Alert, Button, Descriptions, Radio, Space, Steps } from 'antd'
import type { ImportPreview } from '../../../../shared/api/calls/exchange'
import type { CallInput } from '../../../../shared/api/contract'
import { AREA_COLUMNS, UNIT_COLUMNS } from '../../../../shared/domain/registry-columns'
import { call } from '../../api/client'
import { formatInteger } from '../../lib/format'
import { ChooseExcelFile, type ChosenFile } from './ChooseExcelFile'
import { ImportProgress } from './ImportProgress'
import { useImportJob } from './use-import-job'
import { useImportPreview } from './use-import-preview'
import { MappingStep } from './MappingStep'
import { ProblemTable } from './ProblemTable'

type Mapping = {
  unitMapping: Record<string, number | null>
  areaMapping: Record<string, number | null>
}

/** Nhập từ Excel: choose a file → check the column mapping → preview every problem → import all or nothing. */
export function ImportWizard() {
  const [step, setStep] = useState(0)
  const [onDuplicate, setOnDuplicate] = useState<'update' | 'skip'>('skip')
  const { chosen, preview, fileError, loading, runPreview, clear } = useImportPreview<Mapping, ImportPreview>((next) => call('exchange.importPreview', next))
  const commit = useImportJob(
    (input: CallInput<'exchange.importStart'>) => call('exchange.importStart', input),
    (jobId) => call('exchange.importStatus', { jobId }),
    () => {
      setStep(0)
      clear()
    }
  )

  const choose = async (file: ChosenFile) => {
    if (await runPreview({ ...file, unitMapping: {}, areaMapping: {} })) setStep(1)
  }

  const remap = (which: 'unitMapping' | 'areaMapping', field: string, index: number | null) => {
    if (!chosen) return
    void runPreview({ ...chosen, [which]: { ...chosen[which], [field]: index } })
  }

  const problems = preview?.problems ?? []
  return (
    <div data-testid="import-wizard">
      <Steps current={step} size="small" style={{ marginBottom: 16 }} items={[{ title: 'Chọn tệp' }, { title: 'Ghép cột' }, { title: 'Xem trước và nhập' }]} />
      {step === 0 && (
        <ChooseExcelFile
          what=""
          hint="Trang tính “Địa bàn” (nếu có) và “Đơn vị”, mỗi dòng một đơn vị. Xem tệp mẫu."
          loading={loading}
          error={fileError}
          errorTestId="import-file-error"
          onChosen={(file) => void choose(file)}
        />
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
          {commit.running ? (
            <ImportProgress status={commit.running} onCancel={commit.cancel} />
          ) : (
            <Space>
              <Button onClick={() => setStep(1)}>Quay lại</Button>
              <Button onClick={() => setStep(0)}>Chọn tệp khác</Button>
              <Button
                type="primary"
                disabled={problems.length > 0}
                loading={commit.starting}
                onClick={() => commit.begin({ source: chosen, onDuplicate, confirmed: true })}
              >
                Nhập vào danh sách
              </Button>
            </Space>
          )}
        </Space>
      )}
    </div>
  )
}
