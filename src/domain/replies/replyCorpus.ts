import { EN_REPLY_LABELS } from "./englishReplyLabels";
import type { ReplyAnswer } from "./replyAnswer";
import type { NotUnderstoodCode, UnclearCode } from "./replyInterpretation";
import { DECEMBER, JUNE, ONE_TIME, type TestOffer, TWO_TUESDAYS } from "./replyTestOffers";
import { formatStructuredReply } from "./structuredReply";

/*
 * Replies as families really send them, with what staff should be shown for each. Fictional
 * people; the shapes (Outlook and Gmail HTML with our offer quoted below, forwarded chains, phone
 * footers, typos, other languages) are the ones that arrive in school inboxes.
 */

/** What the reader should make of a reply. `hints` lists the ones expected; any other must be absent. */
export interface CorpusCase {
  readonly name: string;
  readonly offer: TestOffer;
  readonly subject: string;
  readonly body: string;
  readonly html: boolean;
  readonly expected:
    | { readonly kind: "structured"; readonly choice: number | null }
    | { readonly kind: "choice"; readonly choice: number; readonly confidence: "high" | "medium" }
    | { readonly kind: "noneWork" }
    | { readonly kind: "unclear"; readonly candidates: readonly number[]; readonly code: UnclearCode }
    | { readonly kind: "notUnderstood"; readonly code: NotUnderstoodCode };
  readonly hints?: {
    readonly interpreter?: string | null;
    readonly supporter?: string;
    readonly online?: true;
  };
}

const SUBJECT = "Re: Meeting times [CG-7K3M-Q9XD]";

// Our own offer, as it comes back quoted: it names every offered time, so it must never count.
const OFFER_TEXT = `Dear Ms Wiśniewska,

We would like to meet to talk about how things are going at school. Please choose a time:

1. Tuesday 1 December, 3:30pm to 4:30pm
2. Thursday 3 December, 4pm to 5pm
3. Wednesday 9 December, 8:30am to 9:30am

You can bring a supporter or advocate, and ask for an interpreter.
Reference: CG-7K3M-Q9XD

Aileen MacLeod
Depute Head Teacher, Craigmount Primary School`;

const quoted = (text: string) =>
  text
    .split("\n")
    .map((l) => `> ${l}`)
    .join("\n");
const OFFER_HTML = OFFER_TEXT.split("\n").join("<br>\n");

const OUTLOOK_QUOTE = `<hr style="display:inline-block;width:98%" tabindex="-1"><div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000"><b>From:</b> Aileen MacLeod &lt;a.macleod@craigmount.example.sch.uk&gt;<br><b>Sent:</b> 20 November 2026 10:02<br><b>To:</b> Anna Wiśniewska<br><b>Subject:</b> Meeting times [CG-7K3M-Q9XD]</font><div>&nbsp;</div></div><div><div dir="ltr">${OFFER_HTML}</div></div>`;

const GMAIL_QUOTE = `<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">On Fri, 20 Nov 2026 at 10:02, Aileen MacLeod &lt;<a href="mailto:a.macleod@craigmount.example.sch.uk">a.macleod@craigmount.example.sch.uk</a>&gt; wrote:<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">${OFFER_HTML}</blockquote></div>`;

const outlook = (newest: string) =>
  `<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} /* Thursday */</style></head><body dir="ltr"><div class="elementToProof" style="font-family: Aptos, sans-serif; font-size: 12pt;">${newest}</div><div id="appendonsend"></div>${OUTLOOK_QUOTE}</body></html>`;
const gmail = (newest: string) => `<div dir="ltr">${newest}</div>${GMAIL_QUOTE}`;
const iphone = (newest: string) =>
  `${newest}\n\nSent from my iPhone\n\n> On 20 Nov 2026, at 10:02, Aileen MacLeod <a.macleod@craigmount.example.sch.uk> wrote:\n>\n${quoted(OFFER_TEXT)}`;
const plainGmail = (newest: string) =>
  `${newest}\n\nOn Fri, 20 Nov 2026 at 10:02, Aileen MacLeod <\na.macleod@craigmount.example.sch.uk> wrote:\n\n${quoted(OFFER_TEXT)}`;

