import { defineFunction, type TillboxFunction } from "@tillbox/events";
import { systemClock } from "../clock";
import { expireTokenGrants } from "./grant-expiry";

/** Hourly: grants lapse at most an hour late; until then they can only be spent as a last resort (grant-lots.ts). */
export const expireTokenGrantsFunction = defineFunction({ id: "billing-expire-token-grants", trigger: { cron: "0 * * * *" } }, async ({ db, step }) =>
  step.run("expire-token-grants", () => expireTokenGrants({ db, clock: systemClock })),
);

/** The wallet's scheduled functions, for the core function list (register each as `{ fn }`). */
export const walletFunctions: TillboxFunction[] = [expireTokenGrantsFunction];
