import { initTRPC, TRPCError } from "@trpc/server";
import { ZodError } from "zod";
import { hasPermission, type Context } from "./context";
import { DomainError } from "@tillbox/core";
import { requestTransformer } from "./transformer";

/**
 * Every procedure has `permission`: a scope such as "plugins:manage", "signed-in" or "public".
 * publicProcedure and authorizedProcedure(permission) set it from the rule they enforce, so a
 * procedure never writes it again (a test fails on a procedure without one).
 */
export interface Meta {
  permission?: string;
  /** A plugin procedure's REST route under /api/v1 (the core's are listed in packages/api's rest/routes.ts). */
  rest?: { method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE"; path: string };
}

const t = initTRPC
  .context<Context>()
  .meta<Meta>()
  .create({
    transformer: requestTransformer,
    // Stacks never leave the server, whatever NODE_ENV says.
    isDev: false,
    errorFormatter({ shape, error }) {
      const cause = error.cause;
      // An unexpected failure says nothing about its internals; the server log has the cause.
      const internal = error.code === "INTERNAL_SERVER_ERROR";
      const { stack: _stack, ...data } = shape.data;
      return {
        ...shape,
        message: internal ? "Internal server error" : shape.message,
        data: {
          ...data,
          domainCode: cause instanceof DomainError ? cause.code : undefined,
          fieldErrors: cause instanceof ZodError ? zodFieldErrors(cause) : undefined,
          retryAfterSeconds: retryAfterOf(cause),
        },
      };
    },
  });

/** A rate-limit error (code RATE_LIMITED, from @tillbox/rate-limit) says when to come back. */
export function retryAfterOf(cause: unknown): number | undefined {
  if (!(cause instanceof DomainError) || !("retryAfterSeconds" in cause)) return undefined;
  return typeof cause.retryAfterSeconds === "number" ? cause.retryAfterSeconds : undefined;
}

/** For fetchRequestHandler's responseMeta: a 429 carries Retry-After (the longest wait in a batch). */
export function retryAfterHeaders(errors: readonly { cause?: unknown }[]): Record<string, string> | undefined {
  const seconds = Math.max(0, ...errors.map((error) => retryAfterOf(error.cause) ?? 0));
  return seconds > 0 ? { "Retry-After": String(Math.ceil(seconds)) } : undefined;
}

function zodFieldErrors(error: ZodError): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) fields[issue.path.join(".") || "(root)"] = issue.message;
  return fields;
}

/** Turns DomainErrors thrown by services into typed tRPC errors. */
const domainErrors = t.middleware(async ({ next }) => {
  const result = await next();
  if (!result.ok && result.error.cause instanceof DomainError) {
    const cause = result.error.cause;
    throw new TRPCError({ code: cause.status, message: cause.message, cause });
  }
  return result;
});

export const router = t.router;
export const middleware = t.middleware;
export const createCallerFactory = t.createCallerFactory;
export const mergeRouters = t.mergeRouters;

const baseProcedure = t.procedure.use(domainErrors);

export const publicProcedure = baseProcedure.meta({ permission: "public" });

/**
 * A procedure that requires `permission`. A caller without session or key is told to authenticate
 * (UNAUTHORIZED: the pages send them to sign-in, REST clients read WWW-Authenticate) before
 * anything else is looked at, input included; a known caller without the scope gets FORBIDDEN.
 */
export function authorizedProcedure(permission: string) {
  return baseProcedure.meta({ permission }).use(({ ctx, next }) => {
    if (ctx.actor.kind === "anonymous") {
      throw new TRPCError({ code: "UNAUTHORIZED", message: "Sign in, or send an API key (Authorization: Bearer tbx_…), to call this." });
    }
    if (!hasPermission(ctx.actor, permission)) {
      throw new TRPCError({ code: "FORBIDDEN", message: `Missing permission "${permission}".` });
    }
    return next();
  });
}

/**
 * Procedures of plugin `slug`: a disabled plugin answers PRECONDITION_FAILED with
 * domainCode PLUGIN_DISABLED, checked on every call so a toggle needs no restart.
 */
export function pluginProcedureFactory(slug: string) {
  return (permission: string) => {
    const base = permission === "public" ? publicProcedure : authorizedProcedure(permission);
    return base.use(async ({ ctx, next }) => {
      if (!(await ctx.plugins.isEnabled(slug))) {
        throw new TRPCError({
          code: "PRECONDITION_FAILED",
          message: `Plugin "${slug}" is disabled.`,
          cause: new DomainError("PLUGIN_DISABLED", `Plugin "${slug}" is disabled.`, "PRECONDITION_FAILED"),
        });
      }
      return next();
    });
  };
}
