import type { ApiHandlers } from '../../shared/api/contract'
import type { CoreContext } from './context'
import { appHandlers } from './app/handlers'
import { areaHandlers } from './areas/handlers'
import { unitHandlers } from './units/handlers'
import { settingsHandlers } from './settings/handlers'
import { cycleHandlers } from './cycle/handlers'
import { documentHandlers } from './documents/handlers'
import { documentOfficeHandlers } from './documents/office-handlers'
import { auditHandlers } from './audit/handlers'
import { backupHandlers } from './backup/handlers'
import { recoveryHandlers } from './recovery/handlers'
import { exchangeHandlers } from './exchange/handlers'
import { handoverHandlers } from './handover/handlers'
import { modelHandlers } from './models/handlers'
import { lawHandlers } from './law/handlers'
import { lineageHandlers } from './areas/lineage-handlers'
import { keepAnswersUntilWrite } from './kept-answers'
import { queueWritesBehindJobs } from './jobs/write-queue'

/**
 * The handlers the core answers with: the implementation, the dashboard's sums kept until the data changes, and the
 * writing calls queued behind an import under way.
 */
export function createHandlers(ctx: CoreContext): ApiHandlers {
  return queueWritesBehindJobs(ctx, keepAnswersUntilWrite(ctx, implementedCalls(ctx)))
}

/** The implementation of the shared contract: each area contributes the handlers of its calls. */
export function implementedCalls(ctx: CoreContext): ApiHandlers {
  return {
    ...appHandlers(ctx),
    ...areaHandlers(ctx),
    ...unitHandlers(ctx),
    ...settingsHandlers(ctx),
    ...cycleHandlers(ctx),
    ...documentHandlers(ctx),
    ...documentOfficeHandlers(ctx),
    ...auditHandlers(ctx),
    ...backupHandlers(ctx),
    ...recoveryHandlers(ctx),
    ...exchangeHandlers(ctx),
    ...handoverHandlers(ctx),
    ...modelHandlers(ctx),
    ...lawHandlers(ctx),
    ...lineageHandlers(ctx)
  }
}
