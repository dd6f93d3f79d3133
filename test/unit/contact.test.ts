import { isValidEmail, isValidIdNumber, isValidMainlandId, isValidPhone } from '@/domain/contact'
import { passwordProblem } from '@/domain/passwordPolicy'

describe('isValidPhone', () => {
  it.each(['13812345678', '+86 138-1234-5678', '021-62345678', '0755 8765 4321', '(010)12345678'])(
    'should accept %p',
    (value) => expect(isValidPhone(value)).toBe(true),
  )
  it.each(['12345', '12812345678', '1381234567', 'phone', '138123456789', ''])(
    'should refuse %p',
    (value) => expect(isValidPhone(value)).toBe(false),
  )
})

describe('isValidEmail', () => {
  it('should accept a plain address and refuse malformed ones', () => {
    expect(isValidEmail('wang@example.cn')).toBe(true)
    for (const bad of ['not-an-email', 'a@b', 'a b@c.cn', '@c.cn']) {
      expect(isValidEmail(bad)).toBe(false)
    }
  })
})

describe('isValidMainlandId', () => {
  it('should check the GB 11643 checksum', () => {
    expect(isValidMainlandId('11010519491231002X')).toBe(true)
    expect(isValidMainlandId('11010519491231002x')).toBe(true)
    expect(isValidMainlandId('110105194912310021')).toBe(false)
    expect(isValidMainlandId('1101051949123100')).toBe(false)
  })
  it('should check other documents by their own shape', () => {
    expect(isValidIdNumber('passport', 'E12345678')).toBe(true)
    expect(isValidIdNumber('passport', 'E1')).toBe(false)
    expect(isValidIdNumber('hk-macao-taiwan', 'H12345678')).toBe(true)
  })
})

describe('passwordProblem', () => {
  it('should refuse 11 characters and accept 12', () => {
    expect(passwordProblem('12345678901')).toMatch(/12/)
    expect(passwordProblem('123456789012')).toBeNull()
  })
  it('should count characters, not bytes', () => {
    expect(passwordProblem('物业客服中心密码一二三四')).toBeNull()
    expect(passwordProblem('物业客服中心密码一二三')).not.toBeNull()
  })
})

describe('isValidEmail on long input', () => {
  it('should refuse an address longer than 254 characters before matching it', () => {
    expect(isValidEmail(`${'a'.repeat(250)}@b.cn`)).toBe(false)
    expect(isValidEmail(`a@${'b.'.repeat(100_000)} `)).toBe(false)
  })

  it('should accept dotted domains and refuse empty labels', () => {
    expect(isValidEmail('wang.li+office@mail.example.com.cn')).toBe(true)
    expect(isValidEmail('a@b..cn')).toBe(false)
    expect(isValidEmail('a@.cn')).toBe(false)
  })

  it('should refuse display names, comments and lists inside an address', () => {
    for (const bad of [
      'Wang <w@x.cn>',
      'w(comment)@x.cn',
      'a@x.cn,b@y.cn',
      '"w"@x.cn',
      'a;b@x.cn',
    ]) {
      expect(isValidEmail(bad)).toBe(false)
    }
  })
})
