import type { MailMessage } from "@tillbox/core";
import { catalogues, resolveLocale, templatePlaceholders, type LocaleCatalogue } from "./templates";

export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
  /** The locale actually used (after fallback), stored with dev messages. */
  locale: string;
}

const htmlEntities: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Every value put into HTML goes through here: names and addresses are user input. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (char) => htmlEntities[char]!);
}

function fill(copy: string, data: Record<string, string>): string {
  return copy.replace(/\{(\w+)\}/g, (_, key: string) => data[key] ?? "");
}

/** Required values were checked, so a paragraph naming a missing one carries optional data that isn't there. */
const complete = (copy: string, data: Record<string, string>) => [...copy.matchAll(/\{(\w+)\}/g)].every((match) => Boolean(data[match[1]!]));

function checkData(template: MailMessage["template"], data: Record<string, string>): void {
  for (const key of templatePlaceholders[template]) {
    if (!data[key]) throw new Error(`Mail template "${template}" needs data.${key}.`);
  }
  // Only web links: a javascript: or data: URL must never become something to click.
  for (const [key, value] of Object.entries(data)) {
    if (/url$/i.test(key) && !/^https?:\/\/[^\s]+$/i.test(value)) {
      throw new Error(`Mail template "${template}": data.${key} must be an http(s) URL.`);
    }
  }
}

/** Subject, plain text and HTML of one email; an unknown locale falls back to English. */
export function renderMail(message: Pick<MailMessage, "template" | "locale" | "data">): RenderedMail {
  const { template, data } = message;
  const locale = resolveLocale(message.locale);
  const catalogue: LocaleCatalogue = catalogues[locale]!;
  const copy = catalogue.templates[template];
  if (!copy) throw new Error(`Unknown mail template "${template}".`);
  checkData(template, data);

  const greeting = fill(data.name?.trim() ? catalogue.greeting.named : catalogue.greeting.anonymous, data);
  const notice = data.copyOf ? [fill(catalogue.copyNotice, data)] : [];
  const paragraphs = [...notice, ...copy.paragraphs.filter((paragraph) => complete(paragraph, data)).map((paragraph) => fill(paragraph, data))];
  const url = copy.action ? data.url : undefined;
  const signature = fill(catalogue.signature, data);

  const text = [greeting, ...paragraphs, ...(url ? [`${copy.action}: ${url}`] : []), signature].join("\n\n") + "\n";
  const html = renderHtml({ locale, greeting, paragraphs, signature, link: url ? { url, label: copy.action!, fallback: catalogue.linkFallback } : undefined });
  return { subject: fill(copy.subject, data), text, html, locale };
}

/** Links inside already escaped text (e.g. account-exists' reset link) become clickable; line breaks (a receipt's items) stay. */
function linkify(escaped: string): string {
  return escaped.replace(/https?:\/\/[^\s<]+/g, (url) => `<a href="${url}" style="color:#111827">${url}</a>`).replace(/\n/g, "<br>");
}

interface HtmlParts {
  locale: string;
  greeting: string;
  paragraphs: string[];
  signature: string;
  link?: { url: string; label: string; fallback: string };
}

// Inline styles only: most mail clients drop <style> blocks.
function renderHtml(parts: HtmlParts): string {
  const p = (content: string, style = "") => `<p style="margin:0 0 16px;${style}">${content}</p>`;
  const body = [
    p(escapeHtml(parts.greeting)),
    ...parts.paragraphs.map((paragraph) => p(linkify(escapeHtml(paragraph)))),
    ...(parts.link
      ? [
          p(
            `<a href="${escapeHtml(parts.link.url)}" style="display:inline-block;padding:10px 18px;background:#111827;color:#ffffff;text-decoration:none;border-radius:6px">${escapeHtml(parts.link.label)}</a>`,
          ),
          p(`${escapeHtml(parts.link.fallback)}<br>${escapeHtml(parts.link.url)}`, "color:#6b7280;font-size:13px;word-break:break-all"),
        ]
      : []),
    p(escapeHtml(parts.signature), "color:#6b7280"),
  ];
  return [
    `<!doctype html>`,
    `<html lang="${escapeHtml(parts.locale)}"><head><meta charset="utf-8"></head>`,
    `<body style="margin:0;padding:24px;background:#f9fafb"><div style="max-width:560px;margin:0 auto;padding:24px;background:#ffffff;font-family:system-ui,sans-serif;font-size:15px;line-height:1.5;color:#111827">`,
    ...body,
    `</div></body></html>`,
  ].join("\n");
}
