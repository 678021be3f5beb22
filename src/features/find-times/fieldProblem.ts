import type { FieldProps } from "@fluentui/react-components";

/** A Fluent `Field`'s error props: the message sits under the field and marks its control invalid. */
export function fieldProblem(
  problem: string | undefined,
): Pick<FieldProps, "validationState" | "validationMessage"> {
  return problem ? { validationState: "error", validationMessage: problem } : { validationState: "none" };
}
