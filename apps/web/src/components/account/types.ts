import type { AppRouter } from "@tillbox/api";
import type { inferRouterOutputs } from "@trpc/server";

/** What account.me returns: the profile plus roles, scopes and impersonation info. */
export type AccountProfile = inferRouterOutputs<AppRouter>["account"]["me"];
