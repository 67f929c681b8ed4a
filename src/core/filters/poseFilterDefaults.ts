/**
 * Default 1€ parameters (Casiez, Roussel & Vogel, CHI 2012) for the head pose from MediaPipe's
 * facial transformation matrix (translation in cm, rotation in rad).
 *
 * Tuned by measurement on real tracker output: `npm run bench -- --record FILE` recorded poses in
 * Chromium on the still and moving test videos (about 8 results/s on a 2-core machine with a
 * software GPU) and `npx tsx bench/poseFilterTuning.ts --recording FILE` swept (minCutoff, beta);
 * the try-on benchmark then checked the picks on the rendered glasses:
 * - 1 Hz / 0.3 and 2 Hz / 5 (the synthetic-data pick): jitter 0.33% IOD, moving-face error p95 7.9%;
 * - 1 Hz / 0.75 and 2 Hz / 12: jitter 0.33%, moving-face error p95 4.4%;
 * - 0.5 Hz / 0.75 and 1 Hz / 12 (these defaults): jitter 0.27-0.28% (target ≤ 0.3%), moving-face
 *   error p95 4.5-4.6%, lag 0.0 frames (target ≤ 1). At 30 fps they cut jitter over 4× (unit test).
 * Re-record on a 30 fps webcam with a real head before changing these.
 */

/**
 * Position cutoff at rest, Hz. Lower removes more jitter from a still face but makes the glasses
 * trail the head when motion starts (before speed has raised the cutoff).
 */
export const POSE_POSITION_MIN_CUTOFF_HZ = 0.5
/**
 * Position speed coefficient, Hz per cm/s. Higher cuts lag on a moving head; too high lets
 * tracker noise (which looks like speed) raise the cutoff on a still face and bring jitter back.
 */
export const POSE_POSITION_BETA = 0.75
/**
 * Rotation cutoff at rest, Hz. Lower steadies the frames on a still face but makes them lag when
 * the head starts to turn.
 */
export const POSE_ROTATION_MIN_CUTOFF_HZ = 1
/**
 * Rotation speed coefficient, Hz per rad/s. Higher keeps the frames on the face during a head
 * turn; too high passes rotation noise through on a still face. A head shake peaks near 1 rad/s,
 * so values around 1 still lag 2-3 frames; 5 brings it under one.
 */
export const POSE_ROTATION_BETA = 12
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
