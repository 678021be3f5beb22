import type { EmailMessages } from "./emailMessages";

/** The emails' words (offer, confirmation, notices). Polish. */
export const messages: EmailMessages = {
  greeting: "Dzień dobry, {name}!",
  signOff: "Z serdecznymi pozdrowieniami,",
  contact:
    "Jeśli mają Państwo pytania, prosimy odpowiedzieć na ten e-mail lub zadzwonić do szkoły {school} pod numer {phone}.",
  offerSubject: "Terminy spotkania – {school}",
  offerWhy: "Znają Państwo swoje dziecko najlepiej i chcemy wiedzieć, co Państwo myślą.",
  offerWho: "Kto będzie obecny:",
  offerTimes:
    "W tych terminach wszyscy mają czas. Proszę wybrać termin, który najbardziej Państwu odpowiada:",
  offerFormatInPerson: "Spotkamy się w szkole.",
  offerFormatOnline: "Spotkamy się online w Microsoft Teams. Wyślemy Państwu link.",
  offerFormatHybrid:
    "Mogą Państwo przyjść do szkoły lub połączyć się online w Microsoft Teams – jak Państwu wygodniej.",
  offerChoose: "Wybierz termin",
  offerNoneWork:
    "Jeśli żaden z tych terminów nie pasuje, na tej samej stronie mogą Państwo napisać, jakie dni i godziny Państwu odpowiadają.",
  offerRightsTitle: "Przed spotkaniem",
  offerSupporter:
    "Mogą Państwo przyjść z kimś: z przyjacielem, z kimś z rodziny lub z rzecznikiem (osobą wspierającą).",
  offerAdjustments:
    "Prosimy dać nam znać, jeśli coś ułatwi Państwu udział w spotkaniu: tłumacz, dostęp bez schodów, pętla indukcyjna, dokumenty dużą czcionką, udział online lub dłuższe spotkanie.",
  offerAdviceScotland:
    "Bezpłatnych, niezależnych porad udziela Enquire – szkocka służba doradcza w sprawie dodatkowego wsparcia w nauce: 0345 123 2303, enquire.org.uk.",
  offerAdviceEngland:
    "Bezpłatnych, niezależnych porad udziela lokalna służba SEND Information, Advice and Support Service (SENDIASS).",
  offerPlainReply: "Można też po prostu odpowiedzieć na ten e-mail, na przykład: „Wtorek mi pasuje”.",
  confirmationSubject: "Spotkanie umówione – {school}",
  confirmationBooked: "Dziękujemy. Spotkanie zostało umówione. Termin: {when}.",
  confirmationWhere: "Miejsce spotkania: {place}.",
  confirmationOnline: "Dołączą Państwo online w Microsoft Teams – link znajduje się poniżej.",
  confirmationOrOnline:
    "Mogą Państwo przyjść do szkoły albo, jeśli Państwo wolą, dołączyć online w Microsoft Teams – link znajduje się poniżej.",
  confirmationJoin: "Dołącz do spotkania",
  confirmationAdjustments: "Przygotowujemy to, o co Państwo prosili:",
  confirmationSupporter: "Serdecznie zapraszamy też osobę towarzyszącą: {name}.",
  confirmationPapers: "Przed spotkaniem wyślemy Państwu plan spotkania i ewentualne dokumenty.",
  confirmationNotAnswered:
    "Nie otrzymaliśmy jeszcze od Państwa odpowiedzi, ale serdecznie zapraszamy na spotkanie. Jeśli coś ułatwiłoby Państwu udział albo wolą Państwo dołączyć online, wystarczy odpowiedzieć na ten e-mail.",
  confirmationOtherTime:
    "Wiemy, że być może nie jest to termin, który Państwo by wybrali. Jeśli nie mogą Państwo przyjść, prosimy odpowiedzieć na ten e-mail – znajdziemy sposób, żeby mogli Państwo wziąć udział w spotkaniu.",
  confirmationChange:
    "Jeśli trzeba zmienić termin, prosimy odpowiedzieć na ten e-mail lub zadzwonić do szkoły {school} pod numer {phone}.",
  noticeCancelSubject: "Spotkanie odwołane – {school}",
  noticeCancelled: "Bardzo nam przykro, ale spotkanie zostało odwołane. Odwołany termin: {when}.",
  staffWords: "Wiadomość od: {name} (po angielsku, w oryginalnym brzmieniu):",
  noticeCancelNext: "Odezwiemy się do Państwa w sprawie dalszych kroków. Teraz nie muszą Państwo nic robić.",
  noticeWithdrawSubject: "Terminy spotkania są już nieaktualne – {school}",
  noticeWithdrawn:
    "Zaproponowane przez nas terminy spotkania są już nieaktualne, dlatego prosimy żadnego z nich nie wybierać. Przepraszamy za kłopot. Wkrótce się do Państwa odezwiemy.",
  noticeChaseSubject: "Przypomnienie: terminy spotkania – {school}",
  noticeChase:
    "Piszemy ponownie w sprawie zaproponowanych terminów spotkania. Bardzo chcielibyśmy wiedzieć, który termin Państwu odpowiada albo co byłoby dla Państwa lepsze. To zajmie tylko chwilę.",
  noticeMoved:
    "Musimy zmienić termin naszego spotkania. Obecny termin: {when}. Spotkanie pozostaje umówione na ten termin, dopóki nie wybiorą Państwo jednego z nowych terminów poniżej.",
};
