import type { inferRouterOutputs } from "@tillbox/plugin-sdk";
import type { WebhooksRouter } from "../server/router";

type Outputs = inferRouterOutputs<WebhooksRouter>;
export type Endpoint = Outputs["endpoints"]["list"][number];
export type Delivery = Outputs["deliveries"]["list"]["items"][number];
export type CatalogueEntry = Outputs["catalogue"][number];
export type DeliveryStatus = Delivery["status"];
