import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

/** The folder of the running bundle; a CommonJS bundle (the crash test's writer) has no import.meta.url, only __dirname. */
export function bundleDirOf(metaUrl: string | undefined): string {
  return metaUrl ? path.dirname(fileURLToPath(metaUrl)) : __dirname
}

/**
 * Where a worker thread's script is: the built one sits beside the main bundle (out/main, or one folder up from a
 * chunk; .cjs beside a CommonJS bundle); from the sources (tests, bench) tsx runs the .ts file in `sourceDir`.
 */
export function workerEntry(bundleDir: string, sourceDir: string, name: string): { file: string; execArgv: string[] } {
  for (const dir of [bundleDir, path.join(bundleDir, '..')]) {
    for (const extension of ['.js', '.cjs']) {
      const candidate = path.join(dir, name + extension)
      if (fs.existsSync(candidate)) return { file: candidate, execArgv: [] }
    }
  }
  return { file: path.join(sourceDir, `${name}.ts`), execArgv: ['--import', 'tsx'] }
}
