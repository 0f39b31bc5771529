import { appRouter } from "../root";
import { createRestHandler } from "./handler";
import { restRoutes } from "./routes";

export { createRestHandler, type RestHandlerConfig, type RestRequestOptions } from "./handler";
export { openApiDocument, type OpenApiInfo } from "./openapi";
export { resolveRestRoutes, type ResolvedRoute } from "./registry";
export { plannedRestRoutes, restRoutes } from "./routes";
export type { HttpMethod, ProcedureRoute, RawRoute, RestRoute } from "./types";

/** The /api/v1 endpoint of apps/web (and /api/v1/openapi.json). */
export const handleRestRequest = createRestHandler({ router: appRouter, routes: restRoutes });
export { handleDocumentPdfRequest } from "./pdf-request";
