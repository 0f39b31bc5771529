"use client";

import de from "../messages/de.json";
import en from "../messages/en.json";
import { createMessages } from "./messages";

/** The component kit's own strings (dialog buttons, theme names, toast defaults). */
export const { useMessages: useUiMessages, translate: translateUi } = createMessages(en, { de });
