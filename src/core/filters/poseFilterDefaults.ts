/**
 * Default 1€ parameters (Casiez, Roussel & Vogel, CHI 2012) for the head pose from MediaPipe's
 * facial transformation matrix (translation in cm, rotation in rad).
 *
 * Tuned on the whole per-result chain (this filter, the anchors and `AnchorRefiner`), replayed
 * offline on a real recording: `npm run bench -- --record FILE` saved each tracked result
 * (timestamp, matrix, landmarks) in Chromium on the still and moving test videos (5.7 results/s on
 * a 2-core machine, CPU delegate, software GPU; 140 + 135 results), and
 * `npx tsx bench/poseFilterTuning.ts --recording FILE` replayed them with their real timestamps and
 * the try-on benchmark's metrics. The replay of the previous defaults (0.5 Hz / 0.75, 1 Hz / 12,
 * residual 0.5 Hz) gave what the browser measured on that run: still-face jitter 0.310% IOD, moving
 * error p95 4.25%, lag 0. These defaults (0.25 Hz / 1.5, 0.25 Hz / 8, residual 0.6 Hz) give jitter
 * 0.229% (target ≤ 0.3%; 0.235 / 0.225 on each half of the recording), moving error p95 3.2%,
 * still error p95 0.37%, lag 0 frames, head-rotation lag 0.25 frames. Every grid neighbour (one
 * parameter one step away) stays at jitter ≤ 0.26% and moving error ≤ 3.8%. Jitter is set mostly
 * by the rotation cutoff and the residual cutoff; the position cutoff hardly matters because the
 * refiner pulls the bridge onto its landmark. Re-record on a 30 fps webcam before changing these.
 */

/**
 * Position cutoff at rest, Hz. Lower removes more jitter from a still face but makes the glasses
 * trail the head when motion starts (before speed has raised the cutoff).
 */
export const POSE_POSITION_MIN_CUTOFF_HZ = 0.25
/**
 * Position speed coefficient, Hz per cm/s. Higher cuts lag on a moving head; too high lets
 * tracker noise (which looks like speed) raise the cutoff on a still face and bring jitter back.
 */
export const POSE_POSITION_BETA = 1.5
/**
 * Rotation cutoff at rest, Hz. Lower steadies the frames on a still face but makes them lag when
 * the head starts to turn.
 */
export const POSE_ROTATION_MIN_CUTOFF_HZ = 0.25
/**
 * Rotation speed coefficient, Hz per rad/s. Higher keeps the frames on the face during a head
 * turn; too high passes rotation noise through on a still face. A head shake peaks near 1 rad/s,
 * so values around 1 still lag 2-3 frames; 5 brings it under one.
 */
export const POSE_ROTATION_BETA = 8
/**
 * Cutoff of the speed estimate's low-pass, Hz (position and rotation). Lower gives a steadier
 * speed, so noise raises the cutoff less, but the cutoff reacts later to a real motion start.
 */
export const POSE_D_CUTOFF_HZ = 1
/**
 * Cutoff for the matrix's scale, Hz, with no speed term: a head does not change size, so any
 * scale change is estimation noise and can be smoothed hard at no visible cost.
 */
export const POSE_SCALE_CUTOFF_HZ = 0.5
