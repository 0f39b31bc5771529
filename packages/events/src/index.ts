export { defineEvent, EVENT_NAME_PATTERN, type EventDefinition, type EventPayload } from "./define-event";
export { coreEvents, coreEventCatalogue } from "./core-events";
export { emit, EventPayloadError, defaultTenantId } from "./emit";
export {
  defineFunction,
  functionKey,
  type FunctionContext,
  type FunctionTrigger,
  type RegisteredFunction,
  type StepTools,
  type TillboxEvent,
  type TillboxFunction,
} from "./function";
export { createRelay, type Relay, type RelayOptions, type TickResult } from "./relay/create-relay";
export { defaultBackoffMs } from "./relay/backoff";
export { CRON_EVENT_NAME } from "./relay/cron";
export { createInngestClient, INNGEST_EVENT_PREFIX, toInngestEventName } from "./inngest/client";
export { toInngestFunctions } from "./inngest/functions";
export { inngestServeHandlers } from "./inngest/serve";
export { listDeliveries, listEvents, retryDelivery, DeliveryRetryError, type DeliveryStatusFilter } from "./admin";
