"use client";

import { Monitor, Moon, Sun, type LucideIcon } from "lucide-react";
import { useTheme } from "next-themes";
import { useRef, useSyncExternalStore, type KeyboardEvent } from "react";
import { themes, type ThemeChoice } from "./theme";
import { useMessages } from "./messages";
import { cn } from "./utils";

const choices: Record<ThemeChoice, { icon: LucideIcon; label: "themeLight" | "themeDark" | "themeSystem" }> = {
  light: { icon: Sun, label: "themeLight" },
  dark: { icon: Moon, label: "themeDark" },
  system: { icon: Monitor, label: "themeSystem" },
};

const subscribe = () => () => {};

/**
 * Light / dark / system as three icon radios (arrow keys move and choose, as in any radio group).
 * Nothing is checked until mounted: the server can't know the stored choice.
 */
export function ThemeSwitcher({ className }: { className?: string }) {
  const { theme, setTheme } = useTheme();
  const { t } = useMessages("ui");
  const mounted = useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
  const group = useRef<HTMLDivElement>(null);
  const current = mounted ? (theme ?? "system") : null;

  function onKeyDown(event: KeyboardEvent) {
    const step = event.key === "ArrowRight" || event.key === "ArrowDown" ? 1 : event.key === "ArrowLeft" || event.key === "ArrowUp" ? -1 : 0;
    if (!step) return;
    event.preventDefault();
    const index = themes.indexOf((current ?? "system") as ThemeChoice);
    const next = themes[(index + step + themes.length) % themes.length]!;
    setTheme(next);
    group.current?.querySelector<HTMLButtonElement>(`[data-value="${next}"]`)?.focus();
  }

  return (
    <div
      ref={group}
      role="radiogroup"
      aria-label={t("theme")}
      onKeyDown={onKeyDown}
      className={cn("inline-flex items-center gap-0.5 rounded-md border border-border bg-background p-0.5", className)}
      data-testid="theme-switcher"
    >
      {themes.map((value) => {
        const { icon: ChoiceIcon, label } = choices[value];
        const checked = current === value;
        return (
          <button
            key={value}
            type="button"
            role="radio"
            aria-checked={checked}
            aria-label={t(label)}
            title={t(label)}
            data-value={value}
            tabIndex={checked || (current === null && value === "system") ? 0 : -1}
            onClick={() => setTheme(value)}
            className={cn(
              "grid size-7 place-items-center rounded-sm text-muted-foreground transition-colors outline-none hover:text-foreground focus-visible:ring-[3px] focus-visible:ring-ring/50 [&_svg]:size-4",
              checked && "bg-accent text-accent-foreground",
            )}
          >
            <ChoiceIcon aria-hidden />
          </button>
        );
      })}
    </div>
  );
}
