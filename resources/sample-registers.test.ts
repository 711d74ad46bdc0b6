import { execFileSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { attachment } from '../shared/model/attachment'
import { breach } from '../shared/model/breach'
import { dataSubjectRequest } from '../shared/model/data-subject-request'
import { dpia } from '../shared/model/dpia'
import { activityScreening } from '../shared/model/dpia-screening'
import { routine } from '../shared/model/routine'
import { breachClock, requestState } from '../shared/registers/deadlines'
import { editProblem, versionInForce } from '../shared/registers/dpia-versions'
import { osloDate } from '../shared/registers/oslo-time'
import { crc32 } from '../shared/registers/png'
import { screenActivity } from '../shared/registers/screening'
import { breachProblems, requestProblems } from '../shared/registers/record-problems'
import { sampleWorkbench } from './sample-company'
import { sampleRegisters } from './sample-registers'

const NOW = '2026-05-04T10:00:00.000Z'
const wb = sampleWorkbench(NOW)
const regs = await sampleRegisters(wb, NOW)

function hasPdftotext(): boolean {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' })
    return true
  } catch {
    return false
  }
}

describe('the sample registers', () => {
  it('pass their schemas and link only to records of the sample company', () => {
    const activityIds = new Set(wb.activities.map((a) => a.id))
    const processorIds = new Set(wb.processors.map((p) => p.id))
    for (const d of regs.dpias) {
      expect(dpia.safeParse(d).error?.issues).toBeUndefined()
      for (const id of d.activityIds) expect(activityIds.has(id)).toBe(true)
    }
    for (const b of regs.breaches) {
      expect(breach.safeParse(b).error?.issues).toBeUndefined()
      for (const id of b.activityIds) expect(activityIds.has(id)).toBe(true)
      for (const id of b.processorIds) expect(processorIds.has(id)).toBe(true)
    }
    for (const r of regs.requests) {
      expect(dataSubjectRequest.safeParse(r).error?.issues).toBeUndefined()
      for (const id of r.activityIds) expect(activityIds.has(id)).toBe(true)
    }
    for (const r of regs.routines) expect(routine.safeParse(r).error?.issues).toBeUndefined()
    for (const a of regs.attachments) {
      expect(attachment.safeParse(a.meta).error?.issues).toBeUndefined()
      expect(processorIds.has(a.meta.owner.recordId ?? '')).toBe(true)
    }
  })

  it('screens the activities that need a DPIA, and every activity record agrees with its screening', () => {
    expect(regs.screenings.map((sc) => sc.id)).toEqual(['act-forbruksinnsikt', 'act-kameraovervaking'])
    for (const sc of regs.screenings) {
      expect(activityScreening.safeParse(sc).error?.issues).toBeUndefined()
      expect(sc.screenedOn <= osloDate(NOW)).toBe(true)
      const a = wb.activities.find((x) => x.id === sc.id)!
      expect(a.dpia.needed === 'yes', a.id).toBe(screenActivity(sc).required)
    }
    // Each screening comes before its DPIA was started.
    for (const d of regs.dpias) expect(regs.screenings.find((sc) => sc.id === d.activityIds[0])!.createdAt < d.createdAt).toBe(true)
  })

  it('has a signed-off DPIA of the consumption analysis and one in progress of the cameras', () => {
    const [meter, camera] = regs.dpias
    expect(meter?.activityIds).toEqual(['act-forbruksinnsikt'])
    expect(meter?.status).toBe('signed-off')
    expect(versionInForce(regs.dpias, 'dpia-forbruksinnsikt')?.id).toBe(meter?.id)
    expect(meter && editProblem(meter, { ...meter, title: 'Endret' })).toMatch(/kan ikke endres/)
    expect(camera?.activityIds).toEqual(['act-kameraovervaking'])
    expect(camera?.status).toBe('draft')
  })

  it('has a breach reported within 72 hours, one not reported with the reason, and one reported late with the reason', () => {
    const states = regs.breaches.map((b) => breachClock(b, NOW).state)
    expect(states).toEqual(['reported-in-time', 'not-required', 'reported-late'])
    expect(regs.breaches[1]?.notification.notRequiredReason).not.toBe('')
    expect(regs.breaches[2]?.notification.delayReason).not.toBe('')
    for (const b of regs.breaches) expect(breachProblems(b, NOW)).toEqual([])
  })

  it('has five requests, one of them overdue', () => {
    const today = osloDate(NOW)
    expect(regs.requests).toHaveLength(5)
    expect(regs.requests.map((r) => requestState(r, today))).toEqual(['answered-in-time', 'answered-in-time', 'answered-in-time', 'open', 'overdue'])
    for (const r of regs.requests) expect(requestProblems(r)).toEqual([])
  })

  it('has the routines for requests and for breaches, in bokmål and nynorsk', () => {
    expect(regs.routines.map((r) => r.kind)).toEqual(['requests', 'breaches'])
    for (const r of regs.routines) {
      expect(r.content.form).toBe('text')
      if (r.content.form === 'text') expect(r.content.text.nn).not.toMatch(/\b(ikke|hva|hvordan|opplysninger|mottakere)\b/)
    }
  })

  it('has two signed agreements as real PDFs whose metadata matches the bytes', async () => {
    expect(regs.attachments.map((a) => a.meta.owner.recordId)).toEqual(['proc-skyhall', 'proc-vaktoye'])
    for (const a of regs.attachments) {
      expect(new TextDecoder('latin1').decode(a.bytes.subarray(0, 5))).toBe('%PDF-')
      expect(a.meta.size).toBe(a.bytes.length)
      expect(a.meta.crc32).toBe(crc32(a.bytes))
      const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', a.bytes))
      expect(a.meta.sha256).toBe([...digest].map((b) => b.toString(16).padStart(2, '0')).join(''))
    }
  })

  it.skipIf(!hasPdftotext() && !process.env.CI)('opens the agreements with pdftotext', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ombud-sample-pdf-'))
    for (const a of regs.attachments) {
      const file = join(dir, `${a.meta.id}.pdf`)
      writeFileSync(file, a.bytes)
      const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' })
      expect(text).toContain('Databehandleravtale')
      expect(text).toContain('EKSEMPEL laget for Ombud – ikke en ekte avtale.')
      expect(text).toContain('art. 28 nr. 3')
      expect(text).toContain('Eksempel Energi AS')
    }
  })

  it('is the same for the same moment', async () => {
    expect(await sampleRegisters(wb, NOW)).toEqual(regs)
  })
})

describe('the routines texts', () => {
  it('give every routine a title and a text in both languages, the nynorsk without bokmål forms', async () => {
    const { ROUTINE_TEMPLATES } = await import('../shared/registers/routine-texts')
    for (const tpl of Object.values(ROUTINE_TEMPLATES)) {
      expect(tpl.text.nb.length).toBeGreaterThan(300)
      expect(`${tpl.title.nn}\n${tpl.text.nn}`).not.toMatch(/\b(ikke|hva|hvordan|hvilke|opplysninger|mottakere|behandlingen|virksomheten|ansatte|også når de)\b/)
    }
  })
})
