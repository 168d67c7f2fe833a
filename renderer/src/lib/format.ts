export { formatScreenDate } from '../../../shared/text/dates'
export { formatInteger, formatPercent } from '../../../shared/text/numbers'
