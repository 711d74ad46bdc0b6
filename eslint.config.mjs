// Layer boundaries of ARCHITECTURE.md are enforced here, not by goodwill.
import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'

const nodeBuiltins = [
  'node:*',
  'fs',
  'path',
  'os',
  'child_process',
  'crypto',
  'util',
  'stream',
  'url',
]

/** The packages shared/ may import: each runs in a browser, a Web Worker and Node alike. */
const sharedPackages = ['zod', 'docx', 'exceljs', 'fflate', 'htmlparser2', 'mammoth', 'i18n-iso-countries']

/** Names shared/ must not use: the page (window, document …) and Node's process. */
const sharedForbiddenGlobals = [
  'window',
  'document',
  'navigator',
  'localStorage',
  'sessionStorage',
  'indexedDB',
  'location',
  'alert',
  'confirm',
  'process',
  'Buffer',
  'require',
  '__dirname',
  '__filename',
  'global',
].map((name) => ({
  name,
  message: `shared/ runs in the renderer, workers and Node alike: no «${name}».`,
}))

/**
 * Modules a feature offers to other features (path from renderer/src/features, no extension).
 * Everything else in a feature's folder is its own.
 */
const featurePublic = [
  'history/record-history',
  'policy/engine',
  'policy/activity-policy-links',
  'policy/clause-text',
  'transfers/transfer-form',
  'transfers/transfer-model',
  'processors/processor-model',
  'excel/excel-actions',
  'start/new-organization',
  'registers/attachments-panel',
  'registers/register-alerts',
]

export default tseslint.config(
  {
    ignores: [
      'out/**',
      'dist/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      'bench/results/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.node, ...globals.browser },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/require-await': 'off',
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-misused-promises': [
        'error',
        { checksVoidReturn: { attributes: false } },
      ],
    },
  },
  {
    files: ['**/*.{js,mjs,cjs}'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ['shared/**/*.{ts,tsx}'],
    ignores: ['shared/**/*.test.ts', 'shared/**/test-*.ts'],
    rules: {
      // shared/ runs in the renderer, in Web Workers, in Node (CLI, main) alike: no page, no process.
      'no-restricted-globals': ['error', ...sharedForbiddenGlobals],
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: `^(?!\\.|(${sharedPackages.join('|')})(/|$))`,
              message: `shared/ may import only relative files and these packages: ${sharedPackages.join(', ')}. Add a package to the allow-list in eslint.config.mjs only if it runs in a browser, a worker and Node alike.`,
            },
            { regex: '^electron(/.*)?$', message: 'shared/ runs everywhere: no electron.' },
            {
              group: ['react', 'react-dom', 'react/*', 'react-dom/*'],
              message: 'shared/ runs everywhere: no react.',
            },
            {
              group: ['dexie', 'dexie-react-hooks'],
              message: 'shared/ runs everywhere: no dexie.',
            },
            { group: nodeBuiltins, message: 'shared/ runs in the browser too: no node built-ins.' },
            {
              group: ['**/renderer/**', '**/electron/**'],
              message: 'shared/ imports nothing from renderer/ or electron/.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    ignores: ['renderer/**/*.test.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^electron(/.*)?$',
              message: 'renderer/ reaches main only through renderer/src/platform.',
            },
            { group: nodeBuiltins, message: 'renderer/ has no node built-ins.' },
            {
              group: ['**/electron/main/**', '**/electron/cli/**'],
              message: 'renderer/ does not import the Node side.',
            },
          ],
        },
      ],
    },
  },
  {
    // Features reach the database only through renderer/src/db (repositories and hooks), and
    // another feature only through the modules it offers to others (featurePublic).
    files: ['renderer/src/features/**/*.{ts,tsx}'],
    ignores: ['renderer/**/*.test.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^electron(/.*)?$',
              message: 'renderer/ reaches main only through renderer/src/platform.',
            },
            { group: nodeBuiltins, message: 'renderer/ has no node built-ins.' },
            {
              group: ['**/electron/main/**', '**/electron/cli/**'],
              message: 'renderer/ does not import the Node side.',
            },
            {
              regex: '^dexie$',
              message: 'A feature reaches the database only through renderer/src/db.',
            },
            {
              regex: `^\\.\\./(?!(${featurePublic.join('|')})$)[a-z-]+/`,
              message: `A feature imports another feature only through the modules it offers to others (featurePublic in eslint.config.mjs): ${featurePublic.join(', ')}.`,
            },
          ],
        },
      ],
    },
  },
  {
    // Every write goes through renderer/src/db/repo, which validates, logs the change and
    // owns the transaction; a screen that opened its own would have to know which tables a
    // repository function touches. Reads of several tables at once: db/repo/read.ts.
    files: ['renderer/src/**/*.{ts,tsx}'],
    ignores: ['renderer/src/db/**', 'renderer/**/*.test.{ts,tsx}', 'renderer/**/test-*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.type='MemberExpression'][callee.property.name='transaction']",
          message:
            'Transactions belong to renderer/src/db: add a repository function that owns this one (db/repo).',
        },
        {
          selector:
            "CallExpression[callee.property.name=/^(add|put|update|delete|bulkAdd|bulkPut|bulkUpdate|bulkDelete|clear|modify)$/][callee.object.type='MemberExpression'][callee.object.object.name='db']",
          message:
            'Table writes go through renderer/src/db/repo (validated, logged, in its own transaction).',
        },
      ],
    },
  },
  {
    files: ['electron/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/renderer/**'], message: 'electron/ imports nothing from renderer/.' },
          ],
        },
      ],
    },
  },
  {
    // The main process never touches the renderer's side of IPC; only the preload does.
    files: ['electron/main/**/*.ts', 'electron/cli/**/*.ts'],
    ignores: ['electron/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'electron',
              importNames: ['ipcRenderer', 'contextBridge', 'webFrame'],
              message:
                'ipcRenderer, contextBridge and webFrame belong to electron/preload, never to the main process.',
            },
          ],
          patterns: [
            { group: ['**/renderer/**'], message: 'electron/ imports nothing from renderer/.' },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'window', 'document'],
    },
  },
  {
    files: ['**/*.test.{ts,tsx}', 'tests/**/*.ts', 'bench/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/unbound-method': 'off',
    },
  },
)
