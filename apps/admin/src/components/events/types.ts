import type { AppRouter } from "@tillbox/api";
import type { inferRouterOutputs } from "@trpc/server";

type Outputs = inferRouterOutputs<AppRouter>["events"];
export type EventRow = Outputs["list"][number];
export type DeliveryRow = Outputs["deliveries"][number];
