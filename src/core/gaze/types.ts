/** Physical layout of the screen the shopper looks at, relative to the camera. */
export interface ScreenGeometry {
  /** Visible picture width, centimetres. */
  widthCm: number
  /** Visible picture height, centimetres. */
  heightCm: number
  /** Distance from the camera's centre down to the picture's top edge, centimetres. */
  cameraAboveTopCm: number
}

/** What the face tells about where the eyes point, before any screen mapping. */
export interface EyeGaze {
  /** Gaze direction's yaw, radians, camera space (+ towards camera +X, the image's right). */
  yawRad: number
  /** Gaze direction's pitch, radians (+ up). */
  pitchRad: number
  /** Mean lid gap / eye width of both eyes (≈0.3 open, <0.12 closed). */
  openness: number
  /** Head yaw and pitch, radians, from the pose alone. */
  headYawRad: number
  headPitchRad: number
}

/** A fitted calibration: per screen axis, out = c0 + c1·x + c2·y of the uncalibrated point. */
export interface GazeCalibrationFit {
  x: readonly [number, number, number]
  y: readonly [number, number, number]
  /** Root-mean-square residual at the calibration dots, normalised screen units. */
  rmsError: number
  /** Number of dots the fit used. */
  dots: number
}
