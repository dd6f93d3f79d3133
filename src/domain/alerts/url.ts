/**
 * Where a group robot may post: HTTPS to a public host, unless the office lists the host in its
 * allow-list (office settings → alerts). The server posts from inside the office's network, so a
 * robot URL pointing at `localhost`, a private or link-local address (a router's admin page, a
 * cloud metadata service at 169.254.169.254) would make it a tool for reaching what the outside
 * cannot. Hosts are checked as written when a channel is saved, and again (with the addresses
 * the name resolves to) when a message is sent.
 */

export type Bilingual = { zh: string; en: string }

export const MAX_ROBOT_URL_LENGTH = 2048

/** `zh / en`, as the rest of the app words a 400's reason. */
export const reasonText = (reason: Bilingual) => `${reason.zh} / ${reason.en}`

const NOT_PUBLIC: Bilingual = {
  zh: '地址不是公网主机（本机、内网或保留地址）；如确需使用，请管理员加入白名单',
  en: 'The host is not public (loopback, private or reserved); an administrator may allow-list it',
}

/** An IPv4 address as four numbers, or null when the text is not a dotted quad. */
const ipv4Parts = (text: string): number[] | null => {
  const parts = text.split('.')
  if (parts.length !== 4 || parts.some((p) => !/^\d{1,3}$/.test(p))) return null
  const numbers = parts.map(Number)
  return numbers.every((n) => n <= 255) ? numbers : null
}

/** IPv4 ranges that are not the public internet (RFC 6890 and friends). */
const isNonPublicIpv4 = ([a, b, c]: number[]): boolean =>
  a === 0 || // "this network"
  a === 10 || // private
  (a === 100 && b >= 64 && b <= 127) || // carrier-grade NAT
  a === 127 || // loopback
  (a === 169 && b === 254) || // link-local, cloud metadata
  (a === 172 && b >= 16 && b <= 31) || // private
  (a === 192 && b === 0 && (c === 0 || c === 2)) || // IETF protocol assignments, documentation
  (a === 192 && b === 168) || // private
  (a === 198 && (b === 18 || b === 19)) || // benchmarking
  (a === 198 && b === 51 && c === 100) || // documentation
  (a === 203 && b === 0 && c === 113) || // documentation
  a >= 224 // multicast, reserved, broadcast

/** The eight 16-bit groups of an IPv6 address (brackets and a zone taken off), or null. */
const ipv6Groups = (text: string): number[] | null => {
  let address = text.replace(/^\[|\]$/g, '').replace(/%.*$/, '')
  if (!address.includes(':')) return null
  // A trailing dotted quad (::ffff:10.0.0.1) becomes two groups.
  const quad = address.match(/(\d+\.\d+\.\d+\.\d+)$/)
  if (quad) {
    const v4 = ipv4Parts(quad[1])
    if (!v4) return null
    address =
      address.slice(0, -quad[1].length) +
      `${((v4[0] << 8) | v4[1]).toString(16)}:${((v4[2] << 8) | v4[3]).toString(16)}`
  }
  const halves = address.split('::')
  if (halves.length > 2) return null
  const side = (s: string) => (s === '' ? [] : s.split(':'))
  const head = side(halves[0])
  const tail = halves.length === 2 ? side(halves[1]) : []
  const missing = 8 - head.length - tail.length
  if (halves.length === 2 ? missing < 1 : missing !== 0) return null
  const groups = [...head, ...Array<string>(Math.max(missing, 0)).fill('0'), ...tail]
  if (groups.some((g) => !/^[0-9a-f]{1,4}$/i.test(g))) return null
  return groups.map((g) => parseInt(g, 16))
}

/**
 * Only global unicast (2000::/3) is public; within it the documentation prefix is not. An
 * IPv4-mapped or NAT64 address is judged by the IPv4 address inside it.
 */
const isNonPublicIpv6 = (groups: number[]): boolean => {
  const embedded = [groups[6] >> 8, groups[6] & 0xff, groups[7] >> 8, groups[7] & 0xff]
  const mapped = groups.slice(0, 5).every((g) => g === 0) && groups[5] === 0xffff
  const nat64 = groups[0] === 0x64 && groups[1] === 0xff9b && groups.slice(2, 6).every((g) => !g)
  if (mapped || nat64) return isNonPublicIpv4(embedded)
  if (groups[0] < 0x2000 || groups[0] > 0x3fff) return true
  return groups[0] === 0x2001 && groups[1] === 0x0db8
}

