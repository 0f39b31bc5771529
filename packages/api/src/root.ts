import { publicProcedure, router } from "@tillbox/trpc";
import { pluginRouters } from "./generated/routers.generated";
import { getHealth, healthSchema } from "./health";
import { eventsRouter } from "./routers/events-router";
import { pluginsRouter } from "./routers/plugins-router";
import { tenantsRouter } from "./routers/tenants-router";
import { apiKeysRouter } from "./routers/api-keys-router";
import { auditRouter } from "./routers/audit-router";
import { rolesRouter } from "./routers/roles-router";
import { usersRouter } from "./routers/users-router";
import { mailRouter } from "./routers/mail-router";
import { authRouter } from "./routers/auth-router";
import { accountRouter } from "./routers/account-router";
import { billingRouter } from "./routers/billing";
import { registerProcedures } from "./procedure-permissions";

/** Core namespaces plus one namespace per installed plugin (composed, fully typed). */
export const appRouter = router({
  health: publicProcedure.output(healthSchema).query(({ ctx }) => getHealth(ctx.db)),
  plugins: pluginsRouter,
  events: eventsRouter,
  tenants: tenantsRouter,
  roles: rolesRouter,
  users: usersRouter,
  apiKeys: apiKeysRouter,
  audit: auditRouter,
  mail: mailRouter,
  auth: authRouter,
  account: accountRouter,
  billing: billingRouter,
  ...pluginRouters,
});

registerProcedures(appRouter);

export type AppRouter = typeof appRouter;
