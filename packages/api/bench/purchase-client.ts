import { randomUUID } from "node:crypto";

/**
 * One purchase as a client makes it: POST /api/v1/checkout (a 1,000-token bundle, sandbox card),
 * the card submitted on the sandbox's page (tRPC), then POST /api/v1/payments/{id}/capture.
 * Throws on any unexpected answer: a benchmark that counts failures as throughput lies.
 */
export async function purchase(baseUrl: string, apiKey: string, bundleId: string): Promise<void> {
  const headers = { authorization: `Bearer ${apiKey}`, "content-type": "application/json" };
  const checkout = await call(`${baseUrl}/api/v1/checkout`, {
    method: "POST",
    headers: { ...headers, "idempotency-key": randomUUID() },
    body: JSON.stringify({ currency: "EUR", items: [{ kind: "token_bundle", bundleId }], provider: "sandbox" }),
  });
  if (checkout.status !== "requires_action") throw new Error(`checkout answered ${checkout.status}`);
  const sandboxPaymentId = new URL(checkout.nextActionUrl).searchParams.get("payment");
  await call(`${baseUrl}/api/trpc/paymentsSandbox.submitCard`, {
    method: "POST",
    headers,
    body: JSON.stringify({ json: { paymentId: sandboxPaymentId, cardNumber: "4242424242424242" } }),
  });
  const captured = await call(`${baseUrl}/api/v1/payments/${checkout.paymentId}/capture`, {
    method: "POST",
    headers: { ...headers, "idempotency-key": randomUUID() },
    body: "{}",
  });
  if (captured.status !== "succeeded" && captured.invoiceStatus !== "paid") throw new Error(`capture answered ${JSON.stringify(captured)}`);
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- bench client reads loosely typed JSON
async function call(url: string, init: RequestInit): Promise<any> {
  const response = await fetch(url, init);
  const text = await response.text();
  if (!response.ok) throw new Error(`${init.method} ${url} → ${response.status}: ${text.slice(0, 300)}`);
  return JSON.parse(text);
}
