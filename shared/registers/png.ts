/**
 * A small RGB raster and its PNG encoding, in pure TypeScript (fflate deflates), so a
 * picture can be drawn in the CLI and in a Web Worker without a canvas or the DOM.
 * Shapes are drawn with 4×4 supersampling for smooth edges.
 */
import { zlibSync } from 'fflate'

export type Rgb = readonly [number, number, number]

export class Raster {
  readonly pixels: Uint8Array

  constructor(
    readonly width: number,
    readonly height: number,
    background: Rgb,
  ) {
    this.pixels = new Uint8Array(width * height * 3)
    // One pixel, then doubling copies: a pixel-by-pixel fill took a third of a risk map's time.
    this.pixels.set(background, 0)
    for (let filled = 3; filled < this.pixels.length; filled *= 2) this.pixels.copyWithin(filled, 0, Math.min(filled, this.pixels.length - filled))
  }

  /** Blends `color` into one pixel with coverage `alpha` (0–1). */
  blend(x: number, y: number, color: Rgb, alpha: number): void {
    if (x < 0 || y < 0 || x >= this.width || y >= this.height || alpha <= 0) return
    const i = (y * this.width + x) * 3
    const a = Math.min(1, alpha)
    for (let c = 0; c < 3; c++) {
      const value = this.pixels[i + c] ?? 0
      this.pixels[i + c] = Math.round(value + ((color[c] ?? 0) - value) * a)
    }
  }

  /** An axis-aligned rectangle with whole-pixel edges. */
  fillRect(x: number, y: number, w: number, h: number, color: Rgb): void {
    for (let py = Math.max(0, Math.floor(y)); py < Math.min(this.height, Math.ceil(y + h)); py++) {
      for (let px = Math.max(0, Math.floor(x)); px < Math.min(this.width, Math.ceil(x + w)); px++) this.blend(px, py, color, 1)
    }
  }

  /** Fills every pixel whose samples fall inside `inside`, within a bounding box. */
  fillShape(box: { x0: number; y0: number; x1: number; y1: number }, color: Rgb, inside: (x: number, y: number) => boolean): void {
    const n = 4
    for (let py = Math.max(0, Math.floor(box.y0)); py < Math.min(this.height, Math.ceil(box.y1)); py++) {
      for (let px = Math.max(0, Math.floor(box.x0)); px < Math.min(this.width, Math.ceil(box.x1)); px++) {
        let hits = 0
        for (let sy = 0; sy < n; sy++) for (let sx = 0; sx < n; sx++) if (inside(px + (sx + 0.5) / n, py + (sy + 0.5) / n)) hits++
        this.blend(px, py, color, hits / (n * n))
      }
    }
  }

  /** A filled circle. */
  disc(cx: number, cy: number, r: number, color: Rgb): void {
    this.fillShape({ x0: cx - r - 1, y0: cy - r - 1, x1: cx + r + 1, y1: cy + r + 1 }, color, (x, y) => (x - cx) ** 2 + (y - cy) ** 2 <= r * r)
  }

  /** A circle outline of the given stroke width. */
  ring(cx: number, cy: number, r: number, width: number, color: Rgb): void {
    const outer = r + width / 2
    const inner = r - width / 2
    this.fillShape({ x0: cx - outer - 1, y0: cy - outer - 1, x1: cx + outer + 1, y1: cy + outer + 1 }, color, (x, y) => {
      const d = (x - cx) ** 2 + (y - cy) ** 2
      return d <= outer * outer && d >= inner * inner
    })
  }

  /** A straight line of the given width with round ends. */
  line(x0: number, y0: number, x1: number, y1: number, width: number, color: Rgb): void {
    const h = width / 2
    const dx = x1 - x0
    const dy = y1 - y0
    const len2 = dx * dx + dy * dy || 1
    this.fillShape({ x0: Math.min(x0, x1) - h - 1, y0: Math.min(y0, y1) - h - 1, x1: Math.max(x0, x1) + h + 1, y1: Math.max(y0, y1) + h + 1 }, color, (x, y) => {
      const t = Math.max(0, Math.min(1, ((x - x0) * dx + (y - y0) * dy) / len2))
      return (x - x0 - t * dx) ** 2 + (y - y0 - t * dy) ** 2 <= h * h
    })
  }

