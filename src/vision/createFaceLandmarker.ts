import { FaceLandmarker, type FilesetResolver } from '@mediapipe/tasks-vision'
import type { TrackerDelegate } from '../core/face/types'
import { graphicsCanvas } from './graphicsCanvas'

export type VisionFileset = Awaited<ReturnType<typeof FilesetResolver.forVisionTasks>>

/**
 * The Face Landmarker as Vitrine runs it (VIDEO mode, blendshapes and transformation matrices),
 * shared by the tracking worker and the benchmark's bare-detect worker so both measure the same
 * model with the same options.
 */
export function createFaceLandmarker(fileset: VisionFileset, model: Uint8Array, delegate: TrackerDelegate, maxFaces: number): Promise<FaceLandmarker> {
  return FaceLandmarker.createFromOptions(fileset, {
    canvas: graphicsCanvas(),
    baseOptions: { modelAssetBuffer: model, delegate },
    runningMode: 'VIDEO',
    numFaces: maxFaces,
    outputFaceBlendshapes: true,
    outputFacialTransformationMatrixes: true,
  })
}
