import { defineFunction, type TillboxFunction } from "@tillbox/events";
import { systemClock } from "../clock";
import { pruneIdempotencyKeys } from "./with-idempotency";

/** Daily: keys live 24 h (expiresAt); pruning once a day keeps each for 24–48 h, never less. */
export const pruneIdempotencyKeysFunction: TillboxFunction = defineFunction(
  { id: "billing-prune-idempotency-keys", trigger: { cron: "23 3 * * *" } },
  async ({ db, step }) => step.run("prune-idempotency-keys", () => pruneIdempotencyKeys({ db, clock: systemClock })),
);
