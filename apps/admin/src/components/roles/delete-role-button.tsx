"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Alert, AlertDescription, Button, Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle, DialogTrigger } from "@tillbox/ui";
import { Trash2 } from "lucide-react";
import { useState } from "react";
import { errorMessage, useTRPC } from "~/lib/trpc";

/** Custom roles only (built-ins are refused by the server); users lose the role with it. */
export function DeleteRoleButton({ role }: { role: { id: string; key: string; name: string } }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const remove = useMutation(
    trpc.roles.delete.mutationOptions({
      onSuccess: async () => {
        setOpen(false);
        await queryClient.invalidateQueries({ queryKey: trpc.roles.pathKey() });
      },
    }),
  );
  return (
    <Dialog open={open} onOpenChange={(next) => (setOpen(next), remove.reset())}>
      <DialogTrigger asChild>
        <Button variant="ghost" size="sm" className="h-6 px-1.5 text-xs font-normal text-muted-foreground hover:text-destructive" aria-label={`Delete role ${role.name}`}>
          <Trash2 aria-hidden /> Delete
        </Button>
      </DialogTrigger>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>Delete the role {role.name}?</DialogTitle>
          <DialogDescription>Users holding it lose its scopes on their next request. The deletion is audited.</DialogDescription>
        </DialogHeader>
        {remove.isError ? (
          <Alert variant="destructive">
            <AlertDescription>{errorMessage(remove.error)}</AlertDescription>
          </Alert>
        ) : null}
        <DialogFooter>
          <Button variant="ghost" onClick={() => setOpen(false)}>
            Cancel
          </Button>
          <Button variant="destructive" disabled={remove.isPending} onClick={() => remove.mutate({ id: role.id })}>
            {remove.isPending ? "Deleting…" : "Delete role"}
          </Button>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}
