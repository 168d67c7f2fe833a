import { Card, Col, Form, Radio, Row, Space, Table, Tag, Tooltip, Typography } from 'antd'
import type { CriterionLine } from '../../../shared/api/calls/cycle'
import { PLACEHOLDER_NOTE } from '../../../shared/domain/cycle/regulations'
import { CRITERION_RESULT_LABELS, type CriterionResult, type PointResult } from '../../../shared/domain/cycle/statuses'
import { NumberField } from '../components/NumberField'

export type CriterionMarks = Record<string, { result: CriterionResult; note: string | null }>
/** Point results keyed “code.key” (KDC3.a). */
export type PointMarks = Record<string, PointResult>

export const pointKey = (code: string, key: string): string => `${code}.${key}`

const RESULT_COLORS: Partial<Record<CriterionResult, string>> = { DAT: 'green', KHONG_DAT: 'red', KHONG_AP_DUNG: 'blue' }

function options(allowNotApplicable: boolean) {
  const values: CriterionResult[] = allowNotApplicable ? ['DAT', 'KHONG_DAT', 'KHONG_AP_DUNG'] : ['DAT', 'KHONG_DAT']
  return values.map((value) => ({ value, label: CRITERION_RESULT_LABELS[value] }))
}

interface Props {
  criteria: CriterionLine[]
  marks: CriterionMarks
  onMarks: (update: (previous: CriterionMarks) => CriterionMarks) => void
  points: PointMarks
  onPoints: (update: (previous: PointMarks) => PointMarks) => void
}

/**
 * The criteria of a unit-year (TT 124 Điều 4–7 as codified): the verbatim text and its article, a result per lettered
 * point where the khoản has points, the sub-unit counts of Điều 6.5 / 7.6, and “Không áp dụng” where the law allows it.
 * The sub-unit counts are fields of the page's form (subunitsEligible, subunitsTitled).
 */
export function CriteriaSection({ criteria, marks, onMarks, points, onPoints }: Props) {
  return (
    <Card size="small" title="Tiêu chí" style={{ marginBottom: 12 }} data-testid="criteria-section">
      <Table<CriterionLine>
        rowKey="code"
        size="small"
        pagination={false}
        dataSource={criteria}
        expandable={{
          rowExpandable: (c) => c.items.length > 0,
          expandedRowRender: (c) => <CriterionPoints criterion={c} points={points} onPoints={onPoints} />
        }}
        columns={[
          { title: 'Số', dataIndex: 'number', width: 40 },
          { title: 'Nội dung', render: (_: unknown, c) => <CriterionText criterion={c} /> },
          {
            title: 'Kết quả',
            width: 280,
            render: (_: unknown, c) =>
              c.kind === 'DERIVED' ? (
                <Tag color={RESULT_COLORS[c.effective] ?? 'default'}>{CRITERION_RESULT_LABELS[c.effective]} (tự động)</Tag>
              ) : (
                <Space direction="vertical" size={2}>
                  {c.items.length === 0 && (
                    <Radio.Group
                      size="small"
                      aria-label={`Tiêu chí ${c.number}`}
                      value={marks[c.code]?.result ?? 'CHUA_DANH_GIA'}
                      onChange={(event) => onMarks((prev) => ({ ...prev, [c.code]: { result: event.target.value as CriterionResult, note: prev[c.code]?.note ?? null } }))}
                      options={options(c.allowNotApplicable)}
                      optionType="button"
                    />
                  )}
                  {(c.items.length > 0 || c.effective !== c.manual) && (
                    <Typography.Text type={c.effective === 'KHONG_DAT' ? 'danger' : undefined} data-testid={`criterion-effective-${c.code}`}>
                      Tính theo quy định: {CRITERION_RESULT_LABELS[c.effective]}
                    </Typography.Text>
                  )}
                </Space>
              )
          }
        ]}
      />
    </Card>
  )
}

function CriterionText({ criterion: c }: { criterion: CriterionLine }) {
  return (
    <Space direction="vertical" size={0}>
      <Space size={4} wrap>
        <Tooltip title={c.text ?? ''}>
          <Typography.Text>{c.shortTitle}</Typography.Text>
        </Tooltip>
        {c.textStatus === 'PLACEHOLDER' && (
          <Tooltip title={PLACEHOLDER_NOTE}>
            <Tag color="warning">Chưa xác minh</Tag>
          </Tooltip>
        )}
      </Space>
      {c.sourceRef && <Typography.Text type="secondary" style={{ fontSize: 12 }}>{c.sourceRef}</Typography.Text>}
      {c.subunitRule && <SubunitCounts />}
      {c.computedNote && <Typography.Text type="secondary">{c.computedNote}</Typography.Text>}
    </Space>
  )
}

/** TT 124 Điều 6.5 / 7.6: two counts; the share is computed (10·k ≥ 7·n), none eligible = không áp dụng. */
function SubunitCounts() {
  return (
    <Row gutter={8} style={{ marginTop: 4, maxWidth: 520 }}>
      <Col span={12}>
        <Form.Item name="subunitsEligible" label="Đầu mối trực thuộc đủ điều kiện bình xét" style={{ marginBottom: 4 }}>
          <NumberField min={0} precision={0} style={{ width: '100%' }} />
        </Form.Item>
      </Col>
      <Col span={12}>
        <Form.Item name="subunitsTitled" label="Đạt danh hiệu/Hoàn thành tốt nhiệm vụ" style={{ marginBottom: 4 }}>
          <NumberField min={0} precision={0} style={{ width: '100%' }} />
        </Form.Item>
      </Col>
    </Row>
  )
}

function CriterionPoints({ criterion: c, points, onPoints }: { criterion: CriterionLine; points: PointMarks; onPoints: Props['onPoints'] }) {
  return (
    <Space direction="vertical" size={4} style={{ width: '100%' }} data-testid={`criterion-points-${c.code}`}>
      <Typography.Text>{c.text}</Typography.Text>
      {c.items.map((item) => (
        <Row key={item.key} gutter={8} align="middle" wrap={false}>
          <Col flex="auto">
            <Typography.Text>
              {item.key}) {item.text}
            </Typography.Text>
          </Col>
          <Col flex="none">
            <Radio.Group
              size="small"
              aria-label={`Tiêu chí ${c.number} điểm ${item.key}`}
              value={points[pointKey(c.code, item.key)] ?? 'CHUA_DANH_GIA'}
              onChange={(event) => onPoints((prev) => ({ ...prev, [pointKey(c.code, item.key)]: event.target.value as PointResult }))}
              options={options(false)}
              optionType="button"
            />
          </Col>
        </Row>
      ))}
    </Space>
  )
}
