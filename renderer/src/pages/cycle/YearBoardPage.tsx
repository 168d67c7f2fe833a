import { useRef, useState } from 'react'
import { Link, useNavigate, useSearchParams } from 'react-router'
import { FileTextOutlined, CLEARABLE_INPUT, CLEARABLE_SELECT } from '../../lib/icons'
import { Button, Checkbox, Empty, Input, Select, Space, Table, Tag, Typography, type InputRef } from 'antd'
import type { BoardResult, BoardRow } from '../../../../shared/api/calls/cycle'
import type { CycleAction } from '../../../../shared/domain/cycle/machine'
import { STATUS_LABELS, UNIT_YEAR_STATUSES, type UnitYearStatus } from '../../../../shared/domain/cycle/statuses'
import { UNIT_TYPES, unitTypeLabelsOfYear, type UnitType } from '../../../../shared/domain/units'
import { formatInteger } from '../../../../shared/text/numbers'
import { call } from '../../api/client'
import { ActionDialog, actionLabel } from '../../cycle/ActionDialog'
import { AddUnitToYear } from '../../cycle/AddUnitToYear'
import { StatusTag } from '../../cycle/status-tag'
import { useSelectedYear } from '../../cycle/year-context'
import { YearSettingsButtons } from '../../cycle/YearSettings'
import { RemoveYearButton } from '../../cycle/RemoveYearButton'
import { ExportButton } from '../exchange/ExportButton'
import { formatScreenDate } from '../../lib/format'
import { useShortcuts } from '../../lib/shortcuts'
import { useDebounced } from '../../lib/use-debounced'
import { CommuneSelect } from '../../components/CommuneSelect'
import { isPlaceholder, useRowWindow, type PlaceholderRow } from '../../lib/use-row-window'
import { useWindowHeight } from '../../lib/use-window-height'

const BULK_ACTIONS: CycleAction[] = ['REGISTER', 'RECORD_MEETING', 'RECEIVE_DOSSIER', 'APPRAISE_PASS', 'PROPOSE', 'RECORD_DECISION', 'RECORD_OUTCOME_RECOGNISED']

