import { z } from "zod";
import { defineEvent } from "@tillbox/plugin-sdk";

/** Emitted in the transaction that creates the item, so it exists exactly when the item does. */
export const itemCreated = defineEvent(
  "{{slug}}/item.created",
  z.object({ itemId: z.uuid(), title: z.string() }),
  "An operator added a {{name}} item.",
);
