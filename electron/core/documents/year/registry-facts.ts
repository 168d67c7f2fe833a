import { sql } from 'kysely'
import { COMMUNE_KINDS } from '../../../../shared/domain/areas'
import type { CoreContext } from '../../context'
import { inSentence } from '../builders/common'
import type { YearFacts } from './year-facts'

/**
 * YearFacts from what exists today: the office's territory, its communes and the active units of the registry.
 * Registrations, meetings and outcomes are not known yet (they live in the cycle tables of the parallel branch),
 * so every unit is "not registered, no outcome".
 *
 * LEAD: when the cycle is merged, replace the body of `loadYearFacts` with a read of unit_year (registered_on,
 * meeting_on, outcome, failed criteria, households) — the YearFacts shape and every document stay as they are.
 */
export async function loadYearFacts(ctx: CoreContext, year: number): Promise<YearFacts> {
  const office = await ctx.db.selectFrom('office_profile').select(['root_area_id', 'level']).where('id', '=', 1).executeTakeFirst()
  const root = office?.root_area_id
    ? await ctx.db.selectFrom('admin_area').select('name').where('id', '=', office.root_area_id).executeTakeFirst()
    : undefined
  const areas = await ctx.db
    .selectFrom('admin_area')
    .select(['name', 'kind'])
    .where('kind', 'in', [...COMMUNE_KINDS])
    .orderBy(sql`sort_order IS NULL`)
    .orderBy('sort_order')
    .orderBy('sort_key')
    .execute()
  const units = await ctx.db
    .selectFrom('unit as u')
    .leftJoin('admin_area as a', 'a.id', 'u.area_id')
    .select(['u.id', 'u.name', 'u.type', 'u.address', 'u.households_total', 'a.name as area_name'])
    .where('u.active', '=', 1)
    .where('u.exclusion_code', 'is', null)
    .orderBy('u.sort_key')
    .execute()
  return {
    year,
    territory: root ? inSentence(root.name) : 'địa bàn',
    areas: areas.map((a) => ({ name: a.name, kind: a.kind })),
    // A district team tracks only the outcome of khu dân cư (domain.md §1.1); the others process them in full.
    processedTypes: office?.level === 'DOI_XDPT_HUYEN' ? ['XA', 'CO_QUAN', 'DOANH_NGHIEP', 'CSGD'] : ['KDC', 'XA', 'CO_QUAN', 'DOANH_NGHIEP', 'CSGD'],
    notDeployed: {},
    units: units.map((u) => ({
      id: u.id,
      name: u.name,
      type: u.type,
      areaName: u.area_name,
      address: u.address ?? u.area_name,
      registeredOn: null,
      meetingOn: null,
      outcome: null,
      proposed: false,
      failedReason: null,
      householdsTotal: u.households_total,
      householdsRegistered: null
    })),
    previous: null
  }
}
