#!/usr/bin/env node
// `npm test`: every test — unit tests (Vitest, Node) then end-to-end tests (Playwright, Debian's
// Chromium, real model, fake camera) — and one closing line "N passed, N failed".
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const reports = join(root, 'test', '.cache', 'reports')
rmSync(reports, { recursive: true, force: true })
mkdirSync(reports, { recursive: true })

function run(command, args) {
  console.log(`\n$ ${command} ${args.join(' ')}`)
  return spawnSync(command, args, { cwd: root, stdio: 'inherit', env: process.env }).status ?? 1
}

function readJson(path) {
  return existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : undefined
}

const setup = run('node', ['scripts/setup-model.mjs'])
if (setup !== 0) process.exit(setup)

const unitStatus = run('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile=${join(reports, 'unit.json')}`])
const e2eStatus = run('npx', ['playwright', 'test'])

const unit = readJson(join(reports, 'unit.json'))
const e2e = readJson(join(reports, 'e2e.json'))
const unitPassed = unit?.numPassedTests ?? 0
const unitFailed = unit ? unit.numFailedTests : 1
const e2ePassed = e2e?.stats ? e2e.stats.expected + e2e.stats.flaky : 0
const e2eFailed = e2e?.stats ? e2e.stats.unexpected : 1
const e2eSkipped = e2e?.stats?.skipped ?? 0

console.log(`\nunit: ${unitPassed} passed, ${unitFailed} failed`)
console.log(`e2e: ${e2ePassed} passed, ${e2eFailed} failed${e2e?.stats?.flaky ? ` (${e2e.stats.flaky} passed on retry)` : ''}`)
console.log(`${unitPassed + e2ePassed} passed, ${unitFailed + e2eFailed} failed${e2eSkipped ? `, ${e2eSkipped} skipped` : ''}`)
process.exit(unitStatus !== 0 || e2eStatus !== 0 || unitFailed + e2eFailed > 0 ? 1 : 0)
