import type { Db } from "@tillbox/db";
import type { AccessActor } from "../identity/access/permissions";
import type { Clock } from "./clock";

/**
 * What every billing service needs. `db` is tenant-scoped by the caller (forTenant) for request
 * work; scheduled jobs pass the unscoped client and a tenantId per row. actor is null for system
 * jobs (renewals, dunning, webhooks): audit entries then have no actor.
 */
export interface BillingContext {
  db: Db;
  tenantId: string;
  clock: Clock;
  actor: AccessActor | null;
}
