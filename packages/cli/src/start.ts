import { serve } from "./serve";

process.env.NODE_ENV ??= "production";
serve("start").catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
