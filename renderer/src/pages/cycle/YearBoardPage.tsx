import { useMemo, useRef, useState } from 'react'
import { Link, useNavigate, useSearchParams } from 'react-router'
import { FileTextOutlined, CLEARABLE_SELECT } from '../../lib/icons'
import { Button, Checkbox, Empty, Select, Space, Tag, Typography, type InputRef } from 'antd'
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
import { CommuneSelect } from '../../components/CommuneSelect'
import { SearchInput } from '../../components/SearchInput'
import { useRowWindow } from '../../lib/use-row-window'
import { useReadySearch } from '../../lib/use-ready-search'
import { VirtualTable } from '../../components/VirtualTable'
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
  const [selected, setSelected] = useState<number[]>([])
  const [action, setAction] = useState<CycleAction | null>(null)
  const searchRef = useRef<InputRef>(null)
  const windowHeight = useWindowHeight()
  useShortcuts({ f: () => searchRef.current?.focus() })

  const listOf = (search: string) => {
    const filter = { year: year ?? 0, search, areaId, type, status, overdueOnly, missingDocumentsOnly: missingOnly, sort: 'area' as const }
    return { key: ['board.list', filter], fetchWindow: (offset: number, limit: number) => call('board.list', { ...filter, offset, limit }), enabled: year !== null }
  }
  const [search, setSearch] = useReadySearch(listOf)
  const list = listOf(search)
  const { head: first, loading, own, rowAt, showRows, listKey } = useRowWindow<BoardRow, BoardResult>(list.key, list.fetchWindow, { enabled: list.enabled })
  const closed = current?.status === 'CLOSED'
  const typeLabels = useMemo(() => unitTypeLabelsOfYear(year ?? new Date().getFullYear()), [year])
  // Offered while every row is still as “Mở năm” left it (core checks the rest: no edit, document or model year).
  const untouched = first !== undefined && Object.entries(first.countsByStatus).every(([s, n]) => !n || s === 'CHUA_DANG_KY' || s === 'NGOAI_PHAM_VI')

  // The filters other than the search, drawn again only when one of them changes: a search's answer redraws the
  // counts and the rows, not the selects (issue 12: within 100 ms of the last key).
  const filters = useMemo(
    () => (
      <>
        <CommuneSelect value={areaId} onChange={setAreaId} style={{ width: 190 }} ariaLabel="Lọc theo xã, phường" />
        <Select allowClear={CLEARABLE_SELECT} placeholder="Tất cả loại" style={{ width: 170 }} value={type} onChange={setType} options={UNIT_TYPES.map((value) => ({ value, label: typeLabels[value] }))} aria-label="Lọc theo loại" />
        <Select allowClear={CLEARABLE_SELECT} placeholder="Mọi trạng thái" style={{ width: 200 }} value={status} onChange={setStatus} options={UNIT_YEAR_STATUSES.map((value) => ({ value, label: STATUS_LABELS[value] }))} aria-label="Lọc theo trạng thái" />
        <Checkbox checked={overdueOnly} onChange={(event) => setOverdueOnly(event.target.checked)}>
          Quá hạn
        </Checkbox>
        <Checkbox checked={missingOnly} onChange={(event) => setMissingOnly(event.target.checked)}>
          Thiếu hồ sơ
        </Checkbox>
      </>
    ),
    [areaId, type, status, overdueOnly, missingOnly, typeLabels]
  )

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
        <SearchInput ref={searchRef} placeholder="Tìm theo tên đơn vị… (Ctrl+F)" ariaLabel="Tìm trong năm đánh giá" width={240} onSearch={setSearch} />
        {filters}
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
      <VirtualTable<BoardRow>
        label={`Hồ sơ năm ${year}`}
        total={first?.total ?? 0}
        rowAt={rowAt}
        onRowsInView={showRows}
        listKey={listKey}
        height={Math.max(240, windowHeight - (selected.length > 0 ? 360 : 310))}
        loading={loading}
        empty="Không có hồ sơ năm nào khớp điều kiện lọc."
        onRowDoubleClick={(row) => void navigate(`/nam-danh-gia/${row.id}`)}
        // Rows selected before a search changed stay selected (issue 11 item 14).
        selection={
          closed
            ? undefined
            : { selected, onChange: setSelected, choosable: own, headLabel: 'Chọn mọi đơn vị đang hiện', rowLabel: (row) => `Chọn ${row.unitName}` }
        }
        // The columns fit a 1366 px window beside the menu (issue 11 item 17); wider windows share the room.
        columns={[
          {
            key: 'unit',
            title: 'Đơn vị',
            width: 230,
            fixed: 'left',
            hoverText: (row) => (row.trackingMode === 'OUTCOME_ONLY' ? `${row.unitName} — chỉ theo dõi kết quả` : row.unitName),
            render: (row) => (
              <>
                <Link to={`/nam-danh-gia/${row.id}`}>{row.unitName}</Link>
                {row.isSample && <Tag color="gold">MẪU</Tag>}
                {row.trackingMode === 'OUTCOME_ONLY' && <Tag>Chỉ theo dõi kết quả</Tag>}
              </>
            )
          },
          { key: 'type', title: 'Loại', width: 100, hoverText: (row) => typeLabels[row.unitType], render: (row) => typeLabels[row.unitType] },
          { key: 'area', title: 'Xã, phường', width: 110, hoverText: (row) => row.areaName ?? undefined, render: (row) => row.areaName },
          { key: 'status', title: 'Trạng thái', width: 150, render: (row) => <StatusTag status={row.status} /> },
          { key: 'missing', title: 'Còn thiếu', width: 130, hoverText: (row) => row.missing ?? undefined, render: (row) => row.missing },
          { key: 'due', title: 'Hạn', width: 88, render: (row) => formatScreenDate(row.dueOn) },
          {
            key: 'late',
            title: 'Trễ',
            width: 90,
            align: 'right',
            render: (row) => (row.daysLate ? <Typography.Text type="danger">{formatInteger(row.daysLate)} ngày</Typography.Text> : '')
          },
          { key: 'previous', title: `Năm ${year - 1}`, width: 120, render: (row) => (row.previousStatus ? <StatusTag status={row.previousStatus} /> : null) }
        ]}
      />
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
