import type { Kysely } from 'kysely'
import { ApiError, fieldError } from '../../../shared/api/errors'
import type { UnitInput } from '../../../shared/api/calls/units'
import { isCommuneKind } from '../../../shared/domain/areas'
import { tt124Scope } from '../../../shared/domain/scope'
import { duplicateKey } from '../../../shared/text/fold'
import type { Database } from '../db/schema'

type Executor = Kysely<Database>

/** Phone check of V23: 9–11 digits once spaces, dots and hyphens are removed ("088 8800 147" is valid). */
export function phoneWarning(phone: string | null): string | null {
  if (!phone) return null
  const digits = phone.replace(/[\s.-]/g, '')
  return /^\+?\d{9,11}$/.test(digits.replace(/^\+84/, '0')) ? null : `Số điện thoại “${phone}” không hợp lệ.`
}

/** The rules between fields of one unit (no database needed): used by checkUnit and by the Excel import. */
export function checkUnitFields(values: UnitInput): void {
  if (values.type !== 'KDC' && values.kdcSubtype !== null) {
    throw fieldError('kdcSubtype', 'Chỉ khu dân cư mới có loại khu dân cư.')
  }
  if (values.type !== 'KDC' && values.householdsTotal !== null) {
    throw fieldError('householdsTotal', 'Chỉ khu dân cư mới có số hộ.')
  }
  if (values.type === 'KDC' && values.staffTotal !== null) {
    throw fieldError('staffTotal', 'Khu dân cư ghi số hộ, không ghi số cán bộ, người lao động.')
  }
  if (values.type !== 'DOANH_NGHIEP' && values.enterpriseSize !== null) {
    throw fieldError('enterpriseSize', 'Chỉ doanh nghiệp mới có quy mô doanh nghiệp.')
  }
  if (values.type !== 'CSGD' && values.educationLevels.length > 0) {
    throw fieldError('educationLevels', 'Chỉ cơ sở giáo dục mới có cấp học.')
  }
  if (values.type !== 'CO_QUAN' && values.isArmedForces) {
    throw fieldError('isArmedForces', 'Chỉ cơ quan mới được đánh dấu thuộc lực lượng vũ trang.')
  }
}

/**
 * The rules a unit must meet before it is written (domain.md §8). Errors throw; warnings are returned so the caller
 * can ask for confirmation (V04, V05, V06 against an inactive unit, V23).
 */
export async function checkUnit(trx: Executor, values: UnitInput, selfId: number | null): Promise<string[]> {
  const warnings: string[] = []
  if (values.type === 'XA') {
    throw fieldError('type', 'Đơn vị cấp xã được tạo cùng với khu vực xã, phường (mục Khu vực); không thêm trực tiếp.')
  }
  if (values.type === 'KDC' && values.areaId === null) {
    throw fieldError('areaId', 'Khu dân cư phải thuộc một xã, phường, thị trấn hoặc đặc khu.')
  }
  let areaName = 'địa bàn chưa xác định'
  if (values.areaId !== null) {
    const area = await trx.selectFrom('admin_area').select(['name', 'kind']).where('id', '=', values.areaId).executeTakeFirst()
    if (!area) throw fieldError('areaId', 'Khu vực đã chọn không tồn tại.')
    if (!isCommuneKind(area.kind)) throw fieldError('areaId', 'Vui lòng chọn xã, phường, thị trấn hoặc đặc khu nơi đơn vị đóng trụ sở.')
    areaName = area.name
  }
  checkUnitFields(values)

  const clash = await trx
    .selectFrom('unit')
    .select(['id', 'name', 'active'])
    .where('type', '=', values.type)
    .where('dup_key', '=', duplicateKey(values.name))
    .where((eb) => (values.areaId === null ? eb('area_id', 'is', null) : eb('area_id', '=', values.areaId)))
    .where('id', '<>', selfId ?? -1)
    .orderBy('active', 'desc')
    .executeTakeFirst()
  if (clash) {
    const message = `Đã có đơn vị trùng tên “${clash.name}” tại ${areaName}. Vui lòng kiểm tra lại hoặc đặt tên phân biệt.`
    if (clash.active === 1) throw fieldError('name', message)
    warnings.push(`${message} (Đơn vị trùng tên đã ngừng hoạt động.)`)
  }

  warnings.push(...tt124Scope(values).warnings)
  const phone = phoneWarning(values.phone)
  if (phone) warnings.push(phone)
  return warnings
}

export function needsConfirmation(warnings: string[]): ApiError {
  return new ApiError({
    code: 'NEEDS_CONFIRMATION',
    message: 'Vui lòng xem lại các cảnh báo trước khi lưu.',
    warnings
  })
}
