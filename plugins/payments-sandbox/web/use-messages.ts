"use client";

import { createMessages } from "@tillbox/plugin-sdk/ui";
import de from "../messages/de.json";
import en from "../messages/en.json";

/** The sandbox page's strings in the page language (<html lang>), English on the server. */
export const { useMessages } = createMessages(en, { de });
