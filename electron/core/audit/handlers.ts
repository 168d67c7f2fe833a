import type { auditCalls } from '../../../shared/api/calls/audit'
import type { HandlersOf } from '../../../shared/api/contract'
import type { CoreContext } from '../context'
import { checkAuditIntegrity } from './audit-anchor'
import { listAudit } from './audit-service'

export function auditHandlers(ctx: CoreContext): HandlersOf<typeof auditCalls> {
  return {
    'audit.list': (filter) => listAudit(ctx, filter),
    'audit.verify': () => checkAuditIntegrity(ctx)
  }
}
