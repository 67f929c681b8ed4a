export { layoutProductWall, rayHitsWall, tileCentre, WALL_DISTANCE_M, type ProductWall } from './productWall'
export { gazeSourceConfidence, EYE_GAZE_CONFIDENCE, HEAD_GAZE_CONFIDENCE, type GazeSourceKind } from './gazeSourceConfidence'
