import { makeTestVideos } from '../../../scripts/make-test-videos.mjs'

/** Makes the fake-camera videos once (ffmpeg, from the public-domain portrait in ../shared). */
export default function globalSetup(): void {
  makeTestVideos()
}
