import { Spinner } from "@fluentui/react-components";

/** The one way to show that something is waiting on the network. */
export function Loading({ label }: { label: string }) {
  return <Spinner role="status" aria-live="polite" size="small" label={label} labelPosition="after" />;
}
