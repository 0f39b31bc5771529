"use client";

import { useQuery } from "@tanstack/react-query";
import { Checkbox } from "@tillbox/ui/checkbox";
import { useAccess, useCan } from "~/components/auth/access";
import { useTRPC } from "~/lib/trpc";
import { useMessages } from "@tillbox/plugin-sdk/ui";

/**
 * Only scopes the caller holds (a key can't carry more than its owner). Grouped by owner when the
 * caller may read the catalogue (roles:read); a flat list otherwise.
 */
export function ScopePicker({ selected, onChange }: { selected: string[]; onChange: (scopes: string[]) => void }) {
  const { t } = useMessages("app.apiKeys");
  const trpc = useTRPC();
  const can = useCan();
  const held = useAccess()?.scopes ?? [];
  const catalogue = useQuery({ ...trpc.roles.scopes.queryOptions(), enabled: can("roles.scopes") });
  const groups = catalogue.data
    ? catalogue.data
        .map((group) => ({ ...group, scopes: group.scopes.filter((entry) => held.includes(entry.scope)) }))
        .filter((group) => group.scopes.length > 0)
    : [{ owner: "held", name: t("yourScopes"), scopes: held.map((scope) => ({ scope, description: "" })) }];

  const toggle = (scope: string, on: boolean) => onChange(on ? [...new Set([...selected, scope])] : selected.filter((item) => item !== scope));

  return (
    <div className="grid max-h-80 gap-4 overflow-y-auto rounded-md border border-border p-3">
      {groups.map((group) => (
        <fieldset key={group.owner} className="grid gap-1.5">
          <legend className="mb-1 text-xs font-semibold tracking-wide text-muted-foreground uppercase">{group.name}</legend>
          {group.scopes.map(({ scope, description }) => (
            <label key={scope} className="flex items-start gap-2 text-sm">
              <Checkbox className="mt-0.5" checked={selected.includes(scope)} onChange={(event) => toggle(scope, event.target.checked)} aria-label={scope} />
              <span>
                <span className="font-mono text-xs font-medium">{scope}</span>
                {description ? <span className="block text-xs text-muted-foreground">{description}</span> : null}
              </span>
            </label>
          ))}
        </fieldset>
      ))}
    </div>
  );
}
