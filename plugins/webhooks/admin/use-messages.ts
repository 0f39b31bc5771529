"use client";

import { useSyncExternalStore } from "react";
import de from "../messages/de.json";
import en from "../messages/en.json";

export type MessageKey = keyof typeof en;
const catalogues: Record<string, Record<MessageKey, string>> = { en, de };

function subscribe(): () => void {
  return () => {};
}

/** The page language (<html lang>); the server render uses English so hydration matches. */
function currentLocale(): string {
  const lang = document.documentElement.lang.slice(0, 2).toLowerCase();
  return lang in catalogues ? lang : "en";
}

/** `t("nextAttempt", { time })`: looks up a plugin string and fills {placeholders}. */
export function useMessages() {
  const locale = useSyncExternalStore(subscribe, currentLocale, () => "en");
  const messages = catalogues[locale] ?? en;
  return {
    locale,
    t(key: MessageKey, values: Record<string, string | number> = {}): string {
      return messages[key].replace(/\{(\w+)\}/g, (match, name: string) => String(values[name] ?? match));
    },
  };
}

export type Translate = ReturnType<typeof useMessages>["t"];
