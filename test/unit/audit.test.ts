import { changedFieldNames } from '@/domain/audit'

describe('changedFieldNames', () => {
  it('should name the top-level fields that changed, sorted', () => {
    expect(
      changedFieldNames(
        { id: 1, name: '王', phone: '1', notes: null, updatedAt: 'a' },
        { id: 1, name: '王', phone: '2', notes: 'x', updatedAt: 'b' },
      ),
    ).toEqual(['notes', 'phone'])
  })

  it('should treat a populated relationship and its id as equal', () => {
    const unit = { id: 7, code: '1栋-101', createdAt: 'x', updatedAt: 'y' }
    expect(changedFieldNames({ units: [7] }, { units: [unit] })).toEqual([])
    expect(changedFieldNames({ units: [7] }, { units: [{ ...unit, id: 8 }] })).toEqual(['units'])
  })

  it('should never report secrets or bookkeeping fields', () => {
    expect(
      changedFieldNames(
        { hash: 'a', salt: 'b', loginAttempts: 0, sessions: [] },
        { hash: 'c', salt: 'd', loginAttempts: 1, sessions: [{ id: 's' }] },
      ),
    ).toEqual([])
  })

  it('should treat null and missing as the same', () => {
    expect(changedFieldNames({ notes: null }, {})).toEqual([])
  })
})

describe('changedFieldNames and join fields', () => {
  it('should ignore fields that are not stored on the document', () => {
    expect(
      changedFieldNames(
        { notes: 'a' },
        { notes: 'a', complaints: { docs: [1] } },
        new Set(['complaints']),
      ),
    ).toEqual([])
  })
})
