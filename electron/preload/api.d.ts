/**
 * `window.ombud`, exposed by the preload in Electron and absent in the plain web build.
 * Included by tsconfig.web.json so the renderer's platform layer sees the type.
 */
import type { OmbudApi } from '../../shared/ipc'

declare global {
  interface Window {
    ombud?: OmbudApi
  }
}

export {}
