/** What the delivery log keeps of an answer: enough to debug a receiver, too little to leak a page. */
export const RESPONSE_EXCERPT_CHARS = 256;
/** Bytes read off the wire at most; the rest of the body is never downloaded. UTF-8 needs ≤ 4 per char. */
export const RESPONSE_READ_BYTES = RESPONSE_EXCERPT_CHARS * 4;

const TEXT_TYPES = /^(?:text\/[\w.+-]+|application\/(?:[\w.-]+\+)?(?:json|xml)|application\/x-www-form-urlencoded)\s*(?:;|$)/i;
/** Line breaks and tabs become spaces; other C0/C1 controls, bidi overrides and zero-width marks go. */
const WHITESPACE_CONTROLS = /[\t\n\r\v\f]+/g;
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff\ufffd]/g;

export function isTextLike(contentType: string | null | undefined): boolean {
  return TEXT_TYPES.test(contentType?.trim() ?? "");
}

/**
 * A short, printable excerpt of a text-like answer, or null for binary or empty ones. `complete`
 * is false when only the first RESPONSE_READ_BYTES were read, so the excerpt ends in "…".
 */
export function responseExcerpt(contentType: string | null | undefined, bytes: Buffer, complete: boolean): string | null {
  if (!isTextLike(contentType)) return null;
  const text = new TextDecoder("utf-8").decode(bytes).replace(WHITESPACE_CONTROLS, " ").replace(INVISIBLE, "").trim();
  const chars = Array.from(text);
  if (chars.length === 0) return null;
  if (complete && chars.length <= RESPONSE_EXCERPT_CHARS) return text;
  return `${chars.slice(0, RESPONSE_EXCERPT_CHARS - 1).join("")}…`;
}
