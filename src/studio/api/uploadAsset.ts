import type { ProductCategory } from '../../core/catalog/types'
import { ApiProblem } from './ApiProblem'
import { API_BASE } from './StudioApi'
import type { AssetView } from './types'

/** Where an upload is: bytes sent so far, then the service at work (validation, optimisation). */
export type UploadProgress = { phase: 'sending'; loaded: number; total: number } | { phase: 'processing' }

/** A running upload: its outcome, and a way to cancel it. */
export interface UploadHandle {
  /** The stored asset (`created` false when the same file was uploaded before), or an ApiProblem. */
  done: Promise<{ asset: AssetView; created: boolean }>
  abort(): void
}

/**
 * `POST /api/v1/assets` through XMLHttpRequest, whose upload events give a real progress bar
 * (fetch has no upload progress without streaming bodies, which need HTTP/2). The service checks,
 * validates and optimises before it answers; `onProgress` says when the bytes are all sent.
 */
export function uploadAsset(token: string, file: Blob, category: ProductCategory, onProgress: (p: UploadProgress) => void): UploadHandle {
  const xhr = new XMLHttpRequest()
  const done = new Promise<{ asset: AssetView; created: boolean }>((resolve, reject) => {
    xhr.open('POST', `${API_BASE}/assets?category=${encodeURIComponent(category)}`)
    xhr.setRequestHeader('Authorization', `Bearer ${token}`)
    xhr.setRequestHeader('Content-Type', 'model/gltf-binary')
    xhr.upload.onprogress = (event) => onProgress({ phase: 'sending', loaded: event.loaded, total: event.lengthComputable ? event.total : file.size })
    xhr.upload.onload = () => onProgress({ phase: 'processing' })
    xhr.onload = () => {
      if (xhr.status === 200 || xhr.status === 201) {
        try {
          resolve({ asset: JSON.parse(xhr.responseText) as AssetView, created: xhr.status === 201 })
        } catch {
          reject(new ApiProblem(xhr.status, 'bad_response', 'the catalog service accepted the file but its answer is not JSON'))
        }
        return
      }
      reject(ApiProblem.fromResponse(xhr.status, xhr.responseText, 'the upload'))
    }
    // A refused oversized body can close the connection before the answer is read.
    xhr.onerror = () => reject(ApiProblem.unreachable('the upload', 'the connection closed; a file over the service\'s upload limit (25 MB by default) is cut off this way'))
    xhr.onabort = () => reject(new ApiProblem(0, 'aborted', 'the upload was cancelled; nothing was stored'))
    xhr.send(file)
  })
  return { done, abort: () => xhr.abort() }
}
