import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'release/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }]
    }
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules
  },
  {
    // Icons come decorative from renderer/src/lib/icons (antd's own names are English and reach screen readers).
    files: ['renderer/**/*.{ts,tsx}'],
    ignores: ['renderer/src/lib/icons.tsx'],
    rules: { 'no-restricted-imports': ['error', { paths: [{ name: '@ant-design/icons', message: 'Import icons from renderer/src/lib/icons.' }] }] }
  },
  {
    // core must stay runnable under plain Node: no Electron inside it.
    files: ['electron/core/**/*.ts', 'shared/**/*.ts', 'electron/server/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: ['electron'] }] }
  }
)
