/**
 * A failure the caller can act on, with a stable machine-readable code
 * (e.g. PLUGIN_DISABLED). The error formatter exposes `code`, never a stack.
 */
export class DomainError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly status: "BAD_REQUEST" | "NOT_FOUND" | "CONFLICT" | "FORBIDDEN" | "PRECONDITION_FAILED" | "TOO_MANY_REQUESTS" = "BAD_REQUEST",
  ) {
    super(message);
    this.name = "DomainError";
  }
}
