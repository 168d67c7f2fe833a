/** Where our own page is served from (protocol.ts); nothing else may navigate the window or call core. */
export const APP_ORIGIN = 'app://antt-desk'

/**
 * Whether `url` is on our page's origin, compared as a parsed origin, never as a text prefix (a prefix lets
 * `app://antt-desk.evil/` through). Node's URL answers 'null' for the origin of a non-web scheme such as app:, so the
 * origin is built from the parsed scheme and host (host includes a port; hosts ignore case).
 */
export function isAppUrl(url: string | undefined | null): boolean {
  if (!url) return false
  try {
    const parsed = new URL(url)
    return `${parsed.protocol}//${parsed.host.toLowerCase()}` === APP_ORIGIN && parsed.username === '' && parsed.password === ''
  } catch {
    return false
  }
}
