/** Shape of a brand token: `vtr_` and 43 base64url characters (src/server/auth/brandToken.ts). */
const TOKEN_PATTERN = /^vtr_[A-Za-z0-9_-]{43}$/
const TOKEN_LENGTH = 47

/**
 * What is wrong with a pasted token before it is sent anywhere, or undefined when it has the right
 * shape. Spaces and line breaks around it (copied from a terminal) are not its fault: trim first.
 */
export function checkTokenShape(token: string): string | undefined {
  if (token === '') return 'Paste your brand token: it was printed once by "npm run brand -- create <your-brand>".'
  if (!token.startsWith('vtr_')) return 'This is not a brand token: brand tokens start with "vtr_".'
  if (/\s/.test(token)) return 'The token has a space or line break inside: copy it again as one line.'
  if (token.length !== TOKEN_LENGTH) {
    return `The token is ${token.length} characters long; a brand token has ${TOKEN_LENGTH}. Part of it may be missing: copy the whole last line again.`
  }
  if (!TOKEN_PATTERN.test(token)) return 'The token has characters a brand token never has (only letters, digits, "-" and "_" follow "vtr_").'
  return undefined
}
