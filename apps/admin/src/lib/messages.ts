"use client";

import { createMessages } from "@tillbox/ui";
import de from "../../messages/de.json";
import en from "../../messages/en.json";

/** This app's own strings (messages/<locale>.json): `const { t } = useMessages(); t("key", { value })`. */
export const { useMessages, translate } = createMessages(en, { de });
export type MessageKey = keyof typeof en;
