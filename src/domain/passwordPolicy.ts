export const PASSWORD_MIN_LENGTH = 12

/** Returns the reason a password is refused, or null when it is acceptable. */
export const passwordProblem = (password: string): string | null => {
  if ([...password].length < PASSWORD_MIN_LENGTH) {
    return `密码至少 ${PASSWORD_MIN_LENGTH} 个字符 / Password must be at least ${PASSWORD_MIN_LENGTH} characters`
  }
  return null
}
