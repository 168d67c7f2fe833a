import type { exchangeCalls } from '../../../shared/api/calls/exchange'
import type { HandlersOf } from '../../../shared/api/contract'
import type { CoreContext } from '../context'
import { exportRegistry } from './registry-export'
import { commitImport, previewImport } from './registry-import'
import { commitRegistrations, previewRegistrations } from './registration-import'
import { registrationTemplate, registryTemplate } from './template'
import { exportYearBoard, exportYearStatistics } from './year-export'

export function exchangeHandlers(ctx: CoreContext): HandlersOf<typeof exchangeCalls> {
  return {
    'exchange.importPreview': (source) => previewImport(ctx, source),
    'exchange.importCommit': ({ source, onDuplicate }) => commitImport(ctx, source, onDuplicate),
    'exchange.exportRegistry': ({ file }) => exportRegistry(ctx, file),
    'exchange.template': () => registryTemplate(),
    'exchange.exportYearBoard': (input) => exportYearBoard(ctx, input),
    'exchange.exportYearStatistics': (input) => exportYearStatistics(ctx, input),
    'exchange.registrationPreview': (source) => previewRegistrations(ctx, source),
    'exchange.registrationCommit': ({ source, acceptWarnings }) => commitRegistrations(ctx, source, acceptWarnings),
    'exchange.registrationTemplate': () => registrationTemplate()
  }
}
