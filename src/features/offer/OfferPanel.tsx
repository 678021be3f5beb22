import {
  Button,
  Checkbox,
  Field,
  MessageBar,
  MessageBarBody,
  makeStyles,
  Select,
  Text,
  Textarea,
  tokens,
} from "@fluentui/react-components";
import { useEffect, useRef, useState } from "react";
import { familyLocale, languageName } from "../../domain/i18n/locales";
import { staffText } from "../../domain/i18n/staffMessages";
import type { OfferDraft } from "../../domain/meetings/flows/offerFlow";
import type { MeetingInvitee, MeetingSlot, StoredMeeting } from "../../domain/meetings/meeting";
import type { OfferContext } from "../../domain/meetings/meetingActions";
import { blocksSending } from "../../domain/privacy/privacyGuard";
import type { AdjustmentCode } from "../../domain/replies/replyAnswer";
import { Loading } from "../../ui/Loading";
import { SanitizedHtml } from "../../ui/SanitizedHtml";
import { AsyncView } from "../AsyncView";
import { errorText } from "../errorText";
import { namesAnd } from "../meetings/meetingWords";
import { staffTextWith } from "../meetings/staffTextWith";
import { routes } from "../routes";
import { useServices } from "../services";
import { useAction } from "../useAction";
import { useAsync } from "../useAsync";
import { privacyText } from "./privacyText";

const useStyles = makeStyles({
  stack: { display: "grid", gap: tokens.spacingVerticalM },
  // The whole email, in the page's flow: a box that scrolled on its own could not be scrolled from
  // the keyboard past its one link.
  preview: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalM,
    backgroundColor: "#ffffff",
    color: "#242424",
    // An email is shown as on paper, except under Windows' contrast themes, which recolour it anyway.
    // (Its own inline colours included: the theme overrides them whatever they say.)
    "@media (forced-colors: active)": {
      backgroundColor: "Canvas",
      color: "CanvasText",
      "& p, & li, & h1, & h2, & h3, & td, & span, & div": { color: "CanvasText !important" },
    },
  },
  // The family's email and its English side by side where there is room, one above the other where not.
  pair: {
    display: "grid",
    gap: tokens.spacingHorizontalM,
    gridTemplateColumns: "repeat(auto-fit, minmax(min(100%, 320px), 1fr))",
  },
  column: { display: "grid", gap: tokens.spacingVerticalXS, alignContent: "start" },
});

/** "Українська (uk)": a language by its own name, with the tag staff see in the records. */
const languageLabel = (lang: string) => `${languageName(familyLocale(lang))} (${lang})`;

interface Props {
  childId: string;
  typeId: string;
  defaultPurpose: string;
  format: OfferDraft["format"];
  invitees: readonly MeetingInvitee[];
  slots: readonly MeetingSlot[];
  /** The length staff asked for, and the adjustments the times already allow for. */
  baseMinutes: number;
  allowedFor: readonly AdjustmentCode[];
  /** A booked meeting these times would replace (it stays booked until one is chosen). */
  reschedule?: string | undefined;
  /** Told once the offer has gone to every carer (the page clears its draft). */
  onSent?: () => void;
}

/** Preview and send the offer: one email per carer, in their language, each with its own link. */
export function OfferPanel(props: Props) {
  const { offers, meetings, schoolZone } = useServices();
  const [state, retry] = useAsync(
    async () => ({
      context: await offers.context(props.childId),
      replacing: props.reschedule ? await meetings.get(props.reschedule) : undefined,
    }),
    [offers, meetings, props.childId, props.reschedule],
  );
  return (
    <section aria-labelledby="offer-heading">
      <h3 id="offer-heading">{staffText(props.reschedule ? "offer.headingReschedule" : "offer.heading")}</h3>
      <AsyncView state={state} retry={retry} loadingLabel={staffText("offer.loading")}>
        {({ context, replacing }) => (
          <OfferForm {...props} context={context} replacing={replacing} zone={schoolZone} />
        )}
      </AsyncView>
    </section>
  );
}

