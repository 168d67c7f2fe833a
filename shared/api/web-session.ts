/**
 * The browser mode's per-launch key: the server prints its URL with `?key=…`, the page keeps the key for the tab and
 * sends it with every /api call in this header (a custom header also forces a CORS preflight on other origins).
 */
export const SESSION_KEY_PARAM = 'key'
export const SESSION_KEY_HEADER = 'x-antt-key'
