#!/usr/bin/env bash
# Prints the SQL that turns schema OLD into schema NEW: `tooling/prisma/migration-diff.sh OLD NEW`.
# Prisma 7's CLI needs a schema-engine binary it downloads; Prisma 6.19's CLI carries a WASM engine
# that runs offline with a driver adapter (PGlite here), so the diff is made with that version.
set -euo pipefail
old=$(realpath "$1"); new=$(realpath "$2")
work=${PRISMA_DIFF_DIR:-/tmp/tillbox-prisma-diff}
mkdir -p "$work" && cd "$work"
if [ ! -d node_modules/prisma ]; then
  echo '{"name":"prisma-diff","private":true,"type":"module"}' > package.json
  npm install --silent prisma@6.19.3 @prisma/client@6.19.3 @electric-sql/pglite@0.3.16 pglite-prisma-adapter@0.6.1 >/dev/null
fi
cat > prisma.config.ts <<'TS'
import { defineConfig } from "prisma/config";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPGlite } from "pglite-prisma-adapter";
export default defineConfig({ engine: "js", experimental: { adapter: true }, adapter: async () => new PrismaPGlite(new PGlite()) } as never);
TS
# Prisma 6 wants a datasource url and no prisma-client generator; both are irrelevant to the diff.
strip() { sed '/^generator/,/^}/d; /^datasource db {/,/^}/d' "$1"; printf 'datasource db {\n  provider = "postgresql"\n  url = "postgresql://diff@localhost/diff"\n}\n'; }
strip "$old" > old.prisma
strip "$new" > new.prisma
CHECKPOINT_DISABLE=1 PRISMA_QUERY_ENGINE_LIBRARY=/bin/true PRISMA_SCHEMA_ENGINE_BINARY=/bin/true \
  npx --no-install prisma migrate diff --from-schema-datamodel old.prisma --to-schema-datamodel new.prisma --script