/** Whether an IP address (v4 or v6, as text) lies outside the public internet. */
export const isNonPublicAddress = (address: string): boolean => {
  const v4 = ipv4Parts(address)
  if (v4) return isNonPublicIpv4(v4)
  const v6 = ipv6Groups(address)
  return v6 ? isNonPublicIpv6(v6) : false
}

/** Whether the host is an IP literal (URL parsing has already turned 2130706433 into 127.0.0.1). */
export const isIpLiteral = (hostname: string): boolean =>
  ipv4Parts(hostname) !== null || ipv6Groups(hostname) !== null

/** Names that only mean something inside a network. */
const LOCAL_SUFFIXES = ['.localhost', '.local', '.internal', '.lan', '.home.arpa', '.intranet']

const isLocalName = (hostname: string): boolean =>
  hostname === 'localhost' ||
  LOCAL_SUFFIXES.some((suffix) => hostname.endsWith(suffix)) ||
  // A single label (`router`, `nas`) is resolved by the local network, never the public DNS.
  !hostname.includes('.')

/** An allow-list entry as compared: lower case, no scheme, no path, no brackets. */
export const normaliseAllowedHost = (entry: string): string =>
  entry
    .trim()
    .toLowerCase()
    .replace(/^[a-z]+:\/\//, '')
    .replace(/\/.*$/, '')

/** A host as the allow-list takes it: a name or an IP address, with an optional port. */
export const ALLOWED_HOST_PATTERN = /^(\[[0-9a-f:.]+\]|[a-z0-9]([a-z0-9.-]*[a-z0-9])?)(:\d{1,5})?$/

export const isAllowListed = (url: URL, allowList: readonly string[]): boolean => {
  const hostname = url.hostname.toLowerCase()
  const host = url.host.toLowerCase()
  return allowList
    .map(normaliseAllowedHost)
    .some((entry) => entry !== '' && (entry === hostname || entry === host))
}

export type UrlVerdict =
  { ok: true; url: URL; allowListed: boolean } | { ok: false; reason: Bilingual }

/**
 * Whether a robot may post to `raw`. An allow-listed host may be anything, http included (a
 * receiver inside the office, the tests' local server); every other host must be https and public.
 */
export const checkRobotUrl = (raw: unknown, allowList: readonly string[] = []): UrlVerdict => {
  if (typeof raw !== 'string' || raw.trim() === '') {
    return { ok: false, reason: { zh: '必须填写地址', en: 'A URL is required' } }
  }
  if (raw.length > MAX_ROBOT_URL_LENGTH) {
    return {
      ok: false,
      reason: {
        zh: `地址过长（最多 ${MAX_ROBOT_URL_LENGTH} 个字符）`,
        en: `The URL is too long (at most ${MAX_ROBOT_URL_LENGTH} characters)`,
      },
    }
  }
  let url: URL
  try {
    url = new URL(raw.trim())
  } catch {
    return { ok: false, reason: { zh: '不是有效的网址', en: 'Not a valid URL' } }
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return { ok: false, reason: { zh: '只能使用 https 地址', en: 'Only https URLs are accepted' } }
  }
  if (url.username || url.password) {
    return {
      ok: false,
      reason: {
        zh: '地址中不能包含用户名或密码',
        en: 'The URL may not carry a user name or password',
      },
    }
  }
  if (isAllowListed(url, allowList)) return { ok: true, url, allowListed: true }
  if (url.protocol !== 'https:') {
    return {
      ok: false,
      reason: {
        zh: '必须使用 https（未加密的 http 只允许白名单中的主机）',
        en: 'Must be https (plain http only for an allow-listed host)',
      },
    }
  }
  const hostname = url.hostname.toLowerCase()
  if (isIpLiteral(hostname) ? isNonPublicAddress(hostname) : isLocalName(hostname)) {
    return { ok: false, reason: NOT_PUBLIC }
  }
  return { ok: true, url, allowListed: false }
}

/**
 * At sending time: the addresses the host name resolved to must be public too (a public name may
 * point inside), unless the host is allow-listed. Returns the refusal, or null.
 */
export const checkResolvedAddresses = (
  addresses: readonly string[],
  allowListed: boolean,
): Bilingual | null => {
  if (allowListed) return null
  const inside = addresses.find(isNonPublicAddress)
  return inside
    ? { zh: `${NOT_PUBLIC.zh}（解析为 ${inside}）`, en: `${NOT_PUBLIC.en} (resolves to ${inside})` }
    : null
}
