import { randomUUID } from "node:crypto";
import type { DbOrTx, Prisma } from "@tillbox/db";
import type { EventDefinition, EventPayload } from "./define-event";

/** The payload did not match the event's schema; `fields` are the offending paths. */
export class EventPayloadError extends Error {
  constructor(
    readonly eventName: string,
    readonly fields: string[],
    message: string,
  ) {
    super(message);
    this.name = "EventPayloadError";
  }
}

export function defaultTenantId(): string {
  return process.env.TILLBOX_DEFAULT_TENANT ?? "default";
}

/**
 * Records a domain event in the outbox. Pass the transaction client of the state change so the
 * event commits or rolls back with it; the relay delivers it after commit.
 */
export async function emit<E extends EventDefinition>(
  db: DbOrTx,
  event: E,
  data: EventPayload<E>,
  options: { tenantId?: string } = {},
): Promise<{ id: string }> {
  const parsed = event.schema.safeParse(data);
  if (!parsed.success) {
    const fields = parsed.error.issues.map((issue) => ["data", ...issue.path.map(String)].join("."));
    const details = parsed.error.issues.map((issue, index) => `${fields[index]}: ${issue.message}`).join("; ");
    throw new EventPayloadError(event.name, fields, `Invalid payload for event "${event.name}": ${details}`);
  }
  if (typeof parsed.data !== "object" || parsed.data === null || Array.isArray(parsed.data)) {
    // Inngest event data is an object; requiring one keeps both transports identical.
    throw new EventPayloadError(event.name, ["data"], `Invalid payload for event "${event.name}": data: must be an object`);
  }
  const id = randomUUID();
  await db.outboxEvent.create({
    data: {
      id,
      name: event.name,
      tenantId: options.tenantId ?? defaultTenantId(),
      // The parsed value: defaults applied and unknown keys stripped, exactly what handlers expect.
      payload: parsed.data as Prisma.InputJsonObject,
    },
  });
  return { id };
}
