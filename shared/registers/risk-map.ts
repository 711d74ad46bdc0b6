/**
 * The risk map of a DPIA as a picture: likelihood across, severity up, each on the
 * four-step scale, the cells coloured by risk level, and each of the three risks as a
 * numbered marker, open before the measures and filled after them, with an arrow between.
 *
 * Two drawings of one layout: an SVG with the words (axis titles, step names, legend), for
 * Word and LibreOffice, and a PNG drawn in pure TypeScript as the fallback a .docx carries
 * for readers without SVG. The PNG has the digits only (the steps 1–4 and the risk
 * numbers); the caption under the picture in the document gives the words. Neither needs a
 * canvas or the DOM, so both are drawn in the CLI and in a Web Worker.
 */
import { LIKELIHOOD_LABELS, RISK_KIND_INFO, RISK_KINDS, SCALE_STEPS, SEVERITY_LABELS, type RiskKind, type RiskLevel, type ScaleStep } from '../law/dpia-method'
import type { Lang } from '../model/common'
import type { Dpia } from '../model/dpia'
import { riskLevel } from './dpia-risk'
import { Raster, type Rgb } from './png'

/** The size of the picture in CSS pixels; the PNG is drawn at twice this. */
export const RISK_MAP_SIZE = { width: 760, height: 470 } as const
const PNG_SCALE = 2

const GRID = { x: 130, y: 24, cell: 90 }
const COLORS: Record<RiskLevel, string> = { low: '#D9EAD3', medium: '#FFF2CC', high: '#F4CCCC' }
const INK = '#1F3864'
const LINE = '#7F7F7F'
const MUTED = '#595959'

export interface RiskMapMarker {
  kind: RiskKind
  number: number
  before: { likelihood: ScaleStep; severity: ScaleStep } | null
  after: { likelihood: ScaleStep; severity: ScaleStep } | null
}

/** The markers of a DPIA's risks; a position is null while not assessed. */
export function riskMapMarkers(d: Pick<Dpia, 'risks'>): RiskMapMarker[] {
  return RISK_KINDS.map((kind, i) => {
    const r = d.risks[kind]
    const pos = (l: ScaleStep | null, s: ScaleStep | null): RiskMapMarker['before'] => (l !== null && s !== null ? { likelihood: l, severity: s } : null)
    return { kind, number: i + 1, before: pos(r.likelihood, r.severity), after: pos(r.residual.likelihood, r.residual.severity) }
  })
}

/** The centre of a marker: its cell, moved sideways by its number so three fit in one cell. */
function markerCentre(pos: { likelihood: ScaleStep; severity: ScaleStep }, number: number): [number, number] {
  const cx = GRID.x + (pos.likelihood - 0.5) * GRID.cell + (number - 2) * 28
  const cy = GRID.y + (4 - pos.severity + 0.5) * GRID.cell
  return [cx, cy]
}

const R = 12

function cells(): { l: ScaleStep; s: ScaleStep; x: number; y: number; level: RiskLevel }[] {
  return SCALE_STEPS.flatMap((l) =>
    SCALE_STEPS.map((s) => ({ l, s, x: GRID.x + (l - 1) * GRID.cell, y: GRID.y + (4 - s) * GRID.cell, level: riskLevel(l, s) ?? 'low' })),
  )
}

/** The arrow from before to after, shortened so it starts and ends at the markers' edges. */
function arrow(m: RiskMapMarker): { from: [number, number]; to: [number, number]; head: [[number, number], [number, number], [number, number]] } | null {
  if (!m.before || !m.after) return null
  const [x0, y0] = markerCentre(m.before, m.number)
  const [x1, y1] = markerCentre(m.after, m.number)
  const len = Math.hypot(x1 - x0, y1 - y0)
  if (len < 3 * R) return null
  const ux = (x1 - x0) / len
  const uy = (y1 - y0) / len
  const tip: [number, number] = [x1 - ux * (R + 2), y1 - uy * (R + 2)]
  const base: [number, number] = [tip[0] - ux * 10, tip[1] - uy * 10]
  return {
    from: [x0 + ux * R, y0 + uy * R],
    to: base,
    head: [tip, [base[0] - uy * 6, base[1] + ux * 6], [base[0] + uy * 6, base[1] - ux * 6]],
  }
}

function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
}

