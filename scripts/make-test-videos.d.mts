export const VIDEO_DIR: string
export const FACE_IMAGE: string
export function videoPath(name: string): string
export function imageToVideo(image: string, out: string, seconds?: number): void
export function makeTestVideos(): void
