"use client";

import { useSyncExternalStore } from "react";

export type MessageValues = Record<string, string | number>;

/** Fills {name} placeholders; one without a value stays as written, so the gap is visible. */
export function fillMessage(template: string, values: MessageValues = {}): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) => String(values[name] ?? match));
}

/** The page language (<html lang>) when a catalogue has it, else English; English on the server. */
export function documentLocale(available: readonly string[]): string {
  if (typeof document === "undefined") return "en";
  const lang = document.documentElement.lang.slice(0, 2).toLowerCase();
  return available.includes(lang) ? lang : "en";
}

// <html lang> is set by the server and never changes while the page lives.
function subscribe(): () => void {
  return () => {};
}

/**
 * One catalogue per locale (messages/<locale>.json), English as the reference: every other
 * locale must carry the same keys. `useMessages` is for rendering (English during hydration so
 * the server's HTML matches), `translate` for code that runs later (handlers, toasts).
 */
export function createMessages<Messages extends Record<string, string>>(en: Messages, others: Record<string, Record<keyof Messages, string>>) {
  type Key = keyof Messages & string;
  const catalogues: Record<string, Record<Key, string>> = { ...others, en };
  const locales = Object.keys(catalogues);
  const translator = (locale: string) => (key: Key, values?: MessageValues) => fillMessage((catalogues[locale] ?? en)[key], values);
  return {
    useMessages() {
      const locale = useSyncExternalStore(subscribe, () => documentLocale(locales), () => "en");
      return { locale, t: translator(locale) };
    },
    translate(key: Key, values?: MessageValues): string {
      return translator(documentLocale(locales))(key, values);
    },
  };
}

export type Translate<Key extends string> = (key: Key, values?: MessageValues) => string;
