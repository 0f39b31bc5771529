import { createMessages } from "@tillbox/ui/messages";
import de from "./messages/de.json";
import en from "./messages/en.json";

/** Strings of the back-office subscription screens in en and de. */
export const { useMessages: useSubscriptionMessages } = createMessages(en, { de });
