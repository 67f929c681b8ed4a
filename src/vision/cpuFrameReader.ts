/**
 * Reads a frame's pixels into one reused RGBA buffer, for the model's CPU path.
 *
 * MediaPipe uploads ImageBitmaps through WebGL whatever the delegate; on a software rasteriser
 * that upload yields no usable image, and on the CPU delegate it is a round trip anyway. Pixels
 * from WebCodecs' `VideoFrame.copyTo` land in a buffer allocated once; where that conversion is
 * missing, a 2D canvas readback (which allocates) is the fallback.
 */
export class CpuFrameReader {
  private buffer: Uint8ClampedArray<ArrayBuffer> | undefined
  private image: ImageData | undefined
  private canvas: OffscreenCanvasRenderingContext2D | undefined
  private copyToWorks = typeof VideoFrame !== 'undefined'

  /** The image's pixels; valid until the next call. */
  async read(image: ImageBitmap | VideoFrame): Promise<ImageData> {
    const width = image instanceof VideoFrame ? (image.visibleRect?.width ?? image.codedWidth) : image.width
    const height = image instanceof VideoFrame ? (image.visibleRect?.height ?? image.codedHeight) : image.height
    if (this.copyToWorks) {
      try {
        return await this.readWithVideoFrame(image, width, height)
      } catch {
        this.copyToWorks = false // RGBA conversion unsupported here: use the canvas from now on
      }
    }
    if (!this.canvas || this.canvas.canvas.width !== width || this.canvas.canvas.height !== height) {
      const context = new OffscreenCanvas(width, height).getContext('2d', { willReadFrequently: true })
      if (!context) throw new Error('no 2D canvas to read the camera frame with')
      this.canvas = context
    }
    this.canvas.drawImage(image, 0, 0)
    return this.canvas.getImageData(0, 0, width, height)
  }

  private async readWithVideoFrame(image: ImageBitmap | VideoFrame, width: number, height: number): Promise<ImageData> {
    if (!this.image || this.image.width !== width || this.image.height !== height) {
      this.buffer = new Uint8ClampedArray(width * height * 4)
      this.image = new ImageData(this.buffer, width, height)
    }
    // A camera VideoFrame in memory converts on the CPU (~0.4 ms for 640 × 480 here); a bitmap is
    // usually a GPU texture, read back through the GPU process (~34 ms on a software GPU).
    const frame = image instanceof VideoFrame ? image : new VideoFrame(image, { timestamp: 0 })
    try {
      await frame.copyTo(this.buffer!, { format: 'RGBA' })
    } finally {
      if (frame !== image) frame.close()
    }
    return this.image
  }
}
