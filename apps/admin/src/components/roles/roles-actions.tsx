"use client";

import { useCan } from "~/components/auth/access";
import { CreateRoleDialog } from "./create-role-dialog";

export function RolesActions() {
  const can = useCan();
  return can("roles.create") ? <CreateRoleDialog /> : null;
}
