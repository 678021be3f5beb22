import type { FieldProps } from "@fluentui/react-components";
import { staffText } from "../../domain/i18n/staffMessages";

/**
 * A Fluent `Field`'s error props: the message sits under the field, marks its control invalid and
 * describes it. It is not a live region of its own (Fluent's default): when Find times is pressed
 * the focus goes to the first field to fix, which reads its message, and the page's one status
 * line says how many are left, so no message is spoken twice.
 */
export function fieldProblem(
  problem: string | undefined,
): Pick<FieldProps, "validationState" | "validationMessage"> {
  return problem
    ? { validationState: "error", validationMessage: { children: problem, role: undefined } }
    : { validationState: "none" };
}

/** The page's one announcement of what stands in the way of a search, or nothing. */
export function problemsLeft(problems: Readonly<Record<string, string | undefined>>): string {
  const n = Object.values(problems).filter((p) => p !== undefined).length;
  if (n === 0) return "";
  return staffText("findTimes.problemsLeft", { count: n });
}
