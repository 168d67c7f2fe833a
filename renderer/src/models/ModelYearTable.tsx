import { Checkbox, Table, Tag, Typography } from 'antd'
import type { ModelRow } from '../../../shared/api/calls/models'
import { MODEL_KIND_LABELS } from '../../../shared/domain/models'
import { useApiMutation } from '../api/hooks'
import { NumberField } from '../components/NumberField'

/** Models with their status in one year: “Hoạt động hiệu quả” and the members are saved as soon as they change. */
export function ModelYearTable({ models, year, locked, loading }: { models: ModelRow[]; year: number; locked: boolean; loading?: boolean }) {
  const setYear = useApiMutation('models.setYear', { success: 'Đã lưu mô hình.' })
  const save = (model: ModelRow, change: { effective?: boolean; members?: number | null }) =>
    setYear.mutate({
      modelId: model.id,
      year,
      effective: change.effective ?? model.inYear?.effective ?? false,
      members: change.members !== undefined ? change.members : (model.inYear?.members ?? null),
      note: model.inYear?.note ?? null
    })
  return (
    <Table<ModelRow>
      rowKey="id"
      size="small"
      pagination={false}
      loading={loading}
      dataSource={models}
      locale={{ emptyText: 'Chưa có mô hình phong trào.' }}
      columns={[
        {
          title: 'Mô hình',
          render: (_: unknown, m) => (
            <span>
              {m.name} {m.isSample && <Tag>MẪU</Tag>}
              <br />
              <Typography.Text type="secondary">
                {MODEL_KIND_LABELS[m.kind]} · {m.hostUnitName ?? m.areaName ?? ''}
              </Typography.Text>
            </span>
          )
        },
        {
          title: `Hiệu quả năm ${year}`,
          width: 120,
          render: (_: unknown, m) => (
            <Checkbox
              aria-label={`Hoạt động hiệu quả năm ${year}: ${m.name}`}
              checked={m.inYear?.effective ?? false}
              disabled={locked || setYear.isPending}
              onChange={(event) => save(m, { effective: event.target.checked })}
            />
          )
        },
        {
          title: 'Thành viên',
          width: 110,
          render: (_: unknown, m) => (
            <NumberField
              key={`${m.id}-${m.inYear?.members ?? ''}`}
              size="small"
              min={0}
              precision={0}
              aria-label={`Số thành viên: ${m.name}`}
              defaultValue={m.inYear?.members ?? undefined}
              disabled={locked}
              onBlur={(event) => {
                const text = event.target.value.replace(/\./g, '').trim()
                const members = text === '' ? null : Number(text)
                if (members !== (m.inYear?.members ?? null)) save(m, { members })
              }}
            />
          )
        }
      ]}
    />
  )
}
