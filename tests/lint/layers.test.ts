/**
 * The layer rules of docs/architecture.md, fed each forbidden case: ESLint must refuse it.
 * The files need not exist; ESLint applies the rules of the folder the path names.
 */
import { ESLint } from 'eslint'
import tseslint from 'typescript-eslint'
import { beforeAll, describe, expect, it } from 'vitest'

let eslint: ESLint

beforeAll(() => {
  // Type information is not needed for the layer rules, and virtual files have none.
  eslint = new ESLint({
    cwd: `${__dirname}/../..`,
    overrideConfig: [tseslint.configs.disableTypeChecked],
  })
}, 120_000)

async function messages(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path })
  return result!.messages.map((m) => `${m.ruleId ?? 'fatal'}: ${m.message}`)
}

const refused: [string, string, string, RegExp][] = [
  ['window in shared/', 'shared/model/x.ts', 'export const w = window.innerWidth\n', /no «window»/],
  [
    'document in shared/',
    'shared/policy/x.ts',
    'export const t = document.title\n',
    /no «document»/,
  ],
  ['process in shared/', 'shared/law/x.ts', 'export const e = process.env.HOME\n', /no «process»/],
  ['Buffer in shared/', 'shared/checks/x.ts', "export const b = Buffer.from('x')\n", /no «Buffer»/],
  [
    'a Node built-in in shared/',
    'shared/ropa/x.ts',
    "import { readFileSync } from 'node:fs'\nexport const r = readFileSync\n",
    /only relative files and these packages/,
  ],
  [
    'a Node-only package in shared/',
    'shared/audit/x.ts',
    "import JSZip from 'jszip'\nexport const z = JSZip\n",
    /only relative files and these packages/,
  ],
  [
    'react in shared/',
    'shared/model/x.ts',
    "import { useState } from 'react'\nexport const u = useState\n",
    /only relative files and these packages/,
  ],
  [
    'the renderer in shared/',
    'shared/model/x.ts',
    "import { db } from '../../renderer/src/db/db'\nexport const d = db\n",
    /shared\/ imports nothing from renderer/,
  ],
  [
    'ipcRenderer in electron/main',
    'electron/main/x.ts',
    "import { ipcRenderer } from 'electron'\nexport const i = ipcRenderer\n",
    /belong to electron\/preload/,
  ],
  [
    'contextBridge in electron/main',
    'electron/main/ipc/x.ts',
    "import { contextBridge } from 'electron'\nexport const c = contextBridge\n",
    /belong to electron\/preload/,
  ],
  [
    'dexie in a feature',
    'renderer/src/features/activities/x.ts',
    "import Dexie from 'dexie'\nexport const d = Dexie\n",
    /only through renderer\/src\/db/,
  ],
  [
    'another feature’s internals',
    'renderer/src/features/activities/x.ts',
    "import { x } from '../policy/preview-internals'\nexport const y = x\n",
    /only through the modules it offers/,
  ],
  [
    'a transaction in a feature',
    'renderer/src/features/policy/x.ts',
    "export const f = (db: any) => db.transaction('rw', [db.clauses], async () => {})\n",
    /Transactions belong to renderer\/src\/db/,
  ],
  [
    'a table write in a feature',
    'renderer/src/features/activities/x.ts',
    "export const f = (db: any) => db.settings.put({ key: 'k', value: 1 })\n",
    /Table writes go through renderer\/src\/db\/repo/,
  ],
  [
    'a table write in the app shell',
    'renderer/src/app/x.ts',
    "export const f = (db: any) => db.activities.delete('a')\n",
    /Table writes go through renderer\/src\/db\/repo/,
  ],
  [
    'node in the renderer',
    'renderer/src/app/x.ts',
    "import { readFileSync } from 'node:fs'\nexport const r = readFileSync\n",
    /no node built-ins/,
  ],
  [
    'the Node side in the renderer',
    'renderer/src/app/x.ts',
    "import { x } from '../../../electron/main/security'\nexport const y = x\n",
    /does not import the Node side/,
  ],
]

describe('layer rules', () => {
  it.each(refused)(
    'refuse %s',
    async (_name, path, code, expected) => {
      const found = await messages(path, code)
      expect(found.join('\n')).toMatch(expected)
    },
    120_000,
  )

  it.each([
    [
      'zod and relative files in shared/',
      'shared/model/x.ts',
      "import { z } from 'zod'\nimport { y } from './y'\nexport const s = [z, y]\n",
    ],
    [
      'a public module of another feature',
      'renderer/src/features/activities/x.ts',
      "import { x } from '../history/record-history'\nexport const y = x\n",
    ],
    [
      'ipcMain in electron/main',
      'electron/main/x.ts',
      "import { ipcMain } from 'electron'\nexport const i = ipcMain\n",
    ],
    [
      'contextBridge in the preload',
      'electron/preload/x.ts',
      "import { contextBridge } from 'electron'\nexport const c = contextBridge\n",
    ],
    [
      'a transaction in the repository layer',
      'renderer/src/db/repo/x.ts',
      "export const f = (db: any) => db.transaction('rw', [db.clauses], async () => db.clauses.put({}))\n",
    ],
    [
      'add on a set in a feature',
      'renderer/src/features/activities/x.ts',
      'export const f = (s: Set<string>) => s.add(\'x\')\n',
    ],
  ])(
    'accept %s',
    async (_name, path, code) => {
      const found = (await messages(path, code)).filter((m) => /no-restricted/.test(m))
      expect(found).toEqual([])
    },
    120_000,
  )
})
