import type { ApiHandlers } from '../../shared/api/contract'
import type { CoreContext } from './context'
import { appStatus, chooseEmpty, chooseSample } from './app/app-service'
import { removeSample } from './sample/sample-service'
import { createArea, deleteArea, listAreas, updateArea } from './areas/area-service'
import {
  createUnit,
  deactivateUnit,
  deleteUnit,
  getUnit,
  listUnits,
  reactivateUnit,
  updateUnit
} from './units/unit-service'
import { getOffice, saveOffice } from './settings/office-service'
import { createSigner, deleteSigner, listSigners, updateSigner } from './settings/signer-service'

/** The implementation of the shared contract: one handler per call, each a thin line to its service. */
export function createHandlers(ctx: CoreContext): ApiHandlers {
  return {
    'app.status': () => appStatus(ctx),
    'app.loadSample': () => chooseSample(ctx),
    'app.startEmpty': () => chooseEmpty(ctx),
    'app.removeSample': () => removeSample(ctx),

    'areas.list': () => listAreas(ctx),
    'areas.create': (values) => createArea(ctx, values),
    'areas.update': ({ id, values }) => updateArea(ctx, id, values),
    'areas.delete': ({ id }) => deleteArea(ctx, id),

    'units.list': (filter) => listUnits(ctx, filter),
    'units.get': ({ id }) => getUnit(ctx.db, id),
    'units.create': ({ values, confirmed }) => createUnit(ctx, values, confirmed ?? false),
    'units.update': ({ id, values, confirmed }) => updateUnit(ctx, id, values, confirmed ?? false),
    'units.deactivate': ({ id, inactiveFrom, reason }) => deactivateUnit(ctx, id, inactiveFrom as string, reason),
    'units.reactivate': ({ id }) => reactivateUnit(ctx, id),
    'units.delete': ({ id }) => deleteUnit(ctx, id),

    'settings.getOffice': () => getOffice(ctx.db),
    'settings.saveOffice': (values) => saveOffice(ctx, values),
    'signers.list': () => listSigners(ctx),
    'signers.create': (values) => createSigner(ctx, values),
    'signers.update': ({ id, values }) => updateSigner(ctx, id, values),
    'signers.delete': ({ id }) => deleteSigner(ctx, id)
  }
}
