import { PoseFilter, type PoseFilterParams } from '../filters/PoseFilter'
import { AnchorRefiner, ANCHOR_RESIDUAL_CUTOFF_HZ } from './AnchorRefiner'
import { computeAnchorPoses } from './computeAnchors'
import type { AnchorName, AnchorPose, TrackingCamera } from './types'

const NO_LANDMARKS = new Float32Array(0)

/** Where the chain writes: the smoothed head pose and the anchors placed on it. */
export interface FacePoseOutput {
  poseMatrix: Float64Array
  anchors: Record<AnchorName, AnchorPose>
}

/**
 * What happens to each tracked result between the model and the renderer: the head pose is
 * smoothed (PoseFilter), the anchors are placed on it (computeAnchorPoses) and the landmark-based
 * ones are moved onto their landmarks (AnchorRefiner). One place, so the app (FaceSession) and the
 * smoothing tuning's offline replay run exactly the same steps. Allocates nothing per call.
 */
export class FacePoseChain {
  private readonly poseFilter: PoseFilter
  private readonly refiner: AnchorRefiner

  constructor(smoothing: Partial<PoseFilterParams> = {}, residualCutoffHz = ANCHOR_RESIDUAL_CUTOFF_HZ) {
    this.poseFilter = new PoseFilter(smoothing)
    this.refiner = new AnchorRefiner(residualCutoffHz)
  }

  /**
   * One tracked result. `landmarks` undefined: a pose given by hand (held), whose anchors come
   * from the pose alone and are not refined.
   */
  update(transform: ArrayLike<number>, landmarks: ArrayLike<number> | undefined, camera: TrackingCamera, timestampSec: number, out: FacePoseOutput): void {
    this.poseFilter.filter(transform, timestampSec, out.poseMatrix)
    computeAnchorPoses(out.poseMatrix, landmarks ?? NO_LANDMARKS, camera, out.anchors)
    if (landmarks) this.refiner.refine(out.anchors, camera, timestampSec)
  }

  /** The face was lost: a returning face snaps into place instead of sliding in. */
  reset(): void {
    this.poseFilter.reset()
    this.refiner.reset()
  }

  /** A pose is about to be given by hand: shown as given, not slid to. */
  resetPose(): void {
    this.poseFilter.reset()
  }

  /** Landmarks come back after a held pose: the residual starts afresh. */
  resetAnchors(): void {
    this.refiner.reset()
  }
}
