// {{name}} plugin: its own table, composed into the core schema by `pnpm compose`.
// Change a model here and add a migration beside the first (tooling/prisma/migration-diff.sh prints the SQL).

model Tenant {
  {{camelName}}Items {{PascalName}}Item[]
}

/// One item an operator added; processedAt is set by functions/item-created.ts.
model {{PascalName}}Item {
  id          String    @id @default(uuid()) @db.Uuid
  tenantId    String    @map("tenant_id")
  title       String
  processedAt DateTime? @map("processed_at")
  createdAt   DateTime  @default(now()) @map("created_at")

  tenant Tenant @relation(fields: [tenantId], references: [id])

  @@index([tenantId, createdAt])
  @@map("{{tablePrefix}}_item")
}
