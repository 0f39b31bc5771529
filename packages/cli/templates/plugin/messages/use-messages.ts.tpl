"use client";

import { createMessages } from "@tillbox/plugin-sdk/ui";
import de from "./de.json";
import en from "./en.json";

/** `t("title")`: the plugin's strings in the page language (<html lang>), English on the server. */
export const { useMessages, translate } = createMessages(en, { de });

export type Translate = ReturnType<typeof useMessages>["t"];
