import { createHash, randomBytes } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { handleOrders, type FakePaypalState, type Json } from "./orders";

export const FAKE_CLIENT = { id: "fake-client-id", secret: "fake-client-secret", webhookId: "WH-FAKE-123" };

export interface RecordedRequest {
  method: string;
  path: string;
  requestId: string | undefined;
  body: Json | null;
  rawBody: string;
}

/** What the fake treats as PayPal's signature of a webhook transmission (the real one is RSA over a CRC). */
const fakeSignature = (transmissionId: string, body: string) => createHash("sha256").update(`${transmissionId}|${body}`).digest("base64");

function parseJson(rawBody: string, contentType: string | undefined): Json | null {
  if (!rawBody || !contentType?.includes("json")) return null;
  try {
    return JSON.parse(rawBody) as Json;
  } catch {
    return null;
  }
}

/**
 * A local PayPal REST API (127.0.0.1, random port): OAuth2 client credentials, Orders v2, capture
 * refunds and webhook verification, with PayPal-Request-Id idempotency. Only what the plugin calls.
 */
export async function startFakePaypal() {
  const state: FakePaypalState = { orders: new Map(), refunds: new Map(), vaults: new Map(), declineNextCapture: false };
  const requests: RecordedRequest[] = [];
  const token = `A21AA${randomBytes(8).toString("hex")}`;
  const replies = new Map<string, { status: number; json: Json }>();
  let tokenRequests = 0;

  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      const rawBody = Buffer.concat(chunks).toString("utf8");
      const path = new URL(request.url ?? "/", "http://fake").pathname;
      const requestId = request.headers["paypal-request-id"] as string | undefined;
      const body = parseJson(rawBody, request.headers["content-type"]);
      requests.push({ method: request.method ?? "GET", path, requestId, body, rawBody });
      const send = (status: number, json: Json) => response.writeHead(status, { "Content-Type": "application/json" }).end(JSON.stringify(json));

      if (path === "/v1/oauth2/token") {
        tokenRequests += 1;
        const expected = `Basic ${Buffer.from(`${FAKE_CLIENT.id}:${FAKE_CLIENT.secret}`).toString("base64")}`;
        if (request.headers.authorization !== expected || rawBody !== "grant_type=client_credentials") {
          return send(401, { error: "invalid_client", error_description: "Client Authentication failed" });
        }
        return send(200, { access_token: token, token_type: "Bearer", expires_in: 32_400 });
      }
      if (request.headers.authorization !== `Bearer ${token}`)
        return send(401, { name: "AUTHENTICATION_FAILURE", message: "Authentication failed due to invalid authentication credentials." });
      if (path === "/v1/notifications/verify-webhook-signature") {
        const event = JSON.stringify(body?.webhook_event ?? null);
        const ok = body?.webhook_id === FAKE_CLIENT.webhookId && body?.transmission_sig === fakeSignature(String(body?.transmission_id), event);
        return send(200, { verification_status: ok ? "SUCCESS" : "FAILURE" });
      }
      const replayKey = requestId && request.method === "POST" ? `${path} ${requestId}` : undefined;
      const previous = replayKey ? replies.get(replayKey) : undefined;
      if (previous) return send(previous.status, previous.json);
      const [status, json] = handleOrders(state, request.method ?? "GET", path, body);
      if (replayKey && status < 500) replies.set(replayKey, { status, json });
      send(status, json);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;

  return {
    apiBase: `http://127.0.0.1:${port}`,
    state,
    requests,
    tokenRequests: () => tokenRequests,
    /** The buyer approves on PayPal's page. */
    approve(orderId: string) {
      state.orders.get(orderId)!.status = "APPROVED";
    },
    /** A webhook as PayPal would send it, with transmission headers the fake will verify. */
    signWebhook(event: Json, options: { forge?: boolean } = {}) {
      const rawBody = JSON.stringify(event);
      const transmissionId = randomBytes(8).toString("hex");
      const headers = new Headers({
        "paypal-auth-algo": "SHA256withRSA",
        "paypal-cert-url": "https://api.sandbox.paypal.com/v1/notifications/certs/CERT-fake",
        "paypal-transmission-id": transmissionId,
        "paypal-transmission-sig": options.forge ? "Zm9yZ2Vk" : fakeSignature(transmissionId, JSON.stringify(JSON.parse(rawBody))),
        "paypal-transmission-time": new Date().toISOString(),
      });
      return { headers, rawBody };
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export type FakePaypal = Awaited<ReturnType<typeof startFakePaypal>>;
