import fs from 'node:fs'
import path from 'node:path'
import Ajv from 'ajv'
import { load } from 'js-yaml'
import { describe, expect, test } from 'vitest'

const root = path.resolve(import.meta.dirname, '../..')
interface BuilderConfig {
  win: { target: unknown; icon: string }
  nsis: { perMachine: boolean; allowElevation: boolean }
  asarUnpack: string[]
  npmRebuild: boolean
  electronFuses: Record<string, boolean>
}
const config = load(fs.readFileSync(path.join(root, 'electron-builder.yml'), 'utf8')) as BuilderConfig

describe('electron-builder.yml (the Windows installer)', () => {
  test('is valid against electron-builder’s own schema', () => {
    const schema = JSON.parse(fs.readFileSync(path.join(root, 'node_modules/app-builder-lib/scheme.json'), 'utf8'))
    const validate = new Ajv({ allErrors: true, strict: false }).compile(schema)
    expect(validate(config), JSON.stringify(validate.errors)).toBe(true)
  })

  test('x64 NSIS installer, per user, no admin rights, the app icon', () => {
    expect(config.win.target).toEqual([{ target: 'nsis', arch: ['x64'] }])
    expect(config.nsis.perMachine).toBe(false)
    expect(config.nsis.allowElevation).toBe(false)
    expect(fs.existsSync(path.join(root, config.win.icon))).toBe(true)
  })

  test('better-sqlite3 is unpacked from the asar and rebuilt at packaging time; fuses are set', () => {
    expect(config.asarUnpack).toContain('node_modules/better-sqlite3/**')
    expect(config.npmRebuild).toBe(true)
    expect(config.electronFuses).toMatchObject({ runAsNode: false, onlyLoadAppFromAsar: true, enableNodeCliInspectArguments: false })
  })
})

describe('package.json', () => {
  const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'))
  test('has the scripts the README promises and targets Node ≥ 22.12', () => {
    for (const script of ['start', 'start:web', 'test', 'build', 'dist:win', 'bench']) expect(pkg.scripts[script], script).toBeTruthy()
    expect(pkg.engines.node).toBe('>=22.12')
  })
})
