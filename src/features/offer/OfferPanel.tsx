import {
  Button,
  Checkbox,
  Field,
  MessageBar,
  MessageBarBody,
  makeStyles,
  Text,
  Textarea,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import { isServiceError } from "../../domain/errors";
import type { PlanInvitee, PlanSlot } from "../../domain/meetings/meetingPlan";
import { type OfferDraft, offerPayloadFor, sendOffer } from "../../domain/meetings/sendOffer";
import { offerEmail } from "../../domain/offers/offerEmail";
import { encodeOffer } from "../../domain/offers/offerLink";
import type { MeetingRecord, Versioned } from "../../domain/ports/records";
import type { Carer } from "../../domain/school/people";
import { Loading } from "../../ui/Loading";
import { SanitizedHtml } from "../../ui/SanitizedHtml";
import { AsyncView } from "../AsyncView";
import { errorText } from "../errorText";
import { useServices } from "../services";
import { useAsync } from "../useAsync";
import { offerEmailText } from "./offerTexts";

const useStyles = makeStyles({
  stack: { display: "grid", gap: tokens.spacingVerticalM },
  preview: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalM,
    backgroundColor: "#ffffff",
    color: "#242424",
    maxHeight: "420px",
    overflowY: "auto",
  },
});

interface Props {
  childId: string;
  typeId: string;
  defaultPurpose: string;
  format: OfferDraft["format"];
  invitees: readonly PlanInvitee[];
  slots: readonly PlanSlot[];
  /** Told once the offer has gone to every carer (the page clears its draft). */
  onSent?: () => void;
}

