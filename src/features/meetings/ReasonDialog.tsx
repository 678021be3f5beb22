import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  DialogTrigger,
  Field,
  Textarea,
} from "@fluentui/react-components";
import { useState } from "react";
import { staffText } from "../../domain/i18n/staffMessages";

/** Asks for the words the family will read before a change that tells them something. */
export function ReasonDialog(props: {
  trigger: string;
  title: string;
  hint: string;
  confirm: string;
  disabled: boolean;
  onConfirm: (reason: string) => void;
  /** The reason must be given (the family is told it); the confirm button waits for it. */
  required?: boolean;
  size?: "small" | "medium";
}) {
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState("");
  return (
    <Dialog open={open} onOpenChange={(_, d) => setOpen(d.open)}>
      <DialogTrigger disableButtonEnhancement>
        <Button disabled={props.disabled} size={props.size}>
          {props.trigger}
        </Button>
      </DialogTrigger>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{props.title}</DialogTitle>
          <DialogContent>
            <Field
              label={staffText(props.required ? "meetings.reason.label" : "meetings.reason.labelOptional")}
              hint={props.hint}
              required={props.required}
            >
              <Textarea value={reason} onChange={(_, d) => setReason(d.value)} maxLength={1_000} />
            </Field>
          </DialogContent>
          <DialogActions>
            <DialogTrigger disableButtonEnhancement>
              <Button>{staffText("meetings.reason.keep")}</Button>
            </DialogTrigger>
            <Button
              appearance="primary"
              disabled={props.required === true && reason.trim() === ""}
              onClick={() => {
                setOpen(false);
                props.onConfirm(reason);
              }}
            >
              {props.confirm}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
