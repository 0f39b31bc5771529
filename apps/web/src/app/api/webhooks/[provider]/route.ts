import { handleProviderWebhookRequest } from "@tillbox/api";

export const dynamic = "force-dynamic";

/** Payment provider webhooks (/api/webhooks/stripe, …): verified by the provider plugin, reconciled by core. */
export async function POST(request: Request, context: { params: Promise<{ provider: string }> }): Promise<Response> {
  const { provider } = await context.params;
  return handleProviderWebhookRequest(request, provider);
}
