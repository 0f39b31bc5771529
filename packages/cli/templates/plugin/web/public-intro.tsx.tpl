"use client";

import { useMessages } from "../messages/use-messages";

/** The public page's text in the visitor's language (client side: useMessages reads <html lang>). */
export function PublicIntro() {
  const { t } = useMessages();
  return (
    <>
      <h1 className="text-3xl font-semibold tracking-tight">{t("publicTitle")}</h1>
      <p className="text-muted-foreground">{t("publicIntro")}</p>
    </>
  );
}
