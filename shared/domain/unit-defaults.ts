import type { AreaKind } from './areas'
import type { OfficeLevel } from './office'
import { KDC_SUBTYPES, type KdcSubtype, type ManagingLevel } from './units'

/** A new unit is managed, by default, at the level of the office that records it (issue 11 item 16). */
export const MANAGING_LEVEL_OF_OFFICE: Record<OfficeLevel, ManagingLevel> = { XA: 'XA', HUYEN: 'HUYEN', TINH: 'TINH' }

/** The khu dân cư subtypes of an area, the usual one first: a phường has khu phố and tổ dân phố, not thôn. */
export function kdcSubtypesFor(kind: AreaKind | undefined): readonly KdcSubtype[] {
  if (kind !== 'PHUONG') return KDC_SUBTYPES
  const urban: KdcSubtype[] = ['khu phố', 'tổ dân phố']
  return [...urban, ...KDC_SUBTYPES.filter((subtype) => !urban.includes(subtype))]
}
