import { definePlugin } from "@tillbox/plugin-sdk";
import { itemCreated } from "./server/events";

export default definePlugin({
  slug: "{{slug}}",
  name: "{{name}}",
  version: "0.1.0",
  description: "{{name}}: items operators add in the back-office, shown on a public page.",
  dependsOn: [],
  permissions: {
    "{{slug}}:read": "See {{name}} items",
    "{{slug}}:manage": "Add {{name}} items",
  },
  events: { emits: [itemCreated], subscribes: [itemCreated.name] },
});
