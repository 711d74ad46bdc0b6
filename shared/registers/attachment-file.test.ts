import { describe, expect, it } from 'vitest'
import { MAX_ATTACHMENT_BYTES } from '../model/attachment'
import { checkAttachmentFile } from './attachment-file'

const pdf = new TextEncoder().encode('%PDF-1.4\n')
const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0])
const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])

describe('checkAttachmentFile', () => {
  it('accepts PDF, .docx, .xlsx, PNG and JPEG whose content matches the extension', () => {
    expect(checkAttachmentFile('Avtale.PDF', 2000, pdf)).toEqual({ ok: true, mediaType: 'application/pdf' })
    expect(checkAttachmentFile('TIA.docx', 2000, zip)).toMatchObject({ ok: true })
    expect(checkAttachmentFile('Liste.xlsx', 2000, zip)).toMatchObject({ ok: true })
    expect(checkAttachmentFile('Skilt.png', 2000, png)).toMatchObject({ ok: true, mediaType: 'image/png' })
    expect(checkAttachmentFile('Skilt.jpeg', 2000, new Uint8Array([0xff, 0xd8, 0xff, 0xe0]))).toMatchObject({ ok: true, mediaType: 'image/jpeg' })
  })

  it('refuses other kinds, too large files and content that is not what the name says, in Norwegian', () => {
    expect(checkAttachmentFile('makro.docm', 2000, zip)).toEqual({
      ok: false,
      message: '«makro.docm» kan ikke legges ved. Ombud tar imot PDF, Word (.docx), Excel (.xlsx) og bilder (PNG og JPEG).',
    })
    expect(checkAttachmentFile('stor.pdf', MAX_ATTACHMENT_BYTES + 1, pdf)).toEqual({
      ok: false,
      message: '«stor.pdf» er 25,0 MB. Et vedlegg kan være høyst 25 MB.',
    })
    expect(checkAttachmentFile('falsk.pdf', 2000, zip)).toEqual({ ok: false, message: '«falsk.pdf» er ikke en PDF-fil: innholdet stemmer ikke med filtypen.' })
    expect(checkAttachmentFile('tom.pdf', 0, new Uint8Array())).toEqual({ ok: false, message: '«tom.pdf» er tom.' })
  })
})