const AXIS = {
  nb: { likelihood: 'Sannsynlighet', severity: 'Alvorlighet', before: 'før tiltakene', after: 'etter tiltakene' },
  nn: { likelihood: 'Sannsyn', severity: 'Alvor', before: 'før tiltaka', after: 'etter tiltaka' },
} as const

/** The risk map as an SVG document. */
export function riskMapSvg(d: Pick<Dpia, 'risks'>, lang: Lang): string {
  const { width, height } = RISK_MAP_SIZE
  const font = `font-family="Arial, 'Liberation Sans', 'DejaVu Sans', sans-serif"`
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${String(width)}" height="${String(height)}" viewBox="0 0 ${String(width)} ${String(height)}" ${font}>`,
    `<rect width="${String(width)}" height="${String(height)}" fill="#FFFFFF"/>`,
  ]
  for (const c of cells()) {
    out.push(`<rect x="${String(c.x)}" y="${String(c.y)}" width="${String(GRID.cell)}" height="${String(GRID.cell)}" fill="${COLORS[c.level]}" stroke="${LINE}" stroke-width="1"/>`)
  }
  const bottom = GRID.y + 4 * GRID.cell
  for (const s of SCALE_STEPS) {
    const x = GRID.x + (s - 0.5) * GRID.cell
    out.push(`<text x="${String(x)}" y="${String(bottom + 20)}" font-size="14" font-weight="bold" fill="${INK}" text-anchor="middle">${String(s)}</text>`)
    out.push(`<text x="${String(x)}" y="${String(bottom + 37)}" font-size="12" fill="${MUTED}" text-anchor="middle">${esc(LIKELIHOOD_LABELS[s][lang])}</text>`)
    const y = GRID.y + (4 - s + 0.5) * GRID.cell
    out.push(`<text x="${String(GRID.x - 10)}" y="${String(y - 2)}" font-size="14" font-weight="bold" fill="${INK}" text-anchor="end">${String(s)}</text>`)
    out.push(`<text x="${String(GRID.x - 10)}" y="${String(y + 14)}" font-size="12" fill="${MUTED}" text-anchor="end">${esc(SEVERITY_LABELS[s][lang])}</text>`)
  }
  const a = AXIS[lang]
  out.push(`<text x="${String(GRID.x + 2 * GRID.cell)}" y="${String(bottom + 60)}" font-size="14" font-weight="bold" fill="${INK}" text-anchor="middle">${esc(a.likelihood)} →</text>`)
  out.push(
    `<text transform="translate(22 ${String(GRID.y + 2 * GRID.cell)}) rotate(-90)" font-size="14" font-weight="bold" fill="${INK}" text-anchor="middle">${esc(a.severity)} →</text>`,
  )
  const markers = riskMapMarkers(d)
  for (const m of markers) {
    const ar = arrow(m)
    if (ar) {
      out.push(`<line x1="${fmt(ar.from[0])}" y1="${fmt(ar.from[1])}" x2="${fmt(ar.to[0])}" y2="${fmt(ar.to[1])}" stroke="${MUTED}" stroke-width="2"/>`)
      out.push(`<polygon points="${ar.head.map((p) => `${fmt(p[0])},${fmt(p[1])}`).join(' ')}" fill="${MUTED}"/>`)
    }
  }
  for (const m of markers) {
    if (m.before) out.push(markerSvg(markerCentre(m.before, m.number), m.number, false))
    if (m.after) out.push(markerSvg(markerCentre(m.after, m.number), m.number, true))
  }
  const lx = GRID.x + 4 * GRID.cell + 30
  markers.forEach((m, i) => {
    const y = GRID.y + 20 + i * 46
    out.push(markerSvg([lx + R, y], m.number, true))
    out.push(`<text x="${String(lx + 2 * R + 10)}" y="${String(y + 5)}" font-size="13" fill="${INK}">${esc(RISK_KIND_INFO[m.kind].label[lang])}</text>`)
  })
  const ly = GRID.y + 20 + 3 * 46 + 10
  out.push(markerSvg([lx + R, ly], 0, false), `<text x="${String(lx + 2 * R + 10)}" y="${String(ly + 5)}" font-size="12" fill="${MUTED}">${esc(a.before)}</text>`)
  out.push(markerSvg([lx + R, ly + 34], 0, true), `<text x="${String(lx + 2 * R + 10)}" y="${String(ly + 39)}" font-size="12" fill="${MUTED}">${esc(a.after)}</text>`)
  out.push('</svg>')
  return out.join('\n')
}

function fmt(n: number): string {
  return String(Math.round(n * 10) / 10)
}

