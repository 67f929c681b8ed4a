import { AmbientLight, CanvasTexture, Color, Mesh, MeshBasicMaterial, PerspectiveCamera, PlaneGeometry, Scene, SRGBColorSpace, WebGLRenderer } from 'three'
import type { ProductManifest } from '../core/catalog/types'
import { tileCentre, type ProductWall } from '../core/xr/productWall'
import { formatPrice } from '../ui/formatPrice'

/** The frame drawn round the looked-at tile, and how far it extends past the tile, metres. */
const LOOKED_AT_FRAME_COLOUR = new Color('#7cc4ff')
const LOOKED_AT_FRAME_M = 0.03
const LABEL_PX = 512

type FrameCallback = (timeMs: number, frame: XRFrame, space: XRReferenceSpace) => void

/**
 * The headset's view: a dark room with one labelled tile per product on a wall. three.js's
 * WebGLRenderer drives the XR frame loop (its WebXR manager is the mature path for headsets).
 */
export class ShowroomScene {
  private readonly renderer: WebGLRenderer
  private readonly scene = new Scene()
  private readonly camera = new PerspectiveCamera(70, 1, 0.05, 50)
  private readonly tiles = new Map<string, Mesh<PlaneGeometry, MeshBasicMaterial>>()
  private readonly frame: Mesh<PlaneGeometry, MeshBasicMaterial>

  constructor(products: readonly ProductManifest[], wall: ProductWall) {
    const canvas = document.createElement('canvas')
    this.renderer = new WebGLRenderer({ canvas, antialias: false, alpha: false })
    this.renderer.xr.enabled = true
    this.renderer.xr.setReferenceSpaceType('local')
    this.scene.background = new Color('#0b0e11')
    this.scene.add(new AmbientLight(0xffffff, 1))
    const tileWidth = wall.width * (wall.tiles[0]?.width ?? 0)
    const tileHeight = wall.height * (wall.tiles[0]?.height ?? 0)
    const geometry = new PlaneGeometry(tileWidth, tileHeight)
    this.frame = new Mesh(
      new PlaneGeometry(tileWidth + 2 * LOOKED_AT_FRAME_M, tileHeight + 2 * LOOKED_AT_FRAME_M),
      new MeshBasicMaterial({ color: LOOKED_AT_FRAME_COLOUR }),
    )
    this.frame.visible = false
    this.scene.add(this.frame)
    wall.tiles.forEach((tile, i) => {
      const product = products[i]!
      const material = new MeshBasicMaterial({ map: labelTexture(product) })
      const mesh = new Mesh(geometry, material)
      mesh.position.set(...tileCentre(wall, tile))
      mesh.name = `tile:${product.id}`
      this.tiles.set(product.id, mesh)
      this.scene.add(mesh)
    })
  }

  async start(session: XRSession, onFrame: FrameCallback): Promise<void> {
    await this.renderer.xr.setSession(session)
    this.renderer.setAnimationLoop((time, frame) => {
      const space = this.renderer.xr.getReferenceSpace()
      if (frame && space) onFrame(time, frame, space)
      this.renderer.render(this.scene, this.camera)
    })
  }

  /** Marks the looked-at tile (null: none). */
  highlight(id: string | null): void {
    const tile = id === null ? undefined : this.tiles.get(id)
    this.frame.visible = tile !== undefined
    if (tile) this.frame.position.set(tile.position.x, tile.position.y, tile.position.z - 0.005)
  }

  dispose(): void {
    this.renderer.setAnimationLoop(null)
    for (const mesh of this.tiles.values()) {
      mesh.material.map?.dispose()
      mesh.material.dispose()
    }
    this.tiles.values().next().value?.geometry.dispose()
    this.frame.geometry.dispose()
    this.frame.material.dispose()
    this.renderer.dispose()
  }
}

/** The product's name, brand, price and colours, drawn once into a texture. */
function labelTexture(product: ProductManifest): CanvasTexture {
  const canvas = document.createElement('canvas')
  canvas.width = LABEL_PX
  canvas.height = LABEL_PX
  const g = canvas.getContext('2d')!
  g.fillStyle = '#1f262c'
  g.fillRect(0, 0, LABEL_PX, LABEL_PX)
  product.colours.slice(0, 4).forEach((colour, i) => {
    g.fillStyle = colour.hex
    g.beginPath()
    g.arc(70 + i * 70, 90, 26, 0, Math.PI * 2)
    g.fill()
  })
  g.fillStyle = '#f3f5f7'
  g.font = 'bold 46px system-ui, sans-serif'
  wrap(g, product.name, 40, 220, LABEL_PX - 80, 54)
  g.fillStyle = '#b9c2cc'
  g.font = '34px system-ui, sans-serif'
  g.fillText(product.brand, 40, 380)
  g.fillText(formatPrice(product.price), 40, 440)
  const texture = new CanvasTexture(canvas)
  texture.colorSpace = SRGBColorSpace
  return texture
}

function wrap(g: CanvasRenderingContext2D, text: string, x: number, y: number, width: number, lineHeight: number): void {
  let line = ''
  for (const word of text.split(' ')) {
    const next = line ? `${line} ${word}` : word
    if (g.measureText(next).width > width && line) {
      g.fillText(line, x, y)
      y += lineHeight
      line = word
    } else line = next
  }
  g.fillText(line, x, y)
}
