import { useCallback, useEffect, useRef, useState } from 'react'
import { checkGlb } from '../../core/catalog/asset/checkGlb'
import type { AssetIssue, AssetReport } from '../../core/catalog/asset/types'
import type { ProductCategory } from '../../core/catalog/types'
import { ApiProblem } from '../api/ApiProblem'
import type { AssetView } from '../api/types'
import { uploadAsset, type UploadHandle } from '../api/uploadAsset'

/** Where one upload is, for the panel to say in words. */
export type UploadState =
  | { phase: 'idle' }
  | { phase: 'checking'; fileName: string }
  | { phase: 'refused-here'; fileName: string; issues: AssetIssue[] }
  | { phase: 'sending'; fileName: string; loaded: number; total: number }
  | { phase: 'processing'; fileName: string; total: number }
  | { phase: 'failed'; fileName: string; message: string; issues: AssetIssue[]; report?: AssetReport | undefined }

/**
 * One upload at a time: the file is first held to our GLB rules here (core/catalog, the same code
 * and messages as the service, so an obviously broken file is not sent at all), then posted with
 * progress. The service validates and optimises; its report goes to `onAccepted`.
 */
export function useUpload(token: string, onAccepted: (asset: AssetView, fileName: string) => void, onProblem: (error: unknown) => void) {
  const [state, setState] = useState<UploadState>({ phase: 'idle' })
  const handle = useRef<UploadHandle | undefined>(undefined)
  useEffect(() => () => handle.current?.abort(), [])

  const start = useCallback(async (file: File, category: ProductCategory) => {
    handle.current?.abort()
    const fileName = file.name
    setState({ phase: 'checking', fileName })
    const check = checkGlb(new Uint8Array(await file.arrayBuffer()))
    if (!check.ok) {
      setState({ phase: 'refused-here', fileName, issues: check.issues.filter((i) => i.severity === 'error') })
      return
    }
    setState({ phase: 'sending', fileName, loaded: 0, total: file.size })
    const upload = uploadAsset(token, file, category, (p) => {
      setState(p.phase === 'sending' ? { phase: 'sending', fileName, loaded: p.loaded, total: p.total } : { phase: 'processing', fileName, total: file.size })
    })
    handle.current = upload
    try {
      const { asset } = await upload.done
      setState({ phase: 'idle' })
      onAccepted(asset, fileName)
    } catch (error) {
      onProblem(error)
      const problem = error instanceof ApiProblem ? error : undefined
      const report = problem?.details.report as AssetReport | undefined
      setState({
        phase: 'failed', fileName, report,
        message: problem?.message ?? String(error),
        issues: report?.issues.filter((i) => i.severity === 'error') ?? (problem?.issues as AssetIssue[] | undefined) ?? [],
      })
    } finally {
      if (handle.current === upload) handle.current = undefined
    }
  }, [token, onAccepted, onProblem])

  const cancel = useCallback(() => handle.current?.abort(), [])
  const reset = useCallback(() => setState({ phase: 'idle' }), [])
  return { state, start, cancel, reset }
}