const answer: ReplyAnswer = {
  ref: "CG-7K3M-Q9XD",
  choice: 3,
  availability: "",
  adjustments: ["interpreter", "quietRoom"],
  interpreterLanguage: "Polski",
  otherNeeds: "",
  supporter: { name: "Zofia Wiśniewska", relationship: "siostra", sharePapers: true },
  speakingOrder: "after",
  message: "Dziękuję! Do zobaczenia.",
};
const structured = (a: ReplyAnswer) => formatStructuredReply(a, DECEMBER, EN_REPLY_LABELS);

/** The corpus, checked reply by reply in `replyCorpus.test.ts`. */
export const REPLY_CORPUS: readonly CorpusCase[] = [
  {
    name: "a plain yes to a weekday",
    offer: DECEMBER,
    subject: SUBJECT,
    body: "Tuesday is fine",
    html: false,
    expected: { kind: "choice", choice: 1, confidence: "high" },
  },
  {
    name: "Outlook HTML with weekday, date and hour, offer quoted below",
    offer: DECEMBER,
    subject: SUBJECT,
    body: outlook("Hi Mrs MacLeod,<br><br>Thursday 3rd at 4 works for us.<br><br>Thanks<br>Karen"),
    html: true,
    expected: { kind: "choice", choice: 2, confidence: "high" },
  },
  {
    name: "Gmail HTML: the second one",
    offer: DECEMBER,
    subject: SUBJECT,
    body: gmail("The second one please, thank you!<div><br></div><div>Marek</div>"),
    html: true,
    expected: { kind: "choice", choice: 2, confidence: "high" },
  },
  {
    name: "a bare number from an iPhone",
    offer: DECEMBER,
    subject: SUBJECT,
    body: iphone("2"),
    html: false,
    expected: { kind: "choice", choice: 2, confidence: "high" },
  },
  {
    name: "option number",
    offer: DECEMBER,
    subject: SUBJECT,
    body: plainGmail("option 2 please"),
    html: false,
    expected: { kind: "choice", choice: 2, confidence: "high" },
  },
  {
    name: "a lone number among a few words",
    offer: DECEMBER,
    subject: SUBJECT,
    body: "I'll go with 3",
    html: false,
    expected: { kind: "choice", choice: 3, confidence: "medium" },
  },
  {
    name: "misspelt Tuesday",
    offer: DECEMBER,
    subject: SUBJECT,
    body: "tusday is good for me x",
    html: false,
    expected: { kind: "choice", choice: 1, confidence: "medium" },
  },
  {
    name: "misspelt Thursday",
    offer: DECEMBER,
    subject: SUBJECT,
    body: iphone("Thrusday suits us best"),
    html: false,
    expected: { kind: "choice", choice: 2, confidence: "medium" },
  },
  {
    name: "misspelt Wednesday with a part of the day",
    offer: DECEMBER,
    subject: SUBJECT,
    body: "wendsday morning please, first thing is easiest with the school run",
    html: false,
    expected: { kind: "choice", choice: 3, confidence: "medium" },
  },
  {
    name: "the first time, and a partner coming",
    offer: DECEMBER,
    subject: SUBJECT,
    body: plainGmail("The first time is good for us. My partner will come too.\n\nBest wishes,\nLouise"),
    html: false,
    expected: { kind: "choice", choice: 1, confidence: "high" },
    hints: { supporter: "My partner" },
  },
  {
    name: "Polish: Tuesday, coming with a sister",
    offer: DECEMBER,
    subject: SUBJECT,
    body: "Dzień dobry,\nwtorek mi pasuje. Przyjdę z siostrą.\nPozdrawiam\nAnna Wiśniewska",
    html: false,
    expected: { kind: "choice", choice: 1, confidence: "high" },
    hints: { supporter: "siostrą" },
  },
  {
    name: "Polish: the second slot, an interpreter",
    offer: DECEMBER,
    subject: SUBJECT,
    body: outlook("Drugi termin, proszę. Potrzebuję tłumacza polskiego."),
    html: true,
    expected: { kind: "choice", choice: 2, confidence: "high" },
    hints: { interpreter: "Polish" },
  },
  {
    name: "Arabic: Tuesday, an Arabic interpreter",
    offer: DECEMBER,
    subject: SUBJECT,
    body: "الثلاثاء مناسب لي. أحتاج إلى مترجم عربي من فضلك",
    html: false,
    expected: { kind: "choice", choice: 1, confidence: "high" },
    hints: { interpreter: "Arabic" },
  },
  {
    name: "Ukrainian: Tuesday, online",
    offer: DECEMBER,
    subject: SUBJECT,
    body: gmail("Добрий день! Вівторок підходить. Чи можна онлайн?"),
    html: true,
    expected: { kind: "choice", choice: 1, confidence: "high" },
    hints: { online: true },
  },
  {
    name: "Ukrainian: the second option",
    offer: DECEMBER,
    subject: SUBJECT,
    body: "Другий варіант, будь ласка. Дякую!",
    html: false,
    expected: { kind: "choice", choice: 2, confidence: "high" },
  },
  {
    name: "Romanian: the second option",
    offer: DECEMBER,
    subject: SUBJECT,
    body: "Bună ziua, a doua variantă e bine pentru mine. Mulțumesc!",
    html: false,
    expected: { kind: "choice", choice: 2, confidence: "high" },
  },
  {
    name: "Romanian without diacritics: not Tuesday, Thursday",
    offer: DECEMBER,
    subject: SUBJECT,
    body: "Nu pot marti, joi e bine",
    html: false,
    expected: { kind: "choice", choice: 2, confidence: "high" },
  },
  {
    name: "Urdu in Latin letters: Wednesday morning, a sister coming",
    offer: DECEMBER,
    subject: SUBJECT,
    body: "Assalam o alaikum, Budh subah theek hai. Meri behen bhi saath aayegi.",
    html: false,
    expected: { kind: "choice", choice: 3, confidence: "high" },
    hints: { supporter: "Meri behen" },
  },
  {
    name: "none work, working until five",
    offer: DECEMBER,
    subject: SUBJECT,
    body: iphone("Sorry, can't do any, I work until 5. Could we do a Monday after 5:30?"),
    html: false,
    expected: { kind: "noneWork" },
  },
  {
    name: "none work, asking for a Monday",
    offer: DECEMBER,
    subject: SUBJECT,
    body: "None of these work for us, could we do a Monday?",
    html: false,
    expected: { kind: "noneWork" },
  },
  {
    name: "Polish: none work",
    offer: DECEMBER,
    subject: SUBJECT,
    body: "Niestety żaden termin mi nie pasuje. Czy może być w poniedziałek po 15?",
    html: false,
    expected: { kind: "noneWork" },
  },
  {
    name: "Arabic: none work",
    offer: DECEMBER,
    subject: SUBJECT,
    body: "ولا واحد من هذه المواعيد يناسبني، أنا أعمل حتى الساعة الخامسة",
    html: false,
    expected: { kind: "noneWork" },
  },
  {
    name: "two days offered back",
    offer: DECEMBER,
    subject: SUBJECT,
    body: "Tuesday or Thursday would both be fine",
    html: false,
    expected: { kind: "unclear", candidates: [1, 2], code: "several" },
  },
  {
    name: "any will do",
    offer: DECEMBER,
    subject: SUBJECT,
    body: gmail("Any of them is fine, whatever suits the school."),
    html: true,
    expected: { kind: "unclear", candidates: [1, 2, 3], code: "anyWillDo" },
  },
  {
    name: "only a no",
    offer: DECEMBER,
    subject: SUBJECT,
    body: "Thursday is no good for me I'm afraid",
    html: false,
    expected: { kind: "unclear", candidates: [1, 3], code: "ruledOutOnly" },
  },
  {
    name: "a no and a yes",
    offer: DECEMBER,
    subject: SUBJECT,
    body: outlook("Tuesday doesn&#8217;t work for us but Wednesday morning is great."),
    html: true,
    expected: { kind: "choice", choice: 3, confidence: "high" },
  },
  {
    name: "a day that was not offered",
    offer: DECEMBER,
    subject: SUBJECT,
    body: "Would Friday be possible?",
    html: false,
    expected: { kind: "unclear", candidates: [], code: "notOffered" },
  },
  {
    name: "details that disagree",
    offer: DECEMBER,
    subject: SUBJECT,
    body: "Tuesday 3rd is good",
    html: false,
    expected: { kind: "unclear", candidates: [1, 2], code: "conflicting" },
  },
  {
    name: "no time in it",
    offer: DECEMBER,
    subject: SUBJECT,
    body: iphone("Thanks for the letter, I will talk to my husband and get back to you."),
    html: false,
    expected: { kind: "notUnderstood", code: "noTime" },
  },
  {
    name: "another offer's reference",
    offer: DECEMBER,
    subject: "Re: Meeting times [CG-4WPA-2HNR]",
    body: "Tuesday is fine",
    html: false,
    expected: { kind: "notUnderstood", code: "otherOffer" },
  },
  {
    name: "nothing written above the quote",
    offer: DECEMBER,
    subject: SUBJECT,
    body: gmail("<br>"),
    html: true,
    expected: { kind: "notUnderstood", code: "empty" },
  },
  {
    name: "a forwarded reply from the other parent",
    offer: DECEMBER,
    subject: "Fwd: Re: Meeting times [CG-7K3M-Q9XD]",
    body: `---------- Forwarded message ---------\nFrom: Tomasz Wiśniewski <tomasz@example.com>\nDate: Sat, 21 Nov 2026 at 08:15\nSubject: Re: Meeting times\nTo: Anna Wiśniewska <anna@example.com>\n\nThe Wednesday one is best for me\n\n${plainGmail("").trim()}`,
    html: false,
    expected: { kind: "choice", choice: 3, confidence: "high" },
  },
  {
    name: "an Outlook plain-text forward with an advocate",
    offer: DECEMBER,
    subject: "FW: Meeting times [CG-7K3M-Q9XD]",
    body: `\n\n________________________________\nFrom: Karen Doyle <karen@example.com>\nSent: 21 November 2026 19:40\nTo: Office\nSubject: RE: Meeting times\n\nThursday is fine for me and my advocate from Enquire will come.\n\n________________________________\nFrom: Aileen MacLeod\nSent: 20 November 2026 10:02\n\n${OFFER_TEXT}`,
    html: false,
    expected: { kind: "choice", choice: 2, confidence: "high" },
    hints: { supporter: "my advocate from Enquire" },
  },
  {
    name: "a signature with office hours and a phone number",
    offer: DECEMBER,
    subject: SUBJECT,
    body: "Wednesday is best.\n\n-- \nJane Smith\nMon–Fri 9–5\n07700 900123",
    html: false,
    expected: { kind: "choice", choice: 3, confidence: "high" },
  },
  {
    name: "entities and non-breaking spaces",
    offer: DECEMBER,
    subject: SUBJECT,
    body: "<p>Tuesday&nbsp;afternoon&nbsp;&ndash; that&rsquo;s&nbsp;fine</p>",
    html: true,
    expected: { kind: "choice", choice: 1, confidence: "high" },
  },
  {
    name: "a date and a clock time",
    offer: DECEMBER,
    subject: SUBJECT,
    body: "The 9th at 8:30 please",
    html: false,
    expected: { kind: "choice", choice: 3, confidence: "high" },
  },
  {
    name: "online, with a reason",
    offer: DECEMBER,
    subject: SUBJECT,
    body: "Can we do Teams? The Thursday is better, 4pm, as I can't get time off earlier.",
    html: false,
    expected: { kind: "choice", choice: 2, confidence: "high" },
    hints: { online: true },
  },
  {
    name: "a BSL interpreter",
    offer: DECEMBER,
    subject: SUBJECT,
    body: "I'm deaf and will need a BSL interpreter. Thursday please.",
    html: false,
    expected: { kind: "choice", choice: 2, confidence: "high" },
    hints: { interpreter: "British Sign Language" },
  },
  {
    name: "a greeting that names a part of the day",
    offer: DECEMBER,
    subject: SUBJECT,
    body: "Good afternoon, Wednesday works, no problem",
    html: false,
    expected: { kind: "choice", choice: 3, confidence: "high" },
  },
  {
    name: "an abbreviated day with a full stop",
    offer: DECEMBER,
    subject: SUBJECT,
    body: "Tues. afternoon works",
    html: false,
    expected: { kind: "choice", choice: 1, confidence: "high" },
  },
  {
    name: "the structured reply from the parent page, sent as Outlook HTML",
    offer: DECEMBER,
    subject: SUBJECT,
    body: outlook(structured(answer).split("\n").join("<br>")),
    html: true,
    expected: { kind: "structured", choice: 3 },
    hints: { interpreter: "Polski", supporter: "Zofia Wiśniewska" },
  },
  {
    name: "a structured reply for another offer",
    offer: DECEMBER,
    subject: SUBJECT,
    body: structured({ ...answer, ref: "CG-4WPA-2HNR" }),
    html: false,
    expected: { kind: "notUnderstood", code: "otherOffer" },
    hints: { interpreter: "Polski", supporter: "Zofia Wiśniewska" },
  },
  {
    name: "a structured reply damaged on the way",
    offer: DECEMBER,
    subject: SUBJECT,
    body: structured(answer).replace(/\[cg1:(.{10})/, "[cg1:$1!"),
    html: false,
    expected: { kind: "notUnderstood", code: "damagedStructuredReply" },
    // Read from its readable lines, which are still there for staff.
    hints: { interpreter: "Polish" },
  },
  {
    name: "a no to coming in, then a question naming a day",
    offer: DECEMBER,
    subject: SUBJECT,
    body: gmail("we can&#39;t come in person, can we do a video call on Tuesday?"),
    html: true,
    expected: { kind: "choice", choice: 1, confidence: "medium" },
    hints: { online: true },
  },
  {
    name: "a no that covers both alternatives",
    offer: DECEMBER,
    subject: SUBJECT,
    body: iphone("Can't make Tuesday or Wednesday. Thursday would be ok"),
    html: false,
    expected: { kind: "choice", choice: 2, confidence: "high" },
  },
  {
    name: "a question that may not be a choice",
    offer: DECEMBER,
    subject: SUBJECT,
    body: "Is the Tuesday meeting in person?",
    html: false,
    expected: { kind: "choice", choice: 1, confidence: "medium" },
  },
  {
    name: "two Tuesdays offered: Tuesday is ambiguous",
    offer: TWO_TUESDAYS,
    subject: "Re: Meeting times [CG-4WPA-2HNR]",
    body: "Tuesday is fine",
    html: false,
    expected: { kind: "unclear", candidates: [1, 3], code: "several" },
  },
  {
    name: "two Tuesdays offered: Polish weekday and date",
    offer: TWO_TUESDAYS,
    subject: "Re: Meeting times [CG-4WPA-2HNR]",
    body: "Wtorek, 15 grudnia",
    html: false,
    expected: { kind: "choice", choice: 3, confidence: "high" },
  },
  {
    name: "two Tuesdays offered: the 10th",
    offer: TWO_TUESDAYS,
    subject: "Re: Meeting times [CG-4WPA-2HNR]",
    body: "the 10th",
    html: false,
    expected: { kind: "choice", choice: 2, confidence: "high" },
  },
  {
    name: "two Tuesdays offered: Tuesday morning",
    offer: TWO_TUESDAYS,
    subject: "Re: Meeting times [CG-4WPA-2HNR]",
    body: "Tuesday morning is better for me",
    html: false,
    expected: { kind: "choice", choice: 1, confidence: "high" },
  },
  {
    name: "summer time: half three on the family's clock",
    offer: JUNE,
    subject: "Re: Meeting times [CG-9VZE-M3KT]",
    body: "Tuesday at half three",
    html: false,
    expected: { kind: "choice", choice: 2, confidence: "high" },
  },
  {
    name: "summer time: a clock time and a day",
    offer: JUNE,
    subject: "Re: Meeting times [CG-9VZE-M3KT]",
    body: "9:15 Monday",
    html: false,
    expected: { kind: "choice", choice: 1, confidence: "high" },
  },
  {
    name: "one time offered: a plain yes",
    offer: ONE_TIME,
    subject: "Re: Meeting times [CG-B6Q1-XY7S]",
    body: "Yes that's fine, see you then",
    html: false,
    expected: { kind: "choice", choice: 1, confidence: "medium" },
  },
];
