import { definePlugin } from "@tillbox/plugin-sdk";
import { webhooksSettingsSchema } from "./server/settings";

export default definePlugin({
  slug: "webhooks",
  name: "Webhooks",
  version: "1.0.0",
  description: "Sends signed HTTP POSTs of domain events to endpoints you register, with retries and a delivery log.",
  dependsOn: [],
  permissions: {
    "webhooks:read": "See webhook endpoints and the delivery log",
    "webhooks:manage": "Create, change and delete webhook endpoints, rotate secrets and redeliver",
  },
  settings: webhooksSettingsSchema,
  events: { emits: [], subscribes: ["*"] },
});
