import { DEFAULT_PROFILE, type FormatProfile } from './format/profile'
import type { CoreContext } from '../context'
import { getMeta, setMeta } from '../app/meta'

const KEY = 'documents.format_profile'

/** The office's format profile (documents.md §1.3), kept as JSON in app_meta; the default until the office changes it. */
export async function getFormatProfile(ctx: CoreContext): Promise<FormatProfile> {
  const raw = await getMeta(ctx.db, KEY)
  if (!raw) return DEFAULT_PROFILE
  try {
    return { ...DEFAULT_PROFILE, ...(JSON.parse(raw) as Partial<FormatProfile>) }
  } catch {
    return DEFAULT_PROFILE
  }
}

export async function saveFormatProfile(ctx: CoreContext, profile: FormatProfile): Promise<void> {
  await setMeta(ctx.db, KEY, JSON.stringify(profile))
}
