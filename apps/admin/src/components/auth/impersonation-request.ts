/**
 * Client side of /api/auth/impersonate (packages/auth createImpersonationHandlers). JSON +
 * same-origin fetch is what the route accepts (its CSRF guard); errors carry a readable message.
 */
export async function impersonationRequest(body: { action: "start"; userId: string } | { action: "stop" }): Promise<{ redirectTo?: string; signedIn?: boolean }> {
  const response = await fetch("/api/auth/impersonate", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
    credentials: "same-origin",
  });
  const payload = (await response.json().catch(() => null)) as { error?: { message?: string }; redirectTo?: string; signedIn?: boolean } | null;
  if (!response.ok) throw new Error(payload?.error?.message ?? `Impersonation failed (HTTP ${response.status}).`);
  return payload ?? {};
}
