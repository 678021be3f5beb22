import type { ConfirmationText } from "./confirmationText";
import { escapeHtml } from "./escapeHtml";
import type { NoticeText } from "./noticeText";
import { staffWords as writtenByStaff } from "./offerEmail";
import { textDirection } from "./textDirection";

/** Who a notice is for, and in which language and clock. */
export interface NoticeReader {
  readonly name: string;
  readonly lang: string;
  readonly ref: string;
}

interface NoticeFrame {
  readonly reader: NoticeReader;
  readonly school: { readonly name: string; readonly phone: string };
  readonly senderName: string;
  readonly confirmation: ConfirmationText;
  readonly text: NoticeText;
}

const e = escapeHtml;

function frame(f: NoticeFrame, subject: string, paragraphs: readonly string[], suffix: string) {
  const { reader, confirmation: t } = f;
  const html = [
    `<div dir="${textDirection(reader.lang)}" lang="${e(reader.lang)}" style="font-family:Segoe UI,Arial,sans-serif;font-size:16px;line-height:1.5">`,
    `<p>${e(t.greeting(reader.name))}</p>`,
    ...paragraphs,
    `<p>${e(f.text.contact(f.school.name, f.school.phone))}</p>`,
    `<p>${e(t.signOff)}<br>${e(f.senderName)}<br>${e(f.school.name)}</p>`,
    "</div>",
  ].join("\n");
  return { subject: `${subject} [${reader.ref}${suffix}]`, html };
}

/** Staff's own words, labelled as theirs and shown as written. */
const staffWords = (f: NoticeFrame, words: string): string[] =>
  writtenByStaff(f.text.staffWords(f.senderName), [words]);

/** The meeting is cancelled: said kindly, with staff's reason as they wrote it. */
export function cancellationEmail(f: NoticeFrame & { readonly when: string; readonly reason: string }) {
  return frame(
    f,
    f.text.cancelSubject(f.school.name),
    [`<p>${e(f.text.cancelled(f.when))}</p>`, ...staffWords(f, f.reason), `<p>${e(f.text.cancelNext)}</p>`],
    "-cancelled",
  );
}

/** The offered times are withdrawn: nobody should choose one now. */
export function withdrawalEmail(f: NoticeFrame & { readonly reason: string }) {
  return frame(
    f,
    f.text.withdrawSubject(f.school.name),
    [`<p>${e(f.text.withdrawn)}</p>`, ...staffWords(f, f.reason)],
    "-withdrawn",
  );
}

/** A short, friendly reminder with the same link to choose a time. */
export function chaseEmail(
  f: NoticeFrame & {
    readonly chooseLabel: string;
    readonly link: string;
    readonly sequence: number;
  },
) {
  return frame(
    f,
    f.text.chaseSubject(f.school.name),
    [
      `<p>${e(f.text.chase)}</p>`,
      `<p><a href="${e(f.link)}" style="display:inline-block;padding:12px 20px;background:#0f6c6c;color:#ffffff;border-radius:6px;text-decoration:none;font-weight:600">${e(f.chooseLabel)}</a></p>`,
    ],
    `-reminder-${f.sequence}`,
  );
}
