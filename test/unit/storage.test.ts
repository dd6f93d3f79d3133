import { UPLOAD_RESERVE_BYTES, storageRefusal } from '@/domain/storage'

describe('storageRefusal', () => {
  const MB = 1024 * 1024
  it('should let a file through that fits with the reserve to spare', () => {
    expect(storageRefusal(10 * MB, 5 * MB, UPLOAD_RESERVE_BYTES)).toBeNull()
    expect(storageRefusal(5 * MB + UPLOAD_RESERVE_BYTES, 5 * MB, UPLOAD_RESERVE_BYTES)).toBeNull()
  })

  it('should refuse one that would eat into the reserve, saying how much is free and needed', () => {
    const reason = storageRefusal(5 * MB, 5 * MB, UPLOAD_RESERVE_BYTES)
    expect(reason).toContain('存储空间不足')
    expect(reason).toContain('5.0 MB free')
    expect(reason).toContain('5.1 MB needed')
    expect(storageRefusal(0, 1, 0)).not.toBeNull()
  })
})
