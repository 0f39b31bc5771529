import { createTranslator, useLocale, useTranslations } from "next-intl";
import type { ReactNode } from "react";
import en from "../messages/en.json";

export type MessageValues = Record<string, string | number>;
export type Translate = (key: string, values?: MessageValues) => string;
/** Like Translate, and a tag in the message (`<strong>{email}</strong>`) renders through the function of its name. */
export type TranslateRich = (key: string, values: Record<string, string | number | ((chunks: ReactNode) => ReactNode)>) => ReactNode;

/**
 * The strings of one namespace of the app's composed catalogue (apps/<app>/src/messages.generated.ts):
 * "app" for the app's own, "ui" for this kit's, a plugin's slug for the plugin's
 * (`useMessages("webhooks")`); nested groups with a dot ("app.nav"); "" for the whole catalogue. Works in server and client
 * components; values fill ICU placeholders (`t("refundTitle", { amount })`); `rich` also renders tags
 * (`rich("linkSent", { email, strong: (chunks) => <strong>{chunks}</strong> })`).
 */
export function useMessages(namespace: string): { t: Translate; rich: TranslateRich; has(key: string): boolean; locale: string } {
  const translate = useTranslations(namespace || undefined);
  const locale = useLocale();
  return { t: (key, values) => translate(key, values), rich: (key, values) => translate.rich(key, values), has: (key) => translate.has(key), locale };
}

/** This kit's English strings, for code that runs outside a page (tests, the server's defaults). */
const english = createTranslator({ locale: "en", messages: { ui: en } }).bind(null) as unknown as (key: string, values?: MessageValues) => string;
export const englishUi: Translate = (key, values) => english(`ui.${key}`, values);
