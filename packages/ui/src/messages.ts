import { createTranslator, useLocale, useTranslations } from "next-intl";
import en from "../messages/en.json";

export type MessageValues = Record<string, string | number>;
export type Translate = (key: string, values?: MessageValues) => string;

/**
 * The strings of one namespace of the app's composed catalogue (apps/<app>/src/messages.generated.ts):
 * "app" for the app's own, "ui" for this kit's, a plugin's slug for the plugin's
 * (`useMessages("webhooks")`); nested groups with a dot ("app.nav"); "" for the whole catalogue. Works in server and client
 * components; values fill ICU placeholders (`t("refundTitle", { amount })`).
 */
export function useMessages(namespace: string): { t: Translate; has(key: string): boolean; locale: string } {
  const translate = useTranslations(namespace || undefined);
  const locale = useLocale();
  return { t: (key, values) => translate(key, values), has: (key) => translate.has(key), locale };
}

/** This kit's English strings, for code that runs outside a page (tests, the server's defaults). */
const english = createTranslator({ locale: "en", messages: { ui: en } }).bind(null) as unknown as (key: string, values?: MessageValues) => string;
export const englishUi: Translate = (key, values) => english(`ui.${key}`, values);
