import { procedure, router } from "./api";
import { eventCatalogue } from "./catalogue";
import { deliveriesRouter } from "./deliveries-router";
import { endpointsRouter } from "./endpoints-router";

/** Mounted as the "webhooks" namespace of the appRouter. */
export const webhooksRouter = router({
  endpoints: endpointsRouter,
  deliveries: deliveriesRouter,
  /** Event names an operator can subscribe an endpoint to. */
  catalogue: procedure("webhooks:read").query(({ ctx }) => eventCatalogue(ctx)),
});

export type WebhooksRouter = typeof webhooksRouter;
