import { useState } from 'react'
import { Drawer } from 'antd'
import type { AuditEntity } from '../../../../shared/domain/audit'
import { useApiQuery } from '../../api/hooks'
import { AuditTable } from './AuditTable'

const PAGE_SIZE = 20

/** The history of one row (a unit, an area…), newest first, one click from where it is shown. A unit's includes its unit-years. */
export function AuditHistoryDrawer(props: { entity: AuditEntity; id: number; title: string; open: boolean; onClose: () => void }) {
  const [page, setPage] = useState(1)
  const log = useApiQuery(
    'audit.list',
    { ...(props.entity === 'unit' ? { unitId: props.id } : { entity: props.entity, entityId: props.id }), offset: (page - 1) * PAGE_SIZE, limit: PAGE_SIZE },
    { enabled: props.open }
  )
  return (
    <Drawer open={props.open} onClose={props.onClose} title={`Lịch sử thay đổi: ${props.title}`} size="large" destroyOnHidden>
      <AuditTable compact rows={log.data?.rows ?? []} loading={log.isPending} total={log.data?.total ?? 0} page={page} pageSize={PAGE_SIZE} onPage={setPage} />
    </Drawer>
  )
}
