import { useState } from 'react'
import { ApiError } from '../../../../shared/api/errors'
import type { ChosenFile } from './ChooseExcelFile'

/**
 * The state every import wizard shares: the chosen file with the user's column corrections, the last preview, the
 * file's error in Vietnamese, and whether a preview is running. `runPreview` answers null when the file is refused.
 */
export function useImportPreview<Mapping extends object, Preview>(preview: (chosen: ChosenFile & Mapping) => Promise<Preview>) {
  const [chosen, setChosen] = useState<(ChosenFile & Mapping) | null>(null)
  const [result, setResult] = useState<Preview | null>(null)
  const [fileError, setFileError] = useState<string | null>(null)
  const [loading, setLoading] = useState(false)
  const runPreview = async (next: ChosenFile & Mapping): Promise<Preview | null> => {
    setLoading(true)
    setFileError(null)
    try {
      const answer = await preview(next)
      setChosen(next)
      setResult(answer)
      return answer
    } catch (error) {
      setFileError(error instanceof ApiError ? error.message : 'Không đọc được tệp.')
      return null
    } finally {
      setLoading(false)
    }
  }
  const clear = () => {
    setChosen(null)
    setResult(null)
  }
  return { chosen, preview: result, fileError, loading, runPreview, clear }
}
