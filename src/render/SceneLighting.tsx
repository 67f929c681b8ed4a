import { useThree } from '@react-three/fiber'
import { useEffect } from 'react'
import { RoomEnvironment } from 'three/examples/jsm/environments/RoomEnvironment.js'
import { PMREMGenerator, type WebGPURenderer } from 'three/webgpu'

/**
 * Image-based lighting from three's RoomEnvironment (a softly lit studio, built in code, so no
 * HDR file is fetched), plus a key light from above the screen. Metal frames need an environment
 * to reflect or they render black.
 */
export function SceneLighting() {
  const gl = useThree((state) => state.gl) as unknown as WebGPURenderer
  const scene = useThree((state) => state.scene)
  useEffect(() => {
    const generator = new PMREMGenerator(gl)
    const room = new RoomEnvironment()
    const target = generator.fromScene(room, 0.04)
    scene.environment = target.texture
    scene.environmentIntensity = 0.9
    room.dispose?.()
    return () => {
      scene.environment = null
      target.dispose()
      generator.dispose()
    }
  }, [gl, scene])
  return <directionalLight position={[0, 40, 60]} intensity={1.2} />
}
