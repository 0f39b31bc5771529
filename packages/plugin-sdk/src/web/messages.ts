import { getTranslations } from "next-intl/server";
import type { MessageValues, Translate } from "@tillbox/ui/messages";

/**
 * A plugin page's strings on the server (metadata, server-rendered text), in the request's
 * language: the same composed catalogue and namespace (the plugin's slug) as useMessages in the browser.
 */
export async function getPluginMessages(namespace: string): Promise<{ t: Translate }> {
  const translate = await getTranslations(namespace);
  return { t: (key: string, values?: MessageValues) => translate(key, values) };
}
