import { createMessages } from "@tillbox/ui/messages";
import de from "./messages/de.json";
import en from "./messages/en.json";

/** Strings of the account's subscription screens (plan changes, scheduled changes) in en and de. */
export const { useMessages: useBillingMessages } = createMessages(en, { de });
