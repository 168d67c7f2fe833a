import { useState } from 'react'
import { useQueryClient } from '@tanstack/react-query'
import { Alert, Button, DatePicker, Input, Select, Space } from 'antd'
import { SafetyCertificateOutlined, SearchOutlined, CLEARABLE_INPUT, RANGE_SEPARATOR_ICON, CLEARABLE_SELECT } from '../../lib/icons'
import type { Dayjs } from 'dayjs'
import { AUDIT_ENTITIES, AUDIT_ENTITY_LABELS, type AuditEntity } from '../../../../shared/domain/audit'
import type { AuditVerification } from '../../../../shared/api/calls/audit'
import { call } from '../../api/client'
import { useApiQuery } from '../../api/hooks'
import { DATE_INPUT_FORMATS, toIsoDate } from '../../lib/dates'
import { useDebounced } from '../../lib/use-debounced'
import { AuditBreakBanner } from '../../components/AuditBreakBanner'
import { AuditTable } from './AuditTable'

const PAGE_SIZE = 50

/** Nhật ký: every change, who made it, on which computer, old → new; read-only by design. */
export function AuditPage() {
  const [entity, setEntity] = useState<AuditEntity | undefined>()
  const [actor, setActor] = useState<string | undefined>()
  const [range, setRange] = useState<[Dayjs | null, Dayjs | null] | null>(null)
  const [searchText, setSearchText] = useState('')
  const search = useDebounced(searchText, 300)
  const [page, setPage] = useState(1)
  const [verdict, setVerdict] = useState<AuditVerification | null>(null)
  const queryClient = useQueryClient()
  // A check by hand updates what core remembers, so the banner follows it.
  const verify = () =>
    void call('audit.verify', {}).then(async (result) => {
      setVerdict(result)
      await queryClient.invalidateQueries({ queryKey: ['app.status'] })
    })
  const filter = {
    ...(entity ? { entity } : {}),
    ...(actor ? { actor } : {}),
    ...(search.trim() ? { search: search.trim() } : {}),
    from: toIsoDate(range?.[0]),
    to: toIsoDate(range?.[1]),
    offset: (page - 1) * PAGE_SIZE,
    limit: PAGE_SIZE
  }
  const log = useApiQuery('audit.list', filter)
  const reset = <T,>(setter: (value: T) => void) => (value: T) => {
    setter(value)
    setPage(1)
  }

  return (
    <div className="page">
      <div className="page-header">
        <h1>Nhật ký thay đổi</h1>
        <Button icon={<SafetyCertificateOutlined />} onClick={verify}>
          Kiểm tra tính toàn vẹn
        </Button>
      </div>
      <AuditBreakBanner />
      {verdict && (
        <Alert
          type={verdict.ok ? 'success' : 'error'}
          showIcon
          closable
          onClose={() => setVerdict(null)}
          title={verdict.message}
          data-testid="audit-verdict"
          style={{ marginBottom: 12 }}
        />
      )}
      <Space wrap style={{ marginBottom: 12 }}>
        <Select
          allowClear={CLEARABLE_SELECT}
          placeholder="Loại dữ liệu"
          style={{ width: 180 }}
          value={entity}
          onChange={reset(setEntity)}
          options={AUDIT_ENTITIES.map((value) => ({ value, label: AUDIT_ENTITY_LABELS[value] }))}
        />
        <Select
          allowClear={CLEARABLE_SELECT}
          placeholder="Người dùng"
          style={{ width: 160 }}
          value={actor}
          onChange={reset(setActor)}
          options={(log.data?.actors ?? []).map((value) => ({ value, label: value }))}
        />
        <DatePicker.RangePicker
          separator={RANGE_SEPARATOR_ICON}
          format={DATE_INPUT_FORMATS}
          placeholder={['Từ ngày', 'Đến ngày']}
          value={range}
          onChange={reset(setRange)}
        />
        <Input
          allowClear={CLEARABLE_INPUT}
          prefix={<SearchOutlined />}
          placeholder="Tìm theo tên, giá trị…"
          style={{ width: 240 }}
          defaultValue=""
          onChange={(event) => reset(setSearchText)(event.target.value)}
        />
      </Space>
      <AuditTable
        rows={log.data?.rows ?? []}
        loading={log.isPending}
        total={log.data?.total ?? 0}
        page={page}
        pageSize={PAGE_SIZE}
        onPage={setPage}
      />
    </div>
  )
}
