import {
  Button,
  Field,
  Input,
  Link,
  MessageBar,
  MessageBarBody,
  makeStyles,
  Select,
  Text,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import { staffText } from "../../domain/i18n/staffMessages";
import type { EmailSender, OpenEmail } from "../../domain/outlook/outlookActions";
import type { MessageReadItem } from "../../domain/ports/mail-item";
import { htmlToText } from "../../domain/replies/htmlText";
import type { Child } from "../../domain/school/people";
import { AsyncView } from "../AsyncView";
import { errorText } from "../errorText";
import { ReplyCheck } from "../meetings/ReplyCheck";
import { routes } from "../routes";
import { useServices } from "../services";
import { useAction } from "../useAction";
import { useAsync } from "../useAsync";
import { mailItemErrorText } from "./outlookWords";
import { SummaryAnswerPane } from "./SummaryAnswerPane";

const useStyles = makeStyles({
  pane: { display: "grid", gap: tokens.spacingVerticalM },
  child: {
    display: "grid",
    gap: tokens.spacingVerticalS,
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
    paddingTop: tokens.spacingVerticalS,
  },
});

const openEmail = (item: MessageReadItem): OpenEmail => ({
  itemId: item.itemId,
  internetMessageId: item.internetMessageId,
  subject: item.subject,
  from: item.from,
  receivedAt: item.receivedAt,
});

/** The pane on an email being read: a family's reply, a carer's email, or someone not yet known. */
export function ReadMailPane({ item }: { item: MessageReadItem }) {
  const { outlook, directory } = useServices();
  const [state, retry] = useAsync(async () => {
    const body = await item.bodyHtml();
    if (!body.ok) throw new Error(`${staffText("outlook.read.noText")} ${mailItemErrorText(body.error)}`);
    const [sender, children] = await Promise.all([
      outlook.recognise(openEmail(item), htmlToText(body.value)),
      directory.children(),
    ]);
    return { sender, children, bodyHtml: body.value };
  }, [item, outlook, directory]);
  return (
    <AsyncView state={state} retry={retry} loadingLabel={staffText("outlook.read.loading")}>
      {({ sender, children, bodyHtml }) => (
        <Recognised item={item} sender={sender} schoolChildren={children} bodyHtml={bodyHtml} />
      )}
    </AsyncView>
  );
}

function Recognised({
  item,
  sender,
  schoolChildren,
  bodyHtml,
}: {
  item: MessageReadItem;
  sender: EmailSender;
  schoolChildren: readonly Child[];
  bodyHtml: string;
}) {
  const styles = useStyles();
  switch (sender.kind) {
    case "summaryAnswer":
      return <SummaryAnswerPane item={item} bodyHtml={bodyHtml} sender={sender} />;
    case "reply":
      return <FamilyReply item={item} sender={sender} />;
    case "carer":
      return (
        <section aria-label={staffText("outlook.read.carerSection")} className={styles.pane}>
          <Text as="h2" size={400} weight="semibold">
            {staffText("outlook.read.carerHeading", { name: item.from.name || item.from.email })}
          </Text>
          {sender.children.map(({ child, carer }) => (
            <div key={`${child.id}/${carer.id}`} className={styles.child}>
              <Text>
                {staffText("outlook.read.carerOf", {
                  relationship: carer.relationship || staffText("outlook.read.carer"),
                  child: child.name,
                  year: child.yearGroup,
                })}
              </Text>
              <Link href={routes.findTimes(child.id)}>
                {staffText("outlook.read.findTimes", { child: child.name })}
              </Link>
              <FileButton
                item={item}
                childId={child.id}
                label={staffText("outlook.read.addToTimeline", { child: child.name })}
              />
            </div>
          ))}
        </section>
      );
    case "unknown":
      return <LinkSender item={item} schoolChildren={schoolChildren} />;
  }
}

function FamilyReply({
  item,
  sender,
}: {
  item: MessageReadItem;
  sender: Extract<EmailSender, { kind: "reply" }>;
}) {
  const styles = useStyles();
  const { meetings } = useServices();
  const [stored, setStored] = useState(sender.stored);
  const [message, setMessage] = useState<string>();
  const changed = useAction(
    () => meetings.get(stored.id),
    (next) => setStored(next),
  );
  return (
    <section aria-label={staffText("outlook.read.replySection")} className={styles.pane}>
      <Text as="h2" size={400} weight="semibold">
        {sender.childName
          ? staffText("outlook.read.replyHeading", { child: sender.childName })
          : staffText("outlook.read.replyHeadingNoChild")}
      </Text>
      <Text size={200}>{staffText("outlook.read.reference", { ref: sender.carer.ref })}</Text>
      {message && (
        <MessageBar intent="success" role="status" layout="multiline">
          <MessageBarBody>{message}</MessageBarBody>
        </MessageBar>
      )}
      <ReplyCheck
        stored={stored}
        carerId={sender.carer.id}
        onChanged={(text) => {
          setMessage(text);
          void changed.run();
        }}
      />
      <FileButton
        item={item}
        childId={stored.meeting.childId}
        meetingId={stored.id}
        label={staffText("outlook.read.fileReply")}
      />
    </section>
  );
}

function FileButton({
  item,
  childId,
  meetingId,
  label,
}: {
  item: MessageReadItem;
  childId: string;
  meetingId?: string;
  label: string;
}) {
  const { outlook } = useServices();
  const [result, setResult] = useState<string>();
  const file = useAction(
    () => outlook.fileEmail(childId, openEmail(item), meetingId),
    (r) =>
      setResult(r === "filed" ? staffText("outlook.read.filed") : staffText("outlook.read.alreadyFiled")),
  );
  return (
    <>
      <Button disabled={file.busy} onClick={() => void file.run()}>
        {label}
      </Button>
      {result && (
        <Text role="status" size={200}>
          {result}
        </Text>
      )}
      {file.error !== undefined && (
        <MessageBar intent="error" role="alert" layout="multiline">
          <MessageBarBody>
            {errorText(file.error)} {staffText("outlook.read.fileRetry")}
          </MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}

function LinkSender({
  item,
  schoolChildren: children,
}: {
  item: MessageReadItem;
  schoolChildren: readonly Child[];
}) {
  const styles = useStyles();
  const { outlook } = useServices();
  const [childId, setChildId] = useState("");
  const [relationship, setRelationship] = useState("");
  const [household, setHousehold] = useState("1");
  const [linked, setLinked] = useState<string>();
  const link = useAction(
    () => outlook.linkSender(childId, item.from, { relationship, household }),
    () => setLinked(children.find((c) => c.id === childId)?.name),
  );
  const problem = !childId
    ? staffText("outlook.link.chooseChild")
    : relationship.trim()
      ? undefined
      : staffText("outlook.link.sayWho");
  if (linked)
    return (
      <MessageBar intent="success" role="status" layout="multiline">
        <MessageBarBody>
          {staffText("outlook.link.saved", { email: item.from.email, child: linked })}
        </MessageBarBody>
      </MessageBar>
    );
  return (
    <section aria-label={staffText("outlook.link.section")} className={styles.pane}>
      <Text as="h2" size={400} weight="semibold">
        {staffText("outlook.link.heading", { name: item.from.name || item.from.email })}
      </Text>
      <Text>{staffText("outlook.link.intro")}</Text>
      <Field label={staffText("outlook.child.label")}>
        <Select value={childId} onChange={(_, d) => setChildId(d.value)}>
          <option value="">{staffText("outlook.child.choose")}</option>
          {children.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name} ({c.yearGroup})
            </option>
          ))}
        </Select>
      </Field>
      <Field label={staffText("outlook.link.relationship")} hint={staffText("outlook.link.relationshipHint")}>
        <Input value={relationship} onChange={(_, d) => setRelationship(d.value)} />
      </Field>
      <Field label={staffText("outlook.link.household")} hint={staffText("outlook.link.householdHint")}>
        <Select value={household} onChange={(_, d) => setHousehold(d.value)}>
          {["1", "2", "3"].map((h) => (
            <option key={h} value={h}>
              {staffText("outlook.link.householdNumber", { household: h })}
            </option>
          ))}
        </Select>
      </Field>
      <Button
        appearance="primary"
        disabled={link.busy || problem !== undefined}
        onClick={() => void link.run()}
      >
        {staffText("outlook.link.submit")}
      </Button>
      {problem && <Text size={200}>{problem}</Text>}
      {link.error !== undefined && (
        <MessageBar intent="error" role="alert" layout="multiline">
          <MessageBarBody>{errorText(link.error)}</MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
