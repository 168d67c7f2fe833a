/**
 * Actions only the Electron shell can do (open in Word, show in folder, print, choose a folder). The browser mode has
 * none of them; the shell adds `window.desktop` with these functions later, and the pages show the buttons only then.
 */
export interface DesktopShell {
  openFile(path: string): Promise<void>
  showInFolder(path: string): Promise<void>
  printFile(path: string): Promise<void>
  chooseFolder(): Promise<string | null>
}

export function desktopShell(): DesktopShell | null {
  return (window as unknown as { desktop?: DesktopShell }).desktop ?? null
}

/** Browser mode: hands the bytes to the browser as a download. */
export function downloadBase64(fileName: string, base64: string): void {
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))
  const url = URL.createObjectURL(new Blob([bytes], { type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' }))
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  document.body.appendChild(link)
  link.click()
  link.remove()
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}
