import type { AppRouter } from "@tillbox/api";
import type { inferRouterOutputs } from "@trpc/server";

export type Access = inferRouterOutputs<AppRouter>["roles"]["mine"];

/** Whether an actor holding `access` may call the procedure at `path` ("users.suspend"). */
export function mayCall(access: Access | null, path: string): boolean {
  if (!access) return false;
  const permission = access.procedures[path];
  if (permission === undefined || permission === null) return false;
  if (permission === "public") return true;
  if (permission === "signed-in") return access.kind === "user" || access.kind === "api-key";
  return access.scopes.includes(permission);
}