  /** A filled triangle (arrow heads). */
  triangle(a: readonly [number, number], b: readonly [number, number], c: readonly [number, number], color: Rgb): void {
    const side = (p: readonly [number, number], q: readonly [number, number], x: number, y: number): number => (q[0] - p[0]) * (y - p[1]) - (q[1] - p[1]) * (x - p[0])
    this.fillShape(
      { x0: Math.min(a[0], b[0], c[0]), y0: Math.min(a[1], b[1], c[1]), x1: Math.max(a[0], b[0], c[0]), y1: Math.max(a[1], b[1], c[1]) },
      color,
      (x, y) => {
        const s1 = side(a, b, x, y)
        const s2 = side(b, c, x, y)
        const s3 = side(c, a, x, y)
        return (s1 >= 0 && s2 >= 0 && s3 >= 0) || (s1 <= 0 && s2 <= 0 && s3 <= 0)
      },
    )
  }

  /** Digits 0–9 from a 5×7 pixel font, each font pixel `scale` pixels wide, centred on (cx, cy). */
  digits(value: string, cx: number, cy: number, scale: number, color: Rgb): void {
    const glyphW = 5 * scale
    const gap = scale
    const total = value.length * glyphW + (value.length - 1) * gap
    let x = Math.round(cx - total / 2)
    const y = Math.round(cy - (7 * scale) / 2)
    for (const ch of value) {
      const rows = DIGITS[ch]
      if (rows) {
        rows.forEach((row, ry) => {
          for (let rx = 0; rx < 5; rx++) if (row[rx] === '#') this.fillRect(x + rx * scale, y + ry * scale, scale, scale, color)
        })
      }
      x += glyphW + gap
    }
  }

  /** The raster as PNG bytes (8-bit RGB, no interlace). */
  toPng(): Uint8Array {
    const stride = this.width * 3
    const raw = new Uint8Array((stride + 1) * this.height)
    for (let y = 0; y < this.height; y++) {
      raw[y * (stride + 1)] = 0
      raw.set(this.pixels.subarray(y * stride, (y + 1) * stride), y * (stride + 1) + 1)
    }
    const header = new Uint8Array(13)
    const view = new DataView(header.buffer)
    view.setUint32(0, this.width)
    view.setUint32(4, this.height)
    header.set([8, 2, 0, 0, 0], 8)
    return concat([PNG_SIGNATURE, chunk('IHDR', header), chunk('IDAT', zlibSync(raw, { level: 6 })), chunk('IEND', new Uint8Array(0))])
  }
}

const PNG_SIGNATURE = new Uint8Array([137, 80, 78, 71, 13, 10, 26, 10])

function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length)
  const view = new DataView(out.buffer)
  view.setUint32(0, data.length)
  for (let i = 0; i < 4; i++) out[4 + i] = type.charCodeAt(i)
  out.set(data, 8)
  view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)))
  return out
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0))
  let at = 0
  for (const p of parts) {
    out.set(p, at)
    at += p.length
  }
  return out
}

const CRC_TABLE = (() => {
  const table = new Uint32Array(256)
  for (let n = 0; n < 256; n++) {
    let c = n
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
    table[n] = c >>> 0
  }
  return table
})()

/** CRC-32 (ISO-HDLC, as PNG and ZIP use it). */
export function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff
  // An indexed loop, not for…of: the audit pack checksums every attached file, 100 MB and more.
  for (let i = 0, n = bytes.length; i < n; i++) c = CRC_TABLE[(c ^ bytes[i]!) & 0xff]! ^ (c >>> 8)
  return (c ^ 0xffffffff) >>> 0
}

const DIGITS: Record<string, readonly string[]> = {
  '0': [' ### ', '#   #', '#  ##', '# # #', '##  #', '#   #', ' ### '],
  '1': ['  #  ', ' ##  ', '  #  ', '  #  ', '  #  ', '  #  ', ' ### '],
  '2': [' ### ', '#   #', '    #', '   # ', '  #  ', ' #   ', '#####'],
  '3': ['#####', '   # ', '  #  ', '   # ', '    #', '#   #', ' ### '],
  '4': ['   # ', '  ## ', ' # # ', '#  # ', '#####', '   # ', '   # '],
  '5': ['#####', '#    ', '#### ', '    #', '    #', '#   #', ' ### '],
  '6': ['  ## ', ' #   ', '#    ', '#### ', '#   #', '#   #', ' ### '],
  '7': ['#####', '    #', '   # ', '  #  ', ' #   ', ' #   ', ' #   '],
  '8': [' ### ', '#   #', '#   #', ' ### ', '#   #', '#   #', ' ### '],
  '9': [' ### ', '#   #', '#   #', ' ####', '    #', '   # ', ' ##  '],
}
