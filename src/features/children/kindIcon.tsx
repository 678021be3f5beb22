import {
  AccessibilityRegular,
  CalendarLtrRegular,
  CheckmarkCircleRegular,
  DocumentTextRegular,
  MailRegular,
  NoteRegular,
  SendRegular,
  TaskListLtrRegular,
  TextBulletListLtrRegular,
} from "@fluentui/react-icons";
import type { KindLook } from "../../domain/timeline/timelineKinds";

const ICONS: Record<KindLook["icon"], typeof NoteRegular> = {
  calendar: CalendarLtrRegular,
  send: SendRegular,
  mail: MailRegular,
  check: CheckmarkCircleRegular,
  list: TextBulletListLtrRegular,
  accessibility: AccessibilityRegular,
  document: DocumentTextRegular,
  task: TaskListLtrRegular,
  note: NoteRegular,
};

/** The icon for a kind of timeline entry; decorative, since the kind is always written beside it. */
export function KindIcon({ icon }: { icon: KindLook["icon"] }) {
  const Icon = ICONS[icon];
  return <Icon aria-hidden="true" fontSize={20} />;
}
