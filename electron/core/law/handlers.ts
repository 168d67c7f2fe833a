import type { lawCalls } from '../../../shared/api/calls/law'
import type { HandlersOf } from '../../../shared/api/contract'
import type { CoreContext } from '../context'
import { getLawSettings, saveCitation, setDeadlineReading } from './law-settings'

export function lawHandlers(ctx: CoreContext): HandlersOf<typeof lawCalls> {
  return {
    'law.get': () => getLawSettings(ctx),
    'law.saveCitation': (input) => saveCitation(ctx, input),
    'law.setDeadlineReading': ({ reading }) => setDeadlineReading(ctx, reading)
  }
}
