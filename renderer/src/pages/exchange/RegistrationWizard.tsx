import { useState } from 'react'
import { Alert, Button, Checkbox, Descriptions, Space, Steps } from 'antd'
import type { RegistrationPreview } from '../../../../shared/api/calls/exchange'
import type { CallInput } from '../../../../shared/api/contract'
import { REGISTRATION_COLUMNS } from '../../../../shared/domain/registration-columns'
import { call } from '../../api/client'
import { formatInteger } from '../../lib/format'
import { ChooseExcelFile, type ChosenFile } from './ChooseExcelFile'
import { ImportProgress } from './ImportProgress'
import { useImportJob } from './use-import-job'
import { MappingStep } from './MappingStep'
import { useImportPreview } from './use-import-preview'
import { ProblemTable } from './ProblemTable'

type Mapping = { mapping: Record<string, number | null> }

/** Nhập đăng ký của một năm: choose a file → check the columns → preview every problem → register all or nothing. */
export function RegistrationWizard(props: { year: number }) {
  const [step, setStep] = useState(0)
  const [acceptWarnings, setAcceptWarnings] = useState(false)
  const { chosen, preview, fileError, loading, runPreview, clear } = useImportPreview<Mapping, RegistrationPreview>((next) =>
    call('exchange.registrationPreview', { year: props.year, ...next })
  )
  const reset = () => {
    setStep(0)
    clear()
    setAcceptWarnings(false)
  }
  const commit = useImportJob(
    (input: CallInput<'exchange.registrationStart'>) => call('exchange.registrationStart', input),
    (jobId) => call('exchange.registrationStatus', { jobId }),
    reset
  )

  const choose = async (file: ChosenFile) => {
    setAcceptWarnings(false)
    if (await runPreview({ ...file, mapping: {} })) setStep(1)
  }

  const problems = preview?.problems ?? []
  const warnings = preview?.warnings ?? []
  return (
    <div data-testid="registration-wizard">
      <Steps current={step} size="small" style={{ marginBottom: 16 }} items={[{ title: 'Chọn tệp' }, { title: 'Ghép cột' }, { title: 'Xem trước và nhập' }]} />
      {step === 0 && (
        <ChooseExcelFile
          what={` đăng ký năm ${props.year}`}
          hint="Mỗi dòng một đơn vị: tên, xã/phường, ngày đăng ký, số văn bản, số hộ hoặc số người. Xem tệp mẫu."
          loading={loading}
          error={fileError}
          errorTestId="registration-file-error"
          onChosen={(file) => void choose(file)}
        />
      )}
      {step === 1 && preview && chosen && (
        <Space orientation="vertical" style={{ width: '100%' }}>
          <Alert type="info" showIcon title={`Tệp “${preview.fileName}”. Kiểm tra các cột đã được nhận ra; sửa nếu chưa đúng.`} />
          {preview.mapping.sheet && (
            <MappingStep
              title="Đăng ký"
              mapping={preview.mapping}
              columns={REGISTRATION_COLUMNS}
              onChange={(field, index) => void runPreview({ ...chosen, mapping: { ...chosen.mapping, [field]: index } })}
            />
          )}
          <Space>
            <Button onClick={reset}>Chọn tệp khác</Button>
            <Button type="primary" loading={loading} onClick={() => setStep(2)}>
              Tiếp tục
            </Button>
          </Space>
        </Space>
      )}
      {step === 2 && preview && chosen && (
        <Space orientation="vertical" style={{ width: '100%' }}>
          <Descriptions size="small" bordered column={2} data-testid="registration-counts">
            <Descriptions.Item label="Dòng trong tệp">{formatInteger(preview.counts.rows)}</Descriptions.Item>
            <Descriptions.Item label="Đủ điều kiện ghi nhận">{formatInteger(preview.counts.ready)}</Descriptions.Item>
          </Descriptions>
          {problems.length > 0 ? (
            <>
              <Alert
                type="error"
                showIcon
                data-testid="registration-problems-summary"
                title={`Tệp có ${formatInteger(problems.length)}${preview.problemsTruncated ? '+' : ''} lỗi. Vui lòng sửa trong Excel rồi chọn lại tệp; chưa ghi nhận đăng ký nào.`}
              />
              <ProblemTable problems={problems} testId="registration-problems" />
            </>
          ) : (
            <Alert type="success" showIcon data-testid="registration-ready" title={`Không có lỗi: ${formatInteger(preview.counts.ready)} đơn vị sẽ được ghi nhận đăng ký năm ${preview.year}.`} />
          )}
          {problems.length === 0 && warnings.length > 0 && (
            <Alert
              type="warning"
              showIcon
              data-testid="registration-warnings"
              title="Cần xác nhận"
              description={
                <Space orientation="vertical">
                  {warnings.map((warning) => (
                    <span key={warning}>{warning}</span>
                  ))}
                  <Checkbox checked={acceptWarnings} onChange={(event) => setAcceptWarnings(event.target.checked)}>
                    Tôi đã xem các cảnh báo trên và vẫn ghi nhận
                  </Checkbox>
                </Space>
              }
            />
          )}
          {commit.running ? (
            <ImportProgress status={commit.running} onCancel={commit.cancel} />
          ) : (
            <Space>
              <Button onClick={() => setStep(1)}>Quay lại</Button>
              <Button onClick={reset}>Chọn tệp khác</Button>
              <Button
                type="primary"
                disabled={problems.length > 0 || (warnings.length > 0 && !acceptWarnings)}
                loading={commit.starting}
                onClick={() => commit.begin({ source: { year: props.year, ...chosen }, acceptWarnings, confirmed: true })}
              >
                Ghi nhận đăng ký
              </Button>
            </Space>
          )}
        </Space>
      )}
    </div>
  )
}
