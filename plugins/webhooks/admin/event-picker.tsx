"use client";

import { useState } from "react";
import { Badge, Button, Icon, Input } from "@tillbox/plugin-sdk/ui";
import type { CatalogueEntry } from "./types";
import type { Translate } from "@tillbox/plugin-sdk/ui";

interface EventPickerProps {
  catalogue: readonly CatalogueEntry[];
  value: string[];
  onChange(value: string[]): void;
  t: Translate;
}

/** "All events" or a hand-picked list; names outside the catalogue (and "invoice.*") can be typed. */
export function EventPicker({ catalogue, value, onChange, t }: EventPickerProps) {
  const [custom, setCustom] = useState("");
  const all = value.includes("*");
  const known = new Set(catalogue.map((entry) => entry.name));
  const extra = value.filter((name) => name !== "*" && !known.has(name));

  const toggle = (name: string) => onChange(value.includes(name) ? value.filter((item) => item !== name) : [...value.filter((item) => item !== "*"), name]);
  const addCustom = () => {
    const name = custom.trim();
    if (name && !value.includes(name)) onChange([...value.filter((item) => item !== "*"), name]);
    setCustom("");
  };

  return (
    <div className="space-y-3">
      <label className="flex items-center gap-2 text-sm font-medium">
        <input type="checkbox" className="size-4 accent-primary" checked={all} onChange={() => onChange(all ? [] : ["*"])} />
        {t("allEvents")}
      </label>
      {!all && (
        <>
          <div className="grid max-h-56 gap-1 overflow-y-auto rounded-md border border-border p-2">
            {catalogue.map((entry) => (
              <label key={entry.name} className="flex cursor-pointer items-start gap-2 rounded px-2 py-1.5 hover:bg-muted/60">
                <input type="checkbox" className="mt-0.5 size-4 accent-primary" checked={value.includes(entry.name)} onChange={() => toggle(entry.name)} />
                <span className="min-w-0">
                  <span className="block font-mono text-xs">{entry.name}</span>
                  <span className="block text-xs text-muted-foreground">{entry.description}</span>
                </span>
              </label>
            ))}
          </div>
          {extra.length > 0 && (
            <div className="flex flex-wrap gap-1">
              {extra.map((name) => (
                <Badge key={name} variant="secondary" className="font-mono">
                  {name}
                  <button type="button" aria-label={`Remove ${name}`} onClick={() => toggle(name)}>
                    <Icon name="X" />
                  </button>
                </Badge>
              ))}
            </div>
          )}
          <div className="flex gap-2">
            <Input
              value={custom}
              placeholder={t("customEvent")}
              className="font-mono text-xs"
              onChange={(event) => setCustom(event.target.value)}
              onKeyDown={(event) => {
                if (event.key === "Enter") {
                  event.preventDefault();
                  addCustom();
                }
              }}
            />
            <Button type="button" variant="outline" onClick={addCustom} disabled={!custom.trim()}>
              {t("add")}
            </Button>
          </div>
        </>
      )}
    </div>
  );
}
