import { useMemo, useRef, useState } from 'react'
import { Button, Checkbox, Segmented, Select, Space, Tag, Tooltip, Typography, type InputRef } from 'antd'
import { PlusOutlined, CLEARABLE_SELECT } from '../../lib/icons'
import type { UnitListResult, UnitRow } from '../../../../shared/api/calls/units'
import { MANAGING_LEVEL_LABELS, unitTypeLabelsToday, UNIT_TYPES, type UnitType } from '../../../../shared/domain/units'
import { formatInteger } from '../../../../shared/text/numbers'
import { call } from '../../api/client'
import { useShortcuts } from '../../lib/shortcuts'
import { useRowWindow } from '../../lib/use-row-window'
import { useReadySearch } from '../../lib/use-ready-search'
import { useWindowHeight } from '../../lib/use-window-height'
import { CommuneSelect } from '../../components/CommuneSelect'
import { SearchInput } from '../../components/SearchInput'
import { VirtualTable } from '../../components/VirtualTable'
import { UnitRowActions, useUnitActions } from './UnitActions'
import { UnitForm } from './UnitForm'

const TYPE_LABELS = unitTypeLabelsToday()

/** Đơn vị: the registry with filters, folded search, counts per type and a virtualised table. */
export function UnitsPage() {
  const [areaId, setAreaId] = useState<number | undefined>()
  const [type, setType] = useState<UnitType | undefined>()
  const [active, setActive] = useState<'active' | 'inactive' | 'all'>('active')
  const [outOfScopeOnly, setOutOfScopeOnly] = useState(false)
  const [sort, setSort] = useState<'area' | 'name' | 'type'>('area')
  const [editing, setEditing] = useState<UnitRow | null>(null)
  const [formOpen, setFormOpen] = useState(false)
  const searchRef = useRef<InputRef>(null)
  const windowHeight = useWindowHeight()

  const listOf = (search: string) => {
    const filter = { search, areaId, type, active, outOfScopeOnly, sort }
    return { key: ['units.list', filter], fetchWindow: (offset: number, limit: number) => call('units.list', { ...filter, offset, limit }) }
  }
  const [search, setSearch] = useReadySearch(listOf)
  const list = listOf(search)
  const { head: first, loading, rowAt, showRows, listKey } = useRowWindow<UnitRow, UnitListResult>(list.key, list.fetchWindow)

  const openNew = () => {
    setEditing(null)
    setFormOpen(true)
  }
  const edit = (unit: UnitRow) => {
    setEditing(unit)
    setFormOpen(true)
  }
  useShortcuts({ f: () => searchRef.current?.focus(), n: openNew })
  const { actions, dialogs } = useUnitActions()

  // The filters other than the search, drawn again only when one of them changes: a search's answer redraws the
  // counts and the rows, not the selects (issue 12: within 100 ms of the last key).
  const filters = useMemo(
    () => (
      <>
        <CommuneSelect value={areaId} onChange={setAreaId} style={{ width: 220 }} ariaLabel="Lọc theo xã, phường" />
        <Select
          allowClear={CLEARABLE_SELECT}
          placeholder="Tất cả loại đơn vị"
          style={{ width: 200 }}
          value={type}
          onChange={setType}
          options={UNIT_TYPES.map((value) => ({ value, label: TYPE_LABELS[value] }))}
          aria-label="Lọc theo loại"
        />
        <Segmented
          aria-label="Lọc theo tình trạng hoạt động"
          value={active}
          onChange={(value) => setActive(value as typeof active)}
          options={[
            { value: 'active', label: 'Đang hoạt động' },
            { value: 'inactive', label: 'Ngừng hoạt động' },
            { value: 'all', label: 'Tất cả' }
          ]}
        />
        <Select
          value={sort}
          onChange={setSort}
          style={{ width: 190 }}
          aria-label="Sắp xếp"
          options={[
            { value: 'area', label: 'Xếp theo xã, phường' },
            { value: 'name', label: 'Xếp theo tên' },
            { value: 'type', label: 'Xếp theo loại đơn vị' }
          ]}
        />
        <Checkbox checked={outOfScopeOnly} onChange={(event) => setOutOfScopeOnly(event.target.checked)}>
          Ngoài phạm vi TT 124
        </Checkbox>
      </>
    ),
    [areaId, type, active, sort, outOfScopeOnly]
  )

  return (
    <div className="page">
      <div className="page-header">
        <h1>Đơn vị</h1>
        <Button type="primary" icon={<PlusOutlined />} onClick={openNew}>
          Thêm đơn vị (Ctrl+N)
        </Button>
      </div>
      <div className="filter-bar">
        <SearchInput ref={searchRef} placeholder="Tìm theo tên, địa chỉ, người đứng đầu… (Ctrl+F)" ariaLabel="Tìm đơn vị" width={300} onSearch={setSearch} />
        {filters}
      </div>
      <Space wrap style={{ marginBottom: 8 }} data-testid="unit-counts">
        <Typography.Text>
          <strong data-testid="unit-total">{formatInteger(first?.total ?? 0)}</strong> đơn vị
        </Typography.Text>
        {UNIT_TYPES.map((unitType) => (
          <Tag key={unitType}>
            {TYPE_LABELS[unitType]}: {formatInteger(first?.countsByType[unitType] ?? 0)}
          </Tag>
        ))}
      </Space>
      <VirtualTable<UnitRow>
        label="Danh sách đơn vị"
        total={first?.total ?? 0}
        rowAt={rowAt}
        onRowsInView={showRows}
        listKey={listKey}
        height={Math.max(240, windowHeight - 300)}
        loading={loading}
        empty={
          <div>
            <Typography.Paragraph>Chưa có đơn vị nào{search || areaId || type ? ' khớp điều kiện lọc' : ''}.</Typography.Paragraph>
            <Button type="primary" onClick={openNew}>
              Thêm đơn vị
            </Button>
          </div>
        }
        onRowDoubleClick={edit}
        columns={[
          {
            key: 'name',
            title: 'Tên đơn vị',
            width: 270,
            fixed: 'left',
            hoverText: (row) => row.name,
            render: (row) => (
              <>
                {row.name}
                {row.isSample && <Tag color="gold">MẪU</Tag>}
                {row.outOfScope && (
                  <Tooltip title={row.outOfScope.reason}>
                    <Tag color="volcano">Ngoài phạm vi TT 124</Tag>
                  </Tooltip>
                )}
                {!row.active && <Tag>Ngừng hoạt động</Tag>}
              </>
            )
          },
          { key: 'type', title: 'Loại', width: 125, hoverText: (row) => TYPE_LABELS[row.type], render: (row) => TYPE_LABELS[row.type] },
          { key: 'area', title: 'Xã, phường', width: 150, hoverText: (row) => row.areaName ?? undefined, render: (row) => row.areaName },
          { key: 'level', title: 'Cấp quản lý', width: 95, render: (row) => MANAGING_LEVEL_LABELS[row.managingLevel] },
          { key: 'head', title: 'Người đứng đầu', width: 150, hoverText: (row) => row.headName ?? undefined, render: (row) => row.headName },
          {
            key: 'count',
            title: 'Số hộ / số người',
            width: 130,
            align: 'right',
            render: (row) => {
              const count = row.type === 'KDC' ? row.householdsTotal : row.staffTotal
              return count == null ? '' : `${formatInteger(count)} ${row.type === 'KDC' ? 'hộ' : 'người'}`
            }
          },
          { key: 'note', title: 'Ghi chú', width: 90, hoverText: (row) => row.note ?? undefined, render: (row) => row.note },
          { key: 'actions', title: '', width: 100, fixed: 'right', render: (row) => <UnitRowActions unit={row} onEdit={() => edit(row)} actions={actions} /> }
        ]}
      />
      <UnitForm unit={editing} open={formOpen} onClose={() => setFormOpen(false)} defaultAreaId={areaId} />
      {dialogs}
    </div>
  )
}
