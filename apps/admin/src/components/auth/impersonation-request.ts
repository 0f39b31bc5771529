/** Where and what the browser posts to hand a back-office impersonation over to the portal. */
export interface Handover {
  url: string;
  token: string;
}

/**
 * Client side of /api/auth/impersonate (packages/auth createImpersonationHandlers). JSON +
 * same-origin fetch is what the route accepts (its CSRF guard); errors carry a readable message.
 */
export async function impersonationRequest(
  body: { action: "start"; userId: string } | { action: "stop" },
): Promise<{ handover?: Handover; signedIn?: boolean }> {
  const response = await fetch("/api/auth/impersonate", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
    credentials: "same-origin",
  });
  const payload = (await response.json().catch(() => null)) as { error?: { message?: string }; handover?: Handover; signedIn?: boolean } | null;
  if (!response.ok) throw new Error(payload?.error?.message ?? `Impersonation failed (HTTP ${response.status}).`);
  return payload ?? {};
}

/**
 * Navigates to the portal by posting the single-use hand-over token in a form body: unlike a link,
 * it stays out of the address bar, history, server logs and Referer headers. The portal redeems it
 * and redirects to its account page (the admin's CSP allows this form action: tooling/next).
 */
export function postHandover(handover: Handover): void {
  const form = document.createElement("form");
  form.method = "POST";
  form.action = handover.url;
  form.hidden = true;
  const field = document.createElement("input");
  field.type = "hidden";
  field.name = "handoff";
  field.value = handover.token;
  form.append(field);
  document.body.append(form);
  form.submit();
}
