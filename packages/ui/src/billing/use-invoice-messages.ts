"use client";

import { createMessages } from "../messages";
import de from "./messages/de.json";
import en from "./messages/en.json";

/** Invoice and credit-note labels both apps show. */
export const { useMessages: useInvoiceMessages } = createMessages(en, { de });
