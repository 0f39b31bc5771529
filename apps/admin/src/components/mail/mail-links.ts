/**
 * The links of a message's text part. The HTML is shown in a fully sandboxed iframe, where links
 * can't navigate; listing them outside lets a developer follow a verify or reset link.
 */
export function mailLinks(text: string): string[] {
  const found = text.match(/https?:\/\/[^\s<>"')\]]+/g) ?? [];
  return [...new Set(found.map((url) => url.replace(/[.,;:!?]+$/, "")))];
}
