import { pbkdf2, timingSafeEqual } from 'crypto'

export const PASSWORD_MIN_LENGTH = 12

/** Returns the reason a password is refused, or null when it is acceptable. */
export const passwordProblem = (password: string): string | null => {
  if ([...password].length < PASSWORD_MIN_LENGTH) {
    return `密码至少 ${PASSWORD_MIN_LENGTH} 个字符 / Password must be at least ${PASSWORD_MIN_LENGTH} characters`
  }
  return null
}

/**
 * Checks a password against a stored salt and hash, as Payload 3.90's local strategy does
 * (payload/dist/auth/strategies/local/authenticate.js, not exported): PBKDF2-SHA256, 600,000
 * rounds and 32 bytes for hashes prefixed `pbkdf2-sha256-v1:`, 25,000 rounds and 512 bytes for
 * older ones; compared in constant time.
 */
export const passwordMatches = async (
  stored: { hash?: unknown; salt?: unknown },
  candidate: string,
): Promise<boolean> => {
  const { hash, salt } = stored
  if (typeof hash !== 'string' || typeof salt !== 'string' || !candidate) return false
  const current = hash.startsWith(CURRENT_HASH_PREFIX)
  const expected = Buffer.from(current ? hash.slice(CURRENT_HASH_PREFIX.length) : hash, 'hex')
  const derived = await new Promise<Buffer>((resolve, reject) =>
    pbkdf2(
      candidate,
      salt,
      current ? 600_000 : 25_000,
      current ? 32 : 512,
      'sha256',
      (error, key) => (error ? reject(error) : resolve(key)),
    ),
  )
  return derived.length === expected.length && timingSafeEqual(derived, expected)
}

const CURRENT_HASH_PREFIX = 'pbkdf2-sha256-v1:'
