import type { ConfirmationText } from "../confirmationText";
import type { NoticeText } from "../noticeText";
import type { OfferEmailText } from "../offerEmailText";

/** Polish. Formal "Państwo", as on the parent page. The purpose and room are staff's own words, so each follows a label. */
export const PL_OFFER_EMAIL: OfferEmailText = {
  subject: (school) => `Terminy spotkania – ${school}`,
  greeting: (name) => `Dzień dobry, ${name}!`,
  why: (purpose) =>
    `Chcielibyśmy się z Państwem spotkać. Cel spotkania: ${purpose}. Znają Państwo swoje dziecko najlepiej i chcemy wiedzieć, co Państwo myślą.`,
  who: "Kto będzie obecny:",
  times: "W tych terminach wszyscy mają czas. Proszę wybrać termin, który najbardziej Państwu odpowiada:",
  format: {
    inPerson: "Spotkamy się w szkole.",
    online: "Spotkamy się online w Microsoft Teams. Wyślemy Państwu link.",
    hybrid:
      "Mogą Państwo przyjść do szkoły lub połączyć się online w Microsoft Teams – jak Państwu wygodniej.",
  },
  choose: "Wybierz termin",
  noneWork:
    "Jeśli żaden z tych terminów nie pasuje, na tej samej stronie mogą Państwo napisać, jakie dni i godziny Państwu odpowiadają.",
  rightsTitle: "Przed spotkaniem",
  supporter:
    "Mogą Państwo przyjść z kimś: z przyjacielem, z kimś z rodziny lub z rzecznikiem (osobą wspierającą).",
  adjustments:
    "Prosimy dać nam znać, jeśli coś ułatwi Państwu udział w spotkaniu: tłumacz, dostęp bez schodów, pętla indukcyjna, dokumenty dużą czcionką, udział online lub dłuższe spotkanie.",
  advice: {
    scotland:
      "Bezpłatnych, niezależnych porad udziela Enquire – szkocka służba doradcza w sprawie dodatkowego wsparcia w nauce: 0345 123 2303, enquire.org.uk.",
    england:
      "Bezpłatnych, niezależnych porad udziela lokalna służba SEND Information, Advice and Support Service (SENDIASS).",
  },
  contact: (school, phone) =>
    `Jeśli mają Państwo pytania, prosimy odpowiedzieć na ten e-mail lub zadzwonić do szkoły ${school} pod numer ${phone}.`,
  plainReply: "Można też po prostu odpowiedzieć na ten e-mail, na przykład: „Wtorek mi pasuje”.",
  signOff: "Z serdecznymi pozdrowieniami,",
};

export const PL_CONFIRMATION: ConfirmationText = {
  subject: (school) => `Spotkanie umówione – ${school}`,
  greeting: (name) => `Dzień dobry, ${name}!`,
  booked: (when) => `Dziękujemy. Spotkanie zostało umówione. Termin: ${when}.`,
  where: (place) => `Miejsce spotkania: ${place}.`,
  online: "Dołączą Państwo online w Microsoft Teams – link znajduje się poniżej.",
  orOnline:
    "Mogą Państwo przyjść do szkoły albo, jeśli Państwo wolą, dołączyć online w Microsoft Teams – link znajduje się poniżej.",
  join: "Dołącz do spotkania",
  adjustments: "Przygotowujemy to, o co Państwo prosili:",
  supporter: (name) => `Serdecznie zapraszamy też osobę towarzyszącą: ${name}.`,
  papers: "Przed spotkaniem wyślemy Państwu plan spotkania i ewentualne dokumenty.",
  notAnswered:
    "Nie otrzymaliśmy jeszcze od Państwa odpowiedzi, ale serdecznie zapraszamy na spotkanie. Jeśli coś ułatwiłoby Państwu udział albo wolą Państwo dołączyć online, wystarczy odpowiedzieć na ten e-mail.",
  otherTime:
    "Wiemy, że być może nie jest to termin, który Państwo by wybrali. Jeśli nie mogą Państwo przyjść, prosimy odpowiedzieć na ten e-mail – znajdziemy sposób, żeby mogli Państwo wziąć udział w spotkaniu.",
  change: (school, phone) =>
    `Jeśli trzeba zmienić termin, prosimy odpowiedzieć na ten e-mail lub zadzwonić do szkoły ${school} pod numer ${phone}.`,
  signOff: "Z serdecznymi pozdrowieniami,",
};

/** Polish notices. The date and sender follow a label, so grammar never depends on them. */
export const PL_NOTICE: NoticeText = {
  cancelSubject: (school) => `Spotkanie odwołane – ${school}`,
  cancelled: (when) => `Bardzo nam przykro, ale spotkanie zostało odwołane. Odwołany termin: ${when}.`,
  staffWords: (name) => `Wiadomość w oryginalnym brzmieniu (od: ${name}):`,
  cancelNext: "Odezwiemy się do Państwa w sprawie dalszych kroków. Teraz nie muszą Państwo nic robić.",
  withdrawSubject: (school) => `Terminy spotkania są już nieaktualne – ${school}`,
  withdrawn:
    "Zaproponowane przez nas terminy spotkania są już nieaktualne, dlatego prosimy żadnego z nich nie wybierać. Przepraszamy za kłopot. Wkrótce się do Państwa odezwiemy.",
  chaseSubject: (school) => `Przypomnienie: terminy spotkania – ${school}`,
  chase:
    "Piszemy ponownie w sprawie zaproponowanych terminów spotkania. Bardzo chcielibyśmy wiedzieć, który termin Państwu odpowiada albo co byłoby dla Państwa lepsze. To zajmie tylko chwilę.",
  moved: (when) =>
    `Musimy zmienić termin naszego spotkania. Obecny termin: ${when}. Spotkanie pozostaje umówione na ten termin, dopóki nie wybiorą Państwo jednego z nowych terminów poniżej.`,
  contact: (school, phone) =>
    `Jeśli mają Państwo pytania, prosimy odpowiedzieć na ten e-mail lub zadzwonić do szkoły ${school} pod numer ${phone}.`,
};
