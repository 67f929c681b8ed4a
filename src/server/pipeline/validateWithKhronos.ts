import validator from 'gltf-validator'
import type { AssetIssue, AssetReport } from '../../core/catalog/asset'

/** Issues the validator reports at most; the counts stay exact. */
export const KHRONOS_MAX_ISSUES = 100

/** Outcome of the Khronos glTF validator: its errors and warnings as our issues, and its counts. */
export interface KhronosResult {
  issues: AssetIssue[]
  summary: NonNullable<AssetReport['khronos']>
}

/**
 * Runs the Khronos glTF validator on GLB bytes. Errors and warnings become issues with the
 * validator's own code, message and JSON pointer; infos and hints are only counted. A file the
 * validator cannot read at all gives one error issue.
 */
export async function validateWithKhronos(bytes: Uint8Array): Promise<KhronosResult> {
  try {
    const report = await validator.validateBytes(bytes, { format: 'glb', maxIssues: KHRONOS_MAX_ISSUES, writeTimestamp: false })
    const issues: AssetIssue[] = []
    for (const m of report.issues.messages) {
      if (m.severity > 1) continue
      const issue: AssetIssue = { code: m.code, severity: m.severity === 0 ? 'error' : 'warning', message: m.message, source: 'khronos' }
      if (m.pointer !== undefined) issue.pointer = m.pointer
      issues.push(issue)
    }
    const { numErrors, numWarnings, numInfos, numHints } = report.issues
    return { issues, summary: { validatorVersion: report.validatorVersion, errors: numErrors, warnings: numWarnings, infos: numInfos, hints: numHints } }
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    return {
      issues: [{ code: 'KHRONOS_UNREADABLE', severity: 'error', message: `the Khronos glTF validator could not read the file: ${reason}`, source: 'khronos' }],
      summary: { validatorVersion: validator.version(), errors: 1, warnings: 0, infos: 0, hints: 0 },
    }
  }
}
