import {
  FORMS,
  FORM_KEYS,
  controlLine,
  formControl,
  isFormKey,
  printedFormProblem,
} from '@/domain/forms'

describe('which number and version a printed form carries (003 篇3)', () => {
  it('prints an uncontrolled copy when no entry is linked', () => {
    expect(formControl([])).toEqual({ ok: true, control: { controlled: false } })
    expect(controlLine({ controlled: false })).toContain('未受控副本')
  })

  it('prints the entry in effect, with the version in effect, beside withdrawn predecessors', () => {
    const result = formControl([
      { id: 1, number: 'WY-KF-BD-001', status: 'obsolete', effectiveVersion: 'A/3' },
      { id: 2, number: 'WY-KF-BD-004', status: 'effective', effectiveVersion: 'B/0' },
    ])
    expect(result).toEqual({
      ok: true,
      control: { controlled: true, documentId: 2, number: 'WY-KF-BD-004', version: 'B/0' },
    })
    if (result.ok) expect(controlLine(result.control)).toContain('WY-KF-BD-004')
  })

  it('refuses an entry still in review, and one that is withdrawn, each with its reason', () => {
    const review = formControl([
      { id: 1, number: 'N', status: 'in-review', effectiveVersion: null },
    ])
    expect(review).toMatchObject({ ok: false, reason: { zh: expect.stringContaining('尚未批准') } })
    const draft = formControl([{ id: 1, number: 'N', status: 'draft', effectiveVersion: null }])
    expect(draft.ok).toBe(false)
    for (const status of ['obsolete', 'destroyed', 'superseded']) {
      const gone = formControl([{ id: 1, number: 'N', status, effectiveVersion: 'A/1' }])
      expect(gone).toMatchObject({ ok: false, reason: { zh: expect.stringContaining('已作废') } })
    }
  })

  it('does not take an effective entry without a version as controlled', () => {
    expect(
      formControl([{ id: 1, number: 'N', status: 'effective', effectiveVersion: null }]).ok,
    ).toBe(false)
  })
})

describe('linking a document to a printed form', () => {
  it('accepts a form document for a form nobody else controls', () => {
    expect(printedFormProblem({ kind: 'form', printedForm: 'workOrder' }, [])).toBeNull()
    expect(printedFormProblem({ kind: 'rule', printedForm: null }, [])).toBeNull()
  })

  it('refuses a document that is not a form, an unknown form and a second live entry', () => {
    expect(printedFormProblem({ kind: 'rule', printedForm: 'workOrder' }, [])).toContain('表单类')
    expect(printedFormProblem({ kind: 'form', printedForm: 'nope' }, [])).toContain('未知')
    expect(
      printedFormProblem({ kind: 'form', printedForm: 'workOrder' }, [
        { number: 'WY-GC-BD-002', status: 'in-review' },
      ]),
    ).toContain('WY-GC-BD-002')
    expect(
      printedFormProblem({ kind: 'form', printedForm: 'workOrder' }, [
        { number: 'WY-GC-BD-001', status: 'obsolete' },
      ]),
    ).toBeNull()
  })

  it('knows every form by key, and every form has a title and its signature lines declared', () => {
    expect(isFormKey('complaintSlip')).toBe(true)
    expect(isFormKey('toString')).toBe(false)
    for (const key of FORM_KEYS) {
      expect(FORMS[key].title.length).toBeGreaterThan(0)
      expect(Array.isArray(FORMS[key].signatures)).toBe(true)
    }
    expect(FORMS.complaintSlip.signatures).toContain('客户确认 Customer confirms')
    expect(FORMS.workOrder.signatures).toContain('工程部签收 Engineering received')
    expect(FORMS.shiftLog.signatures).toContain('带班员 Shift leader')
  })
})

describe('guards of the domain’s keys', () => {
  it('do not take the names of Object.prototype for keys', async () => {
    const { isDocumentKind } = await import('@/domain/documents/control')
    const { isComplaintAction } = await import('@/domain/complaints/statusMachine')
    const ladder = await import('@/domain/violations/ladder')
    for (const name of ['toString', 'constructor', '__proto__', 'hasOwnProperty']) {
      expect([name, isDocumentKind(name)]).toEqual([name, false])
      expect([name, isComplaintAction(name)]).toEqual([name, false])
      expect([name, ladder.isNoticeType(name)]).toEqual([name, false])
    }
  })
})
