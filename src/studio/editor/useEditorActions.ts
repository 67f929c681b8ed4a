import { useState } from 'react'
import type { AssetIssue } from '../../core/catalog/asset/types'
import type { ManifestIssue, ProductManifest } from '../../core/catalog/types'
import { ApiProblem } from '../api/ApiProblem'
import type { StudioApi } from '../api/StudioApi'
import type { AssetView, ProductView } from '../api/types'
import { draftToInput } from './draftToInput'
import type { ProductDraft } from './ProductDraft'

/** The outcome of the last action, said in words under the buttons. */
export type ActionMessage = { kind: 'ok' | 'error'; text: string; issues?: AssetIssue[] | undefined }

export interface EditorActionContext {
  api: StudioApi
  asset: AssetView | undefined
  product: ProductView | undefined
  draft: ProductDraft
  dirty: boolean
  /** Problems the shared rules find in the draft as typed. */
  localErrors: number
  onSaved: (product: ProductView, message: ActionMessage) => void
  onDeleted: (id: string) => void
  onProblem: (error: unknown) => void
  /**
   * Makes the catalog thumbnail after a save that needs one (before publishing, so shoppers get
   * the product with its picture). `update` never rejects: it says its own failures.
   */
  thumbnail?: {
    isStale: (before: ProductManifest | undefined, after: ProductManifest) => boolean
    update: (product: ProductView) => Promise<ProductView>
  }
}

export const PUBLISHED_MESSAGE = 'Published: shoppers see it in the catalog now.'
const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1)

/** A failed action in words, with the checks the service listed (a refused publication names them). */
function failure(error: unknown, prefix = ''): ActionMessage {
  const problem = error instanceof ApiProblem ? error : undefined
  const checks = (problem?.issues ?? []).filter((i) => typeof i.code === 'string' && typeof i.severity === 'string') as AssetIssue[]
  return { kind: 'error', text: `${prefix}${capitalise(problem?.message ?? (error instanceof Error ? error.message : String(error)))}.`, issues: checks }
}

/**
 * Save, publish, unpublish and delete, each reporting in words; field problems the service names
 * (`details.issues` with a path) come back as `serverIssues` for the form to show in place.
 */
export function useEditorActions(ctx: EditorActionContext) {
  const [busy, setBusy] = useState<string | undefined>()
  const [message, setMessage] = useState<ActionMessage | undefined>()
  const [serverIssues, setServerIssues] = useState<ManifestIssue[]>([])

  const run = async (label: string, sendsDraft: boolean, work: () => Promise<void>) => {
    if (sendsDraft && ctx.localErrors > 0) {
      setMessage({ kind: 'error', text: `Nothing was sent: fix the ${ctx.localErrors === 1 ? 'problem' : `${ctx.localErrors} problems`} marked in the form first.` })
      return
    }
    setBusy(label)
    setMessage(undefined)
    try {
      await work()
      setServerIssues([])
    } catch (error) {
      ctx.onProblem(error)
      const issues = error instanceof ApiProblem ? error.issues : []
      setServerIssues(issues.filter((i) => typeof i.path === 'string').map((i) => ({ path: i.path!, message: i.message })))
      setMessage(failure(error))
    } finally {
      setBusy(undefined)
    }
  }

  /** Creates the product (new) or sends the changes (existing, when there are some); returns it. */
  const save = async (): Promise<ProductView> => {
    if (!ctx.product) {
      if (!ctx.asset) throw new Error('the model is not loaded yet')
      return ctx.api.createProduct({ ...draftToInput(ctx.draft, 'create'), assetId: ctx.asset.id })
    }
    return ctx.dirty ? ctx.api.updateProduct(ctx.product.id, draftToInput(ctx.draft, 'update')) : ctx.product
  }

  /** Saves, then makes the thumbnail again when the save changed what it shows (or there is none). */
  const saveWithThumbnail = async (): Promise<ProductView> => {
    const saved = await save()
    if (!ctx.thumbnail?.isStale(ctx.product?.manifest, saved.manifest)) return saved
    setBusy('Saved. Making the catalog thumbnail…')
    return ctx.thumbnail.update(saved)
  }

  return {
    busy, message, serverIssues,
    save: () => run('Saving…', true, async () => {
      const saved = await saveWithThumbnail()
      const text = !ctx.product ? 'Saved as a draft. Shoppers do not see it until you publish it.'
        : saved.state === 'published' ? 'Changes saved. They are live for shoppers.' : 'Changes saved.'
      ctx.onSaved(saved, { kind: 'ok', text })
    }),
    publish: () => run(ctx.dirty || !ctx.product ? 'Saving…' : 'Publishing…', true, async () => {
      const saved = await saveWithThumbnail()
      setBusy('Publishing…')
      try {
        ctx.onSaved(await ctx.api.publish(saved.id), { kind: 'ok', text: PUBLISHED_MESSAGE })
      } catch (error) {
        if (saved === ctx.product) throw error
        // What was saved (a new draft, changes, a thumbnail) stands: say so with the reason (a
        // second try must not make a second draft, nor show the saved changes as unsaved).
        ctx.onProblem(error)
        ctx.onSaved(saved, failure(error, ctx.product ? 'Saved, but not published: ' : 'Saved as a draft, but not published: '))
      }
    }),
    unpublish: () => run('Unpublishing…', false, async () => {
      if (ctx.product) ctx.onSaved(await ctx.api.unpublish(ctx.product.id), { kind: 'ok', text: 'Unpublished: back to draft; shoppers no longer see it.' })
    }),
    remove: () => run('Deleting…', false, async () => {
      if (!ctx.product) return
      await ctx.api.deleteProduct(ctx.product.id)
      ctx.onDeleted(ctx.product.id)
    }),
    clearServerIssues: () => setServerIssues([]),
    setMessage,
  }
}
