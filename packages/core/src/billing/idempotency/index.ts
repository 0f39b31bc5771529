export { canonicalJson, requestHash } from "./canonical-json";
export {
  IDEMPOTENCY_TTL_MS,
  pruneIdempotencyKeys,
  withIdempotency,
  type IdempotencyOptions,
  type IdempotencyRequest,
  type IdempotencyScope,
} from "./with-idempotency";
export { pruneIdempotencyKeysFunction } from "./idempotency-functions";
