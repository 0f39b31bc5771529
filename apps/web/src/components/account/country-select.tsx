"use client";

import { NativeSelect } from "@tillbox/ui";
import { useMemo, type ComponentProps } from "react";
import { countryOptions } from "./countries";
import { useMessages } from "@tillbox/plugin-sdk/ui";

/** A native select (works without JS, good on mobile) with an empty "not set" option. */
export function CountrySelect(props: Omit<ComponentProps<"select">, "children">) {
  const { t } = useMessages("app.account");
  const options = useMemo(() => countryOptions("en"), []);
  return (
    <NativeSelect {...props}>
      <option value="">{t("notSet")}</option>
      {options.map((option) => (
        <option key={option.code} value={option.code}>
          {option.name}
        </option>
      ))}
    </NativeSelect>
  );
}
