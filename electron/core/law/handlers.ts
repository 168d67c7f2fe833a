import type { lawCalls } from '../../../shared/api/calls/law'
import type { HandlersOf } from '../../../shared/api/contract'
import type { CoreContext } from '../context'
import { setDelegation } from './delegation'
import { getLawSettings, saveCitation, setCommuneAuthority, setDeadlineReading } from './law-settings'

export function lawHandlers(ctx: CoreContext): HandlersOf<typeof lawCalls> {
  return {
    'law.get': () => getLawSettings(ctx),
    'law.saveCitation': (input) => saveCitation(ctx, input),
    'law.setDelegation': (input) => setDelegation(ctx, input),
    'law.setCommuneAuthority': ({ choice }) => setCommuneAuthority(ctx, choice),
    'law.setDeadlineReading': ({ reading }) => setDeadlineReading(ctx, reading)
  }
}
