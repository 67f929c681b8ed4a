// Types for the parts of the Khronos glTF validator (npm "gltf-validator", compiled from Dart,
// shipped without typings) that the pipeline uses.
declare module 'gltf-validator' {
  export interface ValidatorMessage {
    code: string
    message: string
    /** 0 error, 1 warning, 2 information, 3 hint. */
    severity: 0 | 1 | 2 | 3
    pointer?: string
    offset?: number
  }
  export interface ValidationReport {
    validatorVersion: string
    mimeType: string
    issues: { numErrors: number; numWarnings: number; numInfos: number; numHints: number; messages: ValidatorMessage[]; truncated: boolean }
    info?: Record<string, unknown>
  }
  export interface ValidationOptions {
    uri?: string
    format?: 'glb' | 'gltf'
    maxIssues?: number
    writeTimestamp?: boolean
    ignoredIssues?: string[]
    severityOverrides?: Record<string, number>
  }
  const validator: {
    validateBytes(data: Uint8Array, options?: ValidationOptions): Promise<ValidationReport>
    version(): string
  }
  export default validator
}
