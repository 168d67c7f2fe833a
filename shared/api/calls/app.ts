import { z } from 'zod'
import { emptyInput } from '../fields'
import { call } from '../call'
import type { OfficeProfile } from './settings'
import { jobIdInput, type JobStatus } from './jobs'

export interface AppStatus {
  /** True while the database has no data and the user has not chosen how to start. */
  needsOnboarding: boolean
  hasSampleData: boolean
  office: OfficeProfile
  schemaVersion: number
  dataFile: string
  appVersion: string
  /** The audit log's break found at start, at a backup or on request (Vietnamese), or null while it is whole. */
  auditBreak: string | null
  /** True while the check started at open still runs (in the background): a break may yet be found. */
  auditCheckPending: boolean
}

export interface SampleRemoval {
  removedAreas: number
  removedUnits: number
  removedSigners: number
}

/** The two samples onboarding offers, by office level: a district team's 2019–2021, a ward police's 2024–2026. */
export const SAMPLE_IDS = ['VUNG_TAU', 'TAM_THANG'] as const
export type SampleId = (typeof SAMPLE_IDS)[number]

const sampleInput = z.object({ sample: z.enum(SAMPLE_IDS, { error: 'Bộ dữ liệu mẫu không hợp lệ.' }).optional() }).strict()

export const appCalls = {
  'app.status': call<AppStatus>({ reads: true })(emptyInput),
  'app.loadSample': call<AppStatus>()(sampleInput),
  /** The same load as a job the page polls (app.sampleStatus) with its count. */
  'app.sampleStart': call<JobStatus>()(sampleInput),
  'app.sampleStatus': call<JobStatus>({ reads: true })(jobIdInput),
  'app.startEmpty': call<AppStatus>()(emptyInput),
  'app.removeSample': call<SampleRemoval>()(emptyInput)
}
