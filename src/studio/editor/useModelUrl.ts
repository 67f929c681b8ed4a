import { useEffect, useState } from 'react'
import type { StudioApi } from '../api/StudioApi'
import type { AssetView } from '../api/types'
import { assetBlobUrl } from '../preview/assetBlobUrl'

/** The in-memory URL of an asset's stored file for the preview, or why it could not be fetched. */
export function useModelUrl(api: StudioApi, asset: AssetView | undefined, onProblem: (error: unknown) => void) {
  const [state, setState] = useState<{ url?: string; error?: string }>({})
  useEffect(() => {
    if (!asset) return
    let live = true
    setState({})
    assetBlobUrl(api, asset).then(
      (url) => live && setState({ url }),
      (error: unknown) => {
        onProblem(error)
        if (live) setState({ error: error instanceof Error ? error.message : String(error) })
      },
    )
    return () => {
      live = false
    }
  }, [api, asset, onProblem])
  return state
}