/** Năm đánh giá: every unit-year of the chosen year, what is missing and how late, with bulk actions on a selection. */
export function YearBoardPage() {
  const { year, current } = useSelectedYear()
  const navigate = useNavigate()
  const [areaId, setAreaId] = useState<number | undefined>()
  const [type, setType] = useState<UnitType | undefined>()
  // A link may open the board on one status (“?trang-thai=THAM_DINH_DAT”, from an empty Dự thảo quyết định).
  const [searchParams] = useSearchParams()
  const linkedStatus = searchParams.get('trang-thai') as UnitYearStatus | null
  const [status, setStatus] = useState<UnitYearStatus | undefined>(linkedStatus && UNIT_YEAR_STATUSES.includes(linkedStatus) ? linkedStatus : undefined)
  const [overdueOnly, setOverdueOnly] = useState(false)
  const [missingOnly, setMissingOnly] = useState(false)
  const [searchText, setSearchText] = useState('')
  const search = useDebounced(searchText, 250)
  const [selected, setSelected] = useState<number[]>([])
  const [action, setAction] = useState<CycleAction | null>(null)
  const searchRef = useRef<InputRef>(null)
  const windowHeight = useWindowHeight()
  useShortcuts({ f: () => searchRef.current?.focus() })

  const filter = { year: year ?? 0, search, areaId, type, status, overdueOnly, missingDocumentsOnly: missingOnly, sort: 'area' as const }
  const { rows, head: first, loading, placeholderCell, attachTable } = useRowWindow<BoardRow, BoardResult>(['board.list', filter], (offset, limit) => call('board.list', { ...filter, offset, limit }), { enabled: year !== null })
  const closed = current?.status === 'CLOSED'
  const typeLabels = unitTypeLabelsOfYear(year ?? new Date().getFullYear())
  // Offered while every row is still as “Mở năm” left it (core checks the rest: no edit, document or model year).
  const untouched = first !== undefined && Object.entries(first.countsByStatus).every(([s, n]) => !n || s === 'CHUA_DANG_KY' || s === 'NGOAI_PHAM_VI')

  if (year === null) {
    return (
      <div className="page">
        <div className="page-header">
          <h1>Năm đánh giá</h1>
        </div>
        <Empty description="Chưa mở năm đánh giá nào. Chọn “Mở năm” ở thanh trên cùng để đưa các đơn vị vào năm." />
      </div>
    )
  }

  return (
    <div className="page">
      <div className="page-header">
        <Space>
          <h1>Năm đánh giá {year}</h1>
          {current && <Tag color="blue">{current.regulationName}</Tag>}
          {closed && <Tag color="default">Đã chốt</Tag>}
        </Space>
        <Space wrap>
          <AddUnitToYear year={year} disabled={closed} />
          <ExportButton
            label="Xuất Excel"
            disabled={year === null}
            request={() => call('exchange.exportYearBoard', { year: year ?? 0, ...(search ? { search } : {}), areaId, type, status, overdueOnly, missingDocumentsOnly: missingOnly, sort: 'area' })}
          />
          <YearSettingsButtons />
          {untouched && !closed && <RemoveYearButton year={year} />}
        </Space>
      </div>
      <div className="filter-bar">
        <Input
          ref={searchRef}
          allowClear={CLEARABLE_INPUT}
          placeholder="Tìm theo tên đơn vị… (Ctrl+F)"
          style={{ width: 240 }}
          onChange={(event) => setSearchText(event.target.value)}
          aria-label="Tìm trong năm đánh giá"
        />
        <CommuneSelect value={areaId} onChange={setAreaId} style={{ width: 190 }} ariaLabel="Lọc theo xã, phường" />
        <Select allowClear={CLEARABLE_SELECT} placeholder="Tất cả loại" style={{ width: 170 }} value={type} onChange={setType} options={UNIT_TYPES.map((value) => ({ value, label: typeLabels[value] }))} aria-label="Lọc theo loại" />
        <Select allowClear={CLEARABLE_SELECT} placeholder="Mọi trạng thái" style={{ width: 200 }} value={status} onChange={setStatus} options={UNIT_YEAR_STATUSES.map((value) => ({ value, label: STATUS_LABELS[value] }))} aria-label="Lọc theo trạng thái" />
        <Checkbox checked={overdueOnly} onChange={(event) => setOverdueOnly(event.target.checked)}>
          Quá hạn
        </Checkbox>
        <Checkbox checked={missingOnly} onChange={(event) => setMissingOnly(event.target.checked)}>
          Thiếu hồ sơ
        </Checkbox>
      </div>
      <Space wrap style={{ marginBottom: 8 }}>
        <Typography.Text>
          <strong data-testid="board-total">{formatInteger(first?.total ?? 0)}</strong> hồ sơ năm
        </Typography.Text>
        {UNIT_YEAR_STATUSES.filter((s) => (first?.countsByStatus[s] ?? 0) > 0).map((s) => (
          <Tag key={s} style={{ cursor: 'pointer' }} onClick={() => setStatus(s === status ? undefined : s)}>
            {STATUS_LABELS[s]}: {formatInteger(first?.countsByStatus[s] ?? 0)}
          </Tag>
        ))}
      </Space>
      {selected.length > 0 && !closed && (
        <div className="filter-bar" data-testid="bulk-toolbar" style={{ background: '#eef4fb', padding: 8, borderRadius: 6 }}>
          <Typography.Text strong>Đã chọn {formatInteger(selected.length)}:</Typography.Text>
          {BULK_ACTIONS.map((bulk) => (
            <Button key={bulk} size="small" onClick={() => setAction(bulk)}>
              {actionLabel(bulk, true)}
            </Button>
          ))}
          {/* The selection is the scope of a tờ trình or decision (documents take the units in the right state). */}
          <Button size="small" icon={<FileTextOutlined />} onClick={() => void navigate('/van-ban', { state: { kind: 'DOC-TTR-CONGNHAN', year, unitYearIds: selected } })}>
            Lập tờ trình
          </Button>
          <Button size="small" icon={<FileTextOutlined />} onClick={() => void navigate('/van-ban', { state: { kind: 'DOC-QD-CONGNHAN', year, unitYearIds: selected } })}>
            Dự thảo quyết định
          </Button>
          <Button size="small" type="link" onClick={() => setSelected([])}>
            Bỏ chọn
          </Button>
        </div>
      )}
      <div data-virtual-total={first?.total ?? 0}>
      <Table<BoardRow | PlaceholderRow>
        rowKey="id"
        size="small"
        virtual
        ref={attachTable}
        // The columns add up to 1,097 px: the board fits a 1366 px window beside the menu (issue 11 item 17).
        scroll={{ x: 1097, y: Math.max(240, windowHeight - (selected.length > 0 ? 360 : 310)) }}
        loading={loading}
        dataSource={rows}
        pagination={false}
        // Rows selected before a search changed stay selected (issue 11 item 14).
        rowSelection={
          closed
            ? undefined
            : {
                fixed: true,
                columnWidth: 40,
                preserveSelectedRowKeys: true,
                selectedRowKeys: selected,
                onChange: (keys) => setSelected((keys as number[]).filter((key) => key > 0)),
                // antd labels its checkboxes in English ("Select row 3"). A row not fetched yet cannot be chosen: its id is not known.
                getTitleCheckboxProps: () => ({ 'aria-label': 'Chọn mọi đơn vị đang hiện' }),
                getCheckboxProps: (row) => ({ disabled: isPlaceholder(row), 'aria-label': isPlaceholder(row) ? 'Đang tải dòng' : `Chọn ${row.unitName}` })
              }
        }
        onRow={(row) =>
          isPlaceholder(row) ? ({ 'data-placeholder': 'true' } as React.HTMLAttributes<HTMLElement>) : { onDoubleClick: () => void navigate(`/nam-danh-gia/${row.id}`) }
        }
        locale={{ emptyText: 'Không có hồ sơ năm nào khớp điều kiện lọc.' }}
        columns={[
          {
            title: 'Đơn vị',
            dataIndex: 'unitName',
            width: 210,
            fixed: 'left',
            render: (name: string, row) =>
              isPlaceholder(row) ? placeholderCell(row) : (
              <Space size={4} wrap>
                <Link to={`/nam-danh-gia/${row.id}`}>{name}</Link>
                {row.isSample && <Tag color="gold">MẪU</Tag>}
                {row.trackingMode === 'OUTCOME_ONLY' && <Tag>Chỉ theo dõi kết quả</Tag>}
              </Space>
            )
          },
          { title: 'Loại', dataIndex: 'unitType', width: 105, render: (value: UnitType | undefined) => (value ? typeLabels[value] : null) },
          { title: 'Xã, phường', dataIndex: 'areaName', width: 130 },
          { title: 'Trạng thái', dataIndex: 'status', width: 165, render: (value: UnitYearStatus | undefined) => (value ? <StatusTag status={value} /> : null) },
          { title: 'Còn thiếu', dataIndex: 'missing', width: 140, ellipsis: true },
          { title: 'Hạn', dataIndex: 'dueOn', width: 92, render: (value: string | null | undefined) => formatScreenDate(value ?? null) },
          {
            title: 'Trễ',
            dataIndex: 'daysLate',
            width: 85,
            align: 'right',
            render: (value: number | null) => (value ? <Typography.Text type="danger">{formatInteger(value)} ngày</Typography.Text> : '')
          },
          { title: `Năm ${year - 1}`, dataIndex: 'previousStatus', width: 130, render: (value: UnitYearStatus | null | undefined) => (value ? <StatusTag status={value} /> : null) }
        ]}
      />
      </div>
      <ActionDialog
        action={action}
        ids={selected}
        bulk
        // The selection is kept after a step: the next step is usually for the same units.
        onClose={() => setAction(null)}
      />
    </div>
  )
}