function OfferForm(
  props: Props & {
    context: OfferContext;
    replacing: StoredMeeting | undefined;
    zone: string;
  },
) {
  const { offers } = useServices();
  const styles = useStyles();
  const { context } = props;
  const [purpose, setPurpose] = useState(props.defaultPurpose);
  const [note, setNote] = useState("");
  const [holds, setHolds] = useState(true);
  const [keepApart, setKeepApart] = useState(context.keepApart);
  const [shown, setShown] = useState(0);
  const [sent, setSent] = useState(false);
  const send = useAction(
    (draft: OfferDraft) => offers.send(draft, props.reschedule),
    () => {
      setSent(true);
      props.onSent?.();
    },
  );

  if (!context.school) return <Text role="alert">{staffText("problem.noSchoolProfile")}</Text>;
  if (context.carers.length === 0) return <Text role="alert">{staffText("offer.noCarers")}</Text>;
  const names = namesAnd(context.carers.map((c) => c.name));
  if (sent) return <SentMessage names={names} />;

  const draft: OfferDraft = {
    childId: props.childId,
    typeId: props.typeId,
    purpose,
    note,
    format: props.format,
    invitees: props.invitees,
    carers: context.carers,
    slots: props.slots,
    holds,
    keepApart,
    baseMinutes: props.baseMinutes,
    allowedFor: props.allowedFor,
  };
  const preview = offers.preview(draft, context, props.replacing);
  const email = preview.emails[Math.min(shown, preview.emails.length - 1)];
  const households = new Set(context.carers.map((c) => c.household)).size;
  // Emails, links and invitations can be forwarded and scanned: the child's name stops the send,
  // initials, surname and needs words are warnings staff may overrule.
  const childFirstName = context.childName.first || staffText("offer.theChild");
  const named = preview.privacy.some(blocksSending);
  const typed = (where: string) =>
    preview.privacy.filter((f) => f.where === where).map((f) => privacyText(f, childFirstName));
  const purposeNotes = typed("purpose");
  const noteNotes = typed("note");
  const elsewhere = preview.privacy
    .filter((f) => f.where !== "purpose" && f.where !== "note")
    .map((f) => privacyText(f, childFirstName));
  return (
    <div className={styles.stack}>
      <Text>
        {staffText("offer.eachGets", {
          carers: context.carers.map((c) => `${c.name} (${c.email})`).join(", "),
        })}
      </Text>
      <Field
        label={staffText("offer.purpose")}
        hint={staffText("offer.purpose.hint")}
        validationState={purposeNotes.length > 0 ? "warning" : "none"}
        validationMessage={purposeNotes.length > 0 ? purposeNotes.join(" ") : undefined}
      >
        <Textarea value={purpose} onChange={(_, d) => setPurpose(d.value)} />
      </Field>
      <Field
        label={staffText("offer.note")}
        hint={staffText("offer.note.hint")}
        validationState={noteNotes.length > 0 ? "warning" : "none"}
        validationMessage={noteNotes.length > 0 ? noteNotes.join(" ") : undefined}
      >
        <Textarea value={note} onChange={(_, d) => setNote(d.value)} />
      </Field>
      {elsewhere.length > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            {staffText("offer.checkBeforeSending")}
            <ul>
              {elsewhere.map((text) => (
                <li key={text}>{text}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
      <Checkbox
        checked={holds}
        onChange={(_, d) => setHolds(Boolean(d.checked))}
        label={staffText("offer.holds")}
      />
      {households > 1 && (
        <Checkbox
          checked={keepApart}
          onChange={(_, d) => setKeepApart(Boolean(d.checked))}
          label={staffText("offer.keepApart")}
        />
      )}
      {email && (
        <>
          {preview.emails.length > 1 && (
            <Field label={staffText("offer.previewTo")}>
              <Select value={String(shown)} onChange={(_, d) => setShown(Number(d.value))}>
                {preview.emails.map((e, i) => (
                  <option key={e.carer.id} value={i}>
                    {e.carer.name}: {languageLabel(e.carer.lang)}
                  </option>
                ))}
              </Select>
            </Field>
          )}
          <div className={styles.pair}>
            <section
              className={styles.column}
              aria-label={staffText("offer.emailTo", { name: email.carer.name })}
            >
              <Text weight="semibold">
                {email.english
                  ? staffText("offer.asTheyGetIt", {
                      language: languageLabel(email.carer.lang),
                      name: email.carer.name,
                      subject: email.subject,
                    })
                  : staffText("offer.preview", { subject: email.subject })}
              </Text>
              <SanitizedHtml className={styles.preview} html={email.html} />
            </section>
            {email.english && (
              <section className={styles.column} aria-label={staffText("offer.english")}>
                <Text weight="semibold">
                  {staffText("offer.englishToCheck", { subject: email.english.subject })}
                </Text>
                <SanitizedHtml className={styles.preview} html={email.english.html} />
              </section>
            )}
          </div>
        </>
      )}
      <div>
        <Button
          appearance="primary"
          disabled={send.busy || named || preview.unlinkable.length > 0 || props.slots.length === 0}
          onClick={() => void send.run(draft)}
        >
          {staffText("offer.send", { count: context.carers.length })}
        </Button>
      </div>
      {preview.unlinkable.length > 0 && (
        <MessageBar intent="error" role="alert" layout="multiline">
          <MessageBarBody>
            {staffText("offer.unlinkable", { problems: preview.unlinkable.join("; ") })}
          </MessageBarBody>
        </MessageBar>
      )}
      {send.busy && <Loading label={staffText("offer.sending")} />}
      {send.error !== undefined && (
        <MessageBar intent="error" role="alert" layout="multiline">
          <MessageBarBody>
            {errorText(send.error, props.zone)} {staffText("offer.sendAgain")}
          </MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}

/**
 * Said once the offer has gone. The Send button it replaces had the focus, so the focus moves here
 * rather than falling back to the top of the page; taking the focus has it read out, so it is not
 * a live region as well.
 */
function SentMessage({ names }: { names: string }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => box.current?.focus(), []);
  return (
    <MessageBar intent="success" layout="multiline" ref={box} tabIndex={-1}>
      <MessageBarBody>
        {staffTextWith(
          "offer.sent",
          "meetings",
          <a href={routes.meetings()}>{staffText("offer.sent.meetings")}</a>,
          {
            names,
          },
        )}
      </MessageBarBody>
    </MessageBar>
  );
}
