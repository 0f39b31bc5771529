import { defineFunction, isPluginEnabled, type EventPayload, type FunctionContext } from "@tillbox/plugin-sdk";
import { itemCreated } from "../server/events";

type ItemCreated = EventPayload<typeof itemCreated>;

/** Reacts to a new item; replace the body with the plugin's real work (a mail, a sync, …). */
export async function markItemProcessed({ event, step, db }: Pick<FunctionContext<ItemCreated>, "event" | "step" | "db">) {
  // The host skips disabled plugins' functions; re-checking covers runs already queued.
  if (!(await isPluginEnabled(db, "{{slug}}"))) return { skipped: "plugin disabled" };
  // A step runs once per event: an Inngest retry returns its recorded result instead.
  const { count } = await step.run("mark-processed", () =>
    db.{{camelName}}Item.updateMany({
      where: { id: event.data.itemId, tenantId: event.tenantId, processedAt: null },
      data: { processedAt: new Date() },
    }),
  );
  return { processed: count };
}

export default defineFunction<ItemCreated>({ id: "item-created", trigger: { event: itemCreated.name } }, markItemProcessed);
