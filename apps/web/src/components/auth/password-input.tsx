"use client";

import { Button, Input } from "@tillbox/ui";
import { Eye, EyeOff } from "lucide-react";
import { useState, type ComponentProps } from "react";
import { useMessages } from "@tillbox/plugin-sdk/ui";

/** A password field with a show/hide toggle: long passphrases are easier to type when visible. */
export function PasswordInput(props: Omit<ComponentProps<"input">, "type">) {
  const { t } = useMessages("app.auth");
  const [visible, setVisible] = useState(false);
  return (
    <div className="relative">
      <Input {...props} type={visible ? "text" : "password"} className="pr-10" />
      <Button
        type="button"
        variant="ghost"
        size="icon"
        className="absolute top-0 right-0 h-9 text-muted-foreground hover:bg-transparent"
        onClick={() => setVisible((value) => !value)}
        // Not "show password": getByLabel("Password") would then match the toggle as well as the field.
        aria-label={visible ? t("hideTypedCharacters") : t("showTypedCharacters")}
        aria-pressed={visible}
        aria-controls={props.id}
      >
        {visible ? <EyeOff /> : <Eye />}
      </Button>
    </div>
  );
}
