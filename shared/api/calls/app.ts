import { emptyInput } from '../fields'
import { call } from '../call'
import type { OfficeProfile } from './settings'

export interface AppStatus {
  /** True while the database has no data and the user has not chosen how to start. */
  needsOnboarding: boolean
  hasSampleData: boolean
  office: OfficeProfile
  schemaVersion: number
  dataFile: string
  appVersion: string
}

export interface SampleRemoval {
  removedAreas: number
  removedUnits: number
  removedSigners: number
}

export const appCalls = {
  'app.status': call<AppStatus>({ reads: true })(emptyInput),
  'app.loadSample': call<AppStatus>()(emptyInput),
  'app.startEmpty': call<AppStatus>()(emptyInput),
  'app.removeSample': call<SampleRemoval>()(emptyInput)
}
