/**
 * The call names alone, for the preload: it must not bundle zod or the schemas, only expose the names.
 * A test checks that this list equals the contract's keys.
 */
export const CALL_NAME_LIST = [
  'app.status',
  'app.loadSample',
  'app.startEmpty',
  'app.removeSample',
  'areas.list',
  'areas.create',
  'areas.update',
  'areas.delete',
  'units.list',
  'units.get',
  'units.create',
  'units.update',
  'units.deactivate',
  'units.reactivate',
  'units.delete',
  'settings.getOffice',
  'settings.saveOffice',
  'signers.list',
  'signers.create',
  'signers.update',
  'signers.delete'
] as const
