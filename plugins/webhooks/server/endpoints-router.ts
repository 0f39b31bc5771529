import { randomUUID } from "node:crypto";
import { z } from "zod";
import { DomainError, type Db } from "@tillbox/plugin-sdk";
import { procedure, router } from "./api";
import { toEndpointView } from "./endpoint-view";
import { parseAllowList } from "./allow-list";
import { generateSigningSecret, sealSigningSecret, secretHint } from "./secrets";
import { sendTestEvent } from "./test-event";
import { assertPublicEndpointUrl } from "./url";
import { createEndpointInput, endpointUrlSchema, eventsSchema } from "./endpoint-input";
import { loadWebhooksSettings } from "./settings";

const idInput = z.object({ id: z.uuid() });

/** Refuses private, internal and metadata targets unless the operator allow-listed them. */
async function assertAllowedTarget(db: Db, url: string) {
  assertPublicEndpointUrl(url, parseAllowList((await loadWebhooksSettings(db)).allowedInternalTargets));
}

/** Scoped to the caller's tenant: another tenant's id is simply not found. */
async function findEndpoint(db: Db, tenantId: string, id: string) {
  const endpoint = await db.webhookEndpoint.findFirst({ where: { id, tenantId } });
  if (!endpoint) throw new DomainError("WEBHOOK_ENDPOINT_NOT_FOUND", `Webhook endpoint "${id}" was not found.`, "NOT_FOUND");
  return endpoint;
}

const createInput = createEndpointInput;

const updateInput = z.object({
  id: z.uuid(),
  url: endpointUrlSchema.optional(),
  description: z.string().trim().max(500).optional(),
  events: eventsSchema.optional(),
  enabled: z.boolean().optional(),
});

const rotateInput = z.object({
  id: z.uuid(),
  /** Zero revokes the old secret at once (e.g. after a leak); default: the graceful setting. */
  graceHours: z.number().int().min(0).max(168).optional(),
});

export const endpointsRouter = router({
  list: procedure("webhooks:read").query(async ({ ctx }) => {
    const rows = await ctx.db.webhookEndpoint.findMany({ where: { tenantId: ctx.tenantId }, orderBy: { createdAt: "desc" } });
    return rows.map((row) => toEndpointView(row));
  }),

  get: procedure("webhooks:read")
    .input(idInput)
    .query(async ({ ctx, input }) => toEndpointView(await findEndpoint(ctx.db, ctx.tenantId, input.id))),

  /** The only response (with rotateSecret) that ever contains a secret. */
  create: procedure("webhooks:manage")
    .input(createInput)
    .mutation(async ({ ctx, input }) => {
      await assertAllowedTarget(ctx.db, input.url);
      const id = randomUUID();
      const secret = generateSigningSecret();
      const secretEncrypted = sealSigningSecret(id, secret);
      const row = await ctx.db.webhookEndpoint.create({ data: { ...input, id, tenantId: ctx.tenantId, secretEncrypted, secretHint: secretHint(secret) } });
      return { endpoint: toEndpointView(row), secret };
    }),

  update: procedure("webhooks:manage")
    .input(updateInput)
    .mutation(async ({ ctx, input }) => {
      const { id, ...changes } = input;
      await findEndpoint(ctx.db, ctx.tenantId, id);
      if (changes.url !== undefined) await assertAllowedTarget(ctx.db, changes.url);
      const row = await ctx.db.webhookEndpoint.update({ where: { id }, data: changes });
      return toEndpointView(row);
    }),

  delete: procedure("webhooks:manage")
    .input(idInput)
    .mutation(async ({ ctx, input }) => {
      await findEndpoint(ctx.db, ctx.tenantId, input.id);
      // Deliveries and attempts go with it (ON DELETE CASCADE): the log is about this endpoint only.
      await ctx.db.webhookEndpoint.delete({ where: { id: input.id } });
      return { id: input.id };
    }),

  rotateSecret: procedure("webhooks:manage")
    .input(rotateInput)
    .mutation(async ({ ctx, input }) => {
      const endpoint = await findEndpoint(ctx.db, ctx.tenantId, input.id);
      const graceHours = input.graceHours ?? (await loadWebhooksSettings(ctx.db)).secretGraceHours;
      const secret = generateSigningSecret();
      const expiresAt = graceHours > 0 ? new Date(Date.now() + graceHours * 3_600_000) : null;
      // The old value moves over still encrypted: rotating never needs to read a secret.
      const row = await ctx.db.webhookEndpoint.update({
        where: { id: endpoint.id },
        data: {
          secretEncrypted: sealSigningSecret(endpoint.id, secret),
          secretHint: secretHint(secret),
          previousSecretEncrypted: expiresAt ? endpoint.secretEncrypted : null,
          previousSecretExpiresAt: expiresAt,
        },
      });
      return { endpoint: toEndpointView(row), secret };
    }),

  sendTest: procedure("webhooks:manage")
    .input(idInput)
    .mutation(async ({ ctx, input }) => {
      const endpoint = await findEndpoint(ctx.db, ctx.tenantId, input.id);
      return sendTestEvent(ctx.db, endpoint, await loadWebhooksSettings(ctx.db));
    }),
});
