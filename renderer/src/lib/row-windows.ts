/** Rows per request: a screen is about twenty, so a window and its neighbour cover any view. */
export const WINDOW_ROWS = 100

/** The windows that hold rows first..last (inclusive), in order: the rows in view ask for exactly these. */
export function windowsOf(first: number, last: number): number[] {
  if (last < first) return []
  const windows: number[] = []
  for (let window = Math.floor(first / WINDOW_ROWS); window <= Math.floor(last / WINDOW_ROWS); window++) windows.push(window)
  return windows
}

/** Where a window starts in the whole list, and how many rows it asks for. */
export const windowRange = (window: number) => ({ offset: window * WINDOW_ROWS, limit: WINDOW_ROWS })

/** The row at `index` of the whole list, looked up in the fetched windows; undefined while its window is not here. */
export function rowAt<R>(windows: ReadonlyMap<number, readonly R[]>, index: number): R | undefined {
  return windows.get(Math.floor(index / WINDOW_ROWS))?.[index % WINDOW_ROWS]
}
