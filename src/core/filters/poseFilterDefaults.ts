/**
 * Default 1€ parameters (Casiez, Roussel & Vogel, CHI 2012) for the head pose from MediaPipe's
 * facial transformation matrix (translation in cm, rotation in rad).
 *
 * Tuned by measurement, in two steps:
 * - Cutoffs at rest (1 Hz position, 2 Hz rotation): `bench/poseFilterTuning.ts` on 30 fps data
 *   with webcam-like noise; they cut still-face jitter more than 4× at 30 fps (unit tested).
 * - Speed coefficients (0.75, 12): real tracker poses recorded in Chromium on the moving test
 *   video (`npm run bench -- --record FILE`, then the tuning tool with `--recording FILE`). In the
 *   try-on benchmark they brought the moving-face nose-bridge error p95 from 7.9% to 4.4% of the
 *   interocular distance, with the still-face jitter unchanged (0.33%) and 0.0 frames of lag.
 * Re-record on a 30 fps webcam with a real head before changing these.
 */

/**
 * Position cutoff at rest, Hz. Lower removes more jitter from a still face but makes the glasses
 * trail the head when motion starts (before speed has raised the cutoff).
 */
export const POSE_POSITION_MIN_CUTOFF_HZ = 1
/**
 * Position speed coefficient, Hz per cm/s. Higher cuts lag on a moving head; too high lets
 * tracker noise (which looks like speed) raise the cutoff on a still face and bring jitter back.
 */
export const POSE_POSITION_BETA = 0.75
/**
 * Rotation cutoff at rest, Hz. Lower steadies the frames on a still face but makes them lag when
 * the head starts to turn.
 */
export const POSE_ROTATION_MIN_CUTOFF_HZ = 2
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
