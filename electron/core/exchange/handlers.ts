import type { exchangeCalls } from '../../../shared/api/calls/exchange'
import type { HandlersOf } from '../../../shared/api/contract'
import type { CoreContext } from '../context'
import { cancelJob, jobStatus } from '../jobs/long-job'
import { startImportJob } from './import-job'
import { exportRegistry } from './registry-export'
import { commitImport, importSummary, previewImport } from './registry-import'
import { commitRegistrations, previewRegistrations, registrationSummary } from './registration-import'
import { registrationTemplate, registryTemplate } from './template'
import { exportYearBoard, exportYearStatistics } from './year-export'

export function exchangeHandlers(ctx: CoreContext): HandlersOf<typeof exchangeCalls> {
  return {
    'exchange.importPreview': (source) => previewImport(ctx, source),
    'exchange.importCommit': ({ source, onDuplicate }) => commitImport(ctx, source, onDuplicate),
    'exchange.importStart': async ({ source, onDuplicate }) =>
      startImportJob(ctx, (jctx, progress) => commitImport(jctx, source, onDuplicate, progress), importSummary),
    'exchange.importStatus': async ({ jobId }) => jobStatus(jobId),
    'exchange.importCancel': async ({ jobId }) => ({ stopping: cancelJob(jobId) }),
    'exchange.exportRegistry': ({ file }) => exportRegistry(ctx, file),
    'exchange.template': () => registryTemplate(),
    'exchange.exportYearBoard': (input) => exportYearBoard(ctx, input),
    'exchange.exportYearStatistics': (input) => exportYearStatistics(ctx, input),
    'exchange.registrationPreview': (source) => previewRegistrations(ctx, source),
    'exchange.registrationCommit': ({ source, acceptWarnings }) => commitRegistrations(ctx, source, acceptWarnings),
    'exchange.registrationStart': async ({ source, acceptWarnings }) =>
      startImportJob(ctx, (jctx, progress) => commitRegistrations(jctx, source, acceptWarnings, progress), (result) => registrationSummary(source.year, result)),
    'exchange.registrationStatus': async ({ jobId }) => jobStatus(jobId),
    'exchange.registrationTemplate': () => registrationTemplate()
  }
}