/** Preview and send the offer: one email per carer, in their language, each with its own link. */
export function OfferPanel(props: Props) {
  const { directory, records, mail, calendar, clock, random, parentPageUrl, schoolSettings, drafts } =
    useServices();
  const styles = useStyles();
  const [purpose, setPurpose] = useState(props.defaultPurpose);
  const [note, setNote] = useState("");
  const [holds, setHolds] = useState(true);
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<string>();
  const [sent, setSent] = useState<Versioned<MeetingRecord>>();
  const [state, retry] = useAsync(async () => {
    const [carers, me, profile, children] = await Promise.all([
      directory.carers(props.childId),
      directory.me(),
      schoolSettings.profile(),
      directory.children(),
    ]);
    const firstName = children.find((c) => c.id === props.childId)?.name.split(/\s+/)[0] ?? "";
    return { carers, me, profile, firstName };
  }, [directory, schoolSettings, props.childId]);

  /** The half-sent offer to finish, if it still exists, is this child's and is still being sent. */
  async function resumable(id: string) {
    try {
      const record = await records.meeting(id);
      return record.value.childId === props.childId && record.value.status === "offering"
        ? record
        : undefined;
    } catch (e) {
      if (isServiceError(e, "notFound")) return undefined;
      throw e;
    }
  }

  async function send(
    carers: readonly Carer[],
    me: { name: string; email: string },
    school: { name: string; phone: string; jurisdiction: "scotland" | "england" },
  ) {
    if (sending) return;
    setSending(true);
    setError(undefined);
    // A half-sent offer is resumed, never started again: its record id is kept as a draft.
    // One half-sent offer per child is remembered on this device, and resumed only for that child.
    const key = `offer-in-progress.${props.childId}`;
    const pendingId = drafts.load(key);
    try {
      const existing = typeof pendingId === "string" ? await resumable(pendingId) : undefined;
      const draft: OfferDraft = {
        childId: props.childId,
        typeId: props.typeId,
        purpose,
        note,
        format: props.format,
        invitees: props.invitees,
        carers,
        slots: props.slots,
        holds,
      };
      const deps = {
        records,
        mail,
        calendar,
        clock,
        random,
        parentPageUrl,
        school,
        sender: me,
        emailText: offerEmailText,
      };
      const record = await sendOffer(
        { ...deps, onSaved: (r) => drafts.save(key, r.value.id) },
        draft,
        existing,
      );
      drafts.clear(key);
      setSent(record);
      props.onSent?.();
    } catch (e) {
      setError(`${errorText(e)} Press Send again to finish: anything already sent will not be sent twice.`);
    } finally {
      setSending(false);
    }
  }

  return (
    <section aria-labelledby="offer-heading" className={styles.stack}>
      <h3 id="offer-heading">Offer these times</h3>
      <AsyncView state={state} retry={retry} loadingLabel="Loading the family's details…">
        {({ carers, me, profile, firstName }) => {
          if (!profile)
            return <Text role="alert">Set the school's name and phone number in Settings first.</Text>;
          if (carers.length === 0)
            return (
              <Text role="alert">
                This child has no carers on the school's list. Import the MIS export in Settings.
              </Text>
            );
          const previewPlan = {
            v: 1 as const,
            childId: props.childId,
            typeId: props.typeId,
            purpose,
            note,
            format: props.format,
            invitees: props.invitees,
            carers: carers.map((c) => ({
              id: c.id,
              name: c.name,
              email: c.email,
              lang: c.preferredLanguage,
              zone: c.timeZone ?? "Europe/London",
              household: c.household,
              ref: "CG-XXXX-XXXX",
            })),
            slots: props.slots,
            holds: [],
            sent: [],
            createdAt: clock.now(),
            expires: clock.now(),
            reply: undefined,
            organizer: me.email,
            bookingStarted: undefined,
            booking: undefined,
            confirmed: [],
            logged: false,
          };
          const first = carers[0];
          const preview = first
            ? offerEmail({
                offer: offerPayloadFor(previewPlan, first.id, { school: profile, sender: me }),
                carerName: first.name,
                senderName: me.name,
                link: "#",
                note,
                text: offerEmailText(first.preferredLanguage),
              })
            : undefined;
          // Every carer's link is checked before anything is created, so a value the link cannot
          // carry (a phone number with words in it, an unusual language tag) is fixed first.
          const unlinkable = carers.flatMap((c) => {
            try {
              encodeOffer(offerPayloadFor(previewPlan, c.id, { school: profile, sender: me }));
              return [];
            } catch (e) {
              if (!(e instanceof RangeError)) throw e;
              return [`${c.name}: ${e.message}`];
            }
          });
          // The link and email can be forwarded and scanned: the child's name stays out of them.
          const named =
            firstName.length > 1 &&
            new RegExp(`\\b${firstName.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\b`, "i").test(
              `${purpose} ${note}`,
            );
          return sent ? (
            <MessageBar intent="success" role="status">
              <MessageBarBody>
                Sent to {carers.map((c) => c.name).join(" and ")}. Their replies will appear under Meetings,
                Awaiting reply.
              </MessageBarBody>
            </MessageBar>
          ) : (
            <>
              <Text>
                Each of {carers.map((c) => `${c.name} (${c.email})`).join(", ")} gets their own email with a
                link to choose a time.
              </Text>
              <Field
                label="Why we are meeting (shown to the family)"
                hint="Plain words; no diagnosis or needs — the link and email can be forwarded."
              >
                <Textarea value={purpose} onChange={(_, d) => setPurpose(d.value)} />
              </Field>
              <Field label="A note from you (optional)" hint="Added to each email as you write it.">
                <Textarea value={note} onChange={(_, d) => setNote(d.value)} />
              </Field>
              <Checkbox
                checked={holds}
                onChange={(_, d) => setHolds(Boolean(d.checked))}
                label="Hold these times in my calendar (private, tentative) until the family chooses"
              />
              {preview && (
                <>
                  <Text weight="semibold">Preview: {preview.subject}</Text>
                  <SanitizedHtml className={styles.preview} html={preview.html} />
                </>
              )}
              <div>
                <Button
                  appearance="primary"
                  disabled={sending || named || unlinkable.length > 0 || props.slots.length === 0}
                  onClick={() => void send(carers, me, profile)}
                >
                  Send to {carers.length} {carers.length === 1 ? "carer" : "carers"}
                </Button>
              </div>
              {unlinkable.length > 0 && (
                <MessageBar intent="error" role="alert">
                  <MessageBarBody>
                    These offers cannot be made into a link yet. Check the school's details in Settings and
                    the family's contact details: {unlinkable.join("; ")}
                  </MessageBarBody>
                </MessageBar>
              )}
              {named && (
                <MessageBar intent="warning" role="alert">
                  <MessageBarBody>
                    Please leave {firstName}'s name out of the purpose and the note: emails and links can be
                    forwarded.
                  </MessageBarBody>
                </MessageBar>
              )}
              {sending && <Loading label="Sending…" />}
              {error && (
                <MessageBar intent="error" role="alert">
                  <MessageBarBody>{error}</MessageBarBody>
                </MessageBar>
              )}
            </>
          );
        }}
      </AsyncView>
    </section>
  );
}
