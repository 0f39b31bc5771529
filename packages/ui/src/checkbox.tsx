import type { ComponentProps } from "react";
import { cn } from "./utils";

/**
 * A native checkbox in theme colours: keyboard, forms and screen readers work without JS, and
 * big grids (the role × scope matrix) stay cheap to render.
 */
export function Checkbox({ className, ...props }: Omit<ComponentProps<"input">, "type">) {
  return (
    <input
      type="checkbox"
      data-slot="checkbox"
      className={cn(
        "size-4 shrink-0 cursor-pointer rounded-sm border border-input accent-primary outline-none focus-visible:ring-[3px] focus-visible:ring-ring/50 disabled:cursor-not-allowed disabled:opacity-50",
        className,
      )}
      {...props}
    />
  );
}
