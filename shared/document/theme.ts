/**
 * The one look of every Word document Ombud writes: font, sizes, colours, page, bullets.
 * Sizes are in half-points, lengths in twips (1/20 pt; 567 twips = 1 cm), as Word counts.
 */
export const THEME = {
  font: 'Arial',
  /** 10.5 pt body text. */
  bodySize: 21,
  /** Tables are set a point smaller, so long Norwegian compounds fit their columns. */
  tableSize: 19,
  /** Under-labels, the running header and the footer. */
  smallSize: 17,
  titleSize: 44,
  headingSizes: { 1: 30, 2: 25, 3: 22 } as const,
  accent: '1F3864',
  muted: '595959',
  headerFill: 'DCE3EC',
  labelFill: 'F2F2F2',
  border: 'A6A6A6',
  link: '1F4E9E',
  /** A4 with 2 cm margins. */
  page: { width: 11906, height: 16838, margin: 1134, headerFooter: 567 },
  /** The label column of a field table. */
  labelWidth: 3100,
  bullet: '\u2022',
  listIndent: { left: 567, hanging: 283 },
  cellMargin: { top: 60, bottom: 60, left: 100, right: 100 },
} as const

export const TEXT_WIDTH = THEME.page.width - 2 * THEME.page.margin
