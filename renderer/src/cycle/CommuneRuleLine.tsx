import { Descriptions, Tag } from 'antd'
import type { CommuneRuleResult } from '../../../shared/domain/cycle/commune-rule'
import { formatInteger, formatPercent } from '../../../shared/text/numbers'

/** N, R, A, A_min and the shortfall of the commune rule (domain.md §2.6); never typed by hand. */
export function CommuneRuleLine({ rule }: { rule: CommuneRuleResult }) {
  return (
    <Descriptions size="small" column={2}>
      <Descriptions.Item label="Thuộc diện xét (N)">{formatInteger(rule.n)}</Descriptions.Item>
      <Descriptions.Item label="Đã đăng ký (R)">{formatInteger(rule.r)}</Descriptions.Item>
      <Descriptions.Item label="Đã công nhận (A)">
        {formatInteger(rule.a)} ({formatPercent(rule.a, rule.n)})
      </Descriptions.Item>
      <Descriptions.Item label="Cần tối thiểu">{formatInteger(rule.aMin)}</Descriptions.Item>
      <Descriptions.Item label="Còn thiếu">{formatInteger(rule.shortfall)}</Descriptions.Item>
      <Descriptions.Item label="Kết quả">
        {rule.n === 0 ? <Tag>Chưa có đơn vị</Tag> : rule.pass ? <Tag color="green">Đạt</Tag> : <Tag color="red">Chưa đạt</Tag>}
        {rule.basis === 'TT124' && !rule.allRegistered && rule.n > 0 && <Tag color="volcano">Chưa 100% đăng ký</Tag>}
      </Descriptions.Item>
    </Descriptions>
  )
}
