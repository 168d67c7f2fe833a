import type { officeHistoryCalls, settingsCalls } from '../../../shared/api/calls/settings'
import type { HandlersOf } from '../../../shared/api/contract'
import type { CoreContext } from '../context'
import { getOffice, saveOffice } from './office-service'
import { addOfficePeriod, deleteOfficePeriod, listOfficePeriods } from './office-history'
import { createSigner, deleteSigner, listSigners, updateSigner } from './signer-service'

export function settingsHandlers(ctx: CoreContext): HandlersOf<typeof settingsCalls & typeof officeHistoryCalls> {
  return {
    'settings.getOffice': () => getOffice(ctx.db),
    'settings.saveOffice': (values) => saveOffice(ctx, values),
    'signers.list': () => listSigners(ctx),
    'signers.create': (values) => createSigner(ctx, values),
    'signers.update': ({ id, values }) => updateSigner(ctx, id, values),
    'signers.delete': ({ id }) => deleteSigner(ctx, id),
    'settings.officePeriods': () => listOfficePeriods(ctx.db),
    'settings.addOfficePeriod': (values) => addOfficePeriod(ctx, values),
    'settings.deleteOfficePeriod': ({ id }) => deleteOfficePeriod(ctx, id)
  }
}
