import { SHELL_MESSAGES } from "./staff/shell";

export type ShellKey = keyof typeof SHELL_MESSAGES;

/**
 * The frame's words (navigation, start-up, sign-out, page titles), for the first screen. They are
 * part of the staff catalogue, but use plain `{name}` placeholders only — no plural or select — so
 * they are filled here without loading the ICU library before the first paint. A test keeps this
 * equal to `staffText` for every shell message.
 */
export function shellText(key: ShellKey, values: { readonly [name: string]: string | number } = {}): string {
  return SHELL_MESSAGES[key].replace(/\{([A-Za-z0-9_]+)\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}
