import { z } from 'zod'
import { AUTHORITY_PREFIXES, OFFICE_LEVELS, SIGNER_BODIES, type AuthorityPrefix, type SignerBody } from '../../domain/office'
import { emptyInput, id, optionalIsoDate, optionalText, requiredText } from '../fields'
import { call } from '../call'

export const officeProfileInput = z
  .object({
    level: z.enum(OFFICE_LEVELS, { error: 'Cấp cơ quan không hợp lệ.' }),
    parentBodyName: requiredText('Tên cơ quan chủ quản'),
    officeName: requiredText('Tên cơ quan'),
    officeAbbreviation: requiredText('Chữ viết tắt của cơ quan', 30),
    teamName: optionalText('Tên đội, phòng', 200),
    /** "Lưu: VT, <drafting unit>": the team or section that drafts the documents; the office's own abbreviation when empty. */
    draftingUnitAbbreviation: optionalText('Chữ viết tắt đơn vị soạn thảo', 30),
    peoplesCommitteeName: requiredText('Tên Ủy ban nhân dân'),
    peoplesCommitteeAbbreviation: optionalText('Chữ viết tắt của Ủy ban nhân dân', 30),
    steeringCommitteeName: optionalText('Tên Ban Chỉ đạo', 300),
    steeringCommitteeAbbreviation: optionalText('Chữ viết tắt của Ban Chỉ đạo', 30),
    upperUnitName: optionalText('Cơ quan cấp trên', 200),
    placeName: requiredText('Địa danh ghi ngày tháng', 100),
    rootAreaId: id.nullish().transform((value) => value ?? null)
  })
  .strict()

export interface OfficeProfile extends z.output<typeof officeProfileInput> {
  isSample: boolean
  /** False until the office has saved its profile once. */
  configured: boolean
}

export const signerInput = z
  .object({
    name: requiredText('Họ và tên người ký'),
    body: z.enum(SIGNER_BODIES, { error: 'Cơ quan của người ký không hợp lệ.' }),
    authorityPrefix: z.enum(AUTHORITY_PREFIXES, { error: 'Thẩm quyền ký không hợp lệ.' }),
    authorityLine: optionalText('Dòng thẩm quyền', 200),
    titleLine: requiredText('Chức vụ người ký', 200),
    /** "Đại tá", "Thiếu tá"… printed before the name where the police văn thư rules ask for it (setting). */
    rank: optionalText('Cấp bậc', 50),
    validFrom: optionalIsoDate('Ngày bắt đầu'),
    validTo: optionalIsoDate('Ngày kết thúc')
  })
  .strict()
  .refine((value) => value.authorityPrefix === '' || value.authorityLine !== null, {
    message: 'Vui lòng nhập dòng thẩm quyền, ví dụ “TM. ỦY BAN NHÂN DÂN” hoặc “KT. CHỦ TỊCH”.',
    path: ['authorityLine']
  })
  .refine((value) => !value.validFrom || !value.validTo || value.validFrom <= value.validTo, {
    message: 'Ngày kết thúc không được trước ngày bắt đầu.',
    path: ['validTo']
  })

export const signerCreate = signerInput
export const signerUpdate = z.object({ id, values: signerInput }).strict()
export const signerDelete = z.object({ id }).strict()

export interface SignerRow {
  id: number
  name: string
  body: SignerBody
  authorityPrefix: AuthorityPrefix
  authorityLine: string | null
  titleLine: string
  rank: string | null
  validFrom: string | null
  validTo: string | null
  isSample: boolean
}

export const settingsCalls = {
  'settings.getOffice': call<OfficeProfile>({ reads: true })(emptyInput),
  'settings.saveOffice': call<OfficeProfile>()(officeProfileInput),
  'signers.list': call<SignerRow[]>({ reads: true })(emptyInput),
  'signers.create': call<SignerRow>()(signerCreate),
  'signers.update': call<SignerRow>()(signerUpdate),
  'signers.delete': call<{ deleted: true }>()(signerDelete)
}
