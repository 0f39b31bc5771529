import { icons, type LucideProps } from "lucide-react";

/**
 * A lucide icon by name, for slot configs that carry icon names as plain data
 * (e.g. admin.sidebar `icon: "Webhook"`). Unknown names fall back to a neutral icon.
 */
export function Icon({ name, ...props }: LucideProps & { name: string | undefined }) {
  const Component = (name && name in icons ? icons[name as keyof typeof icons] : undefined) ?? icons.Puzzle;
  return <Component {...props} />;
}