function markerSvg([cx, cy]: [number, number], number: number, filled: boolean): string {
  const label = number > 0 ? `<text x="${fmt(cx)}" y="${fmt(cy + 5)}" font-size="14" font-weight="bold" fill="${filled ? '#FFFFFF' : INK}" text-anchor="middle">${String(number)}</text>` : ''
  return `<circle cx="${fmt(cx)}" cy="${fmt(cy)}" r="${String(R)}" fill="${filled ? INK : '#FFFFFF'}" stroke="${INK}" stroke-width="2.5"/>${label}`
}

function rgb(hex: string): Rgb {
  return [Number.parseInt(hex.slice(1, 3), 16), Number.parseInt(hex.slice(3, 5), 16), Number.parseInt(hex.slice(5, 7), 16)]
}

/** The risk map as PNG bytes, drawn at twice RISK_MAP_SIZE, with the digits but not the words. */
export function riskMapPng(d: Pick<Dpia, 'risks'>): Uint8Array {
  const k = PNG_SCALE
  const img = new Raster(RISK_MAP_SIZE.width * k, RISK_MAP_SIZE.height * k, [255, 255, 255])
  for (const c of cells()) {
    img.fillRect(c.x * k, c.y * k, GRID.cell * k, GRID.cell * k, rgb(COLORS[c.level]))
  }
  for (let i = 0; i <= 4; i++) {
    img.fillRect((GRID.x + i * GRID.cell) * k - 1, GRID.y * k, 2, 4 * GRID.cell * k, rgb(LINE))
    img.fillRect(GRID.x * k, (GRID.y + i * GRID.cell) * k - 1, 4 * GRID.cell * k, 2, rgb(LINE))
  }
  const bottom = GRID.y + 4 * GRID.cell
  for (const s of SCALE_STEPS) {
    img.digits(String(s), (GRID.x + (s - 0.5) * GRID.cell) * k, (bottom + 16) * k, 2 * k, rgb(INK))
    img.digits(String(s), (GRID.x - 16) * k, (GRID.y + (4 - s + 0.5) * GRID.cell) * k, 2 * k, rgb(INK))
  }
  // The axes' directions, as arrows along the grid's bottom and left edges.
  const ax = bottom + 40
  img.line(GRID.x * k, ax * k, (GRID.x + 4 * GRID.cell - 8) * k, ax * k, 2 * k, rgb(INK))
  img.triangle([(GRID.x + 4 * GRID.cell) * k, ax * k], [(GRID.x + 4 * GRID.cell - 12) * k, (ax - 6) * k], [(GRID.x + 4 * GRID.cell - 12) * k, (ax + 6) * k], rgb(INK))
  const ay = GRID.x - 40
  img.line(ay * k, bottom * k, ay * k, (GRID.y + 8) * k, 2 * k, rgb(INK))
  img.triangle([ay * k, GRID.y * k], [(ay - 6) * k, (GRID.y + 12) * k], [(ay + 6) * k, (GRID.y + 12) * k], rgb(INK))
  const markers = riskMapMarkers(d)
  for (const m of markers) {
    const ar = arrow(m)
    if (ar) {
      img.line(ar.from[0] * k, ar.from[1] * k, ar.to[0] * k, ar.to[1] * k, 2 * k, rgb(MUTED))
      img.triangle(
        [ar.head[0][0] * k, ar.head[0][1] * k],
        [ar.head[1][0] * k, ar.head[1][1] * k],
        [ar.head[2][0] * k, ar.head[2][1] * k],
        rgb(MUTED),
      )
    }
  }
  const drawMarker = ([cx, cy]: [number, number], number: number, filled: boolean): void => {
    img.disc(cx * k, cy * k, (R + 1.25) * k, rgb(INK))
    if (!filled) img.disc(cx * k, cy * k, (R - 1.25) * k, [255, 255, 255])
    if (number > 0) img.digits(String(number), cx * k, cy * k, 2 * k - 1, filled ? [255, 255, 255] : rgb(INK))
  }
  for (const m of markers) {
    if (m.before) drawMarker(markerCentre(m.before, m.number), m.number, false)
    if (m.after) drawMarker(markerCentre(m.after, m.number), m.number, true)
  }
  const lx = GRID.x + 4 * GRID.cell + 30
  markers.forEach((m, i) => drawMarker([lx + R, GRID.y + 20 + i * 46], m.number, true))
  return img.toPng()
}
