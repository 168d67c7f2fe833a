import { Route, Routes } from 'react-router'
import { UnitYearPage } from './UnitYearPage'
import { YearBoardPage } from './YearBoardPage'

/** Năm đánh giá: the board, and one unit-year at /nam-danh-gia/:id. */
export function CyclePage() {
  return (
    <Routes>
      <Route index element={<YearBoardPage />} />
      <Route path=":id" element={<UnitYearPage />} />
    </Routes>
  )
}
