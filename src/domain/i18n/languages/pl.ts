import type { LanguageAbout, Words } from "../languageFile";

/* Every word a family reads, in Polish: the same sections and keys as en.ts. */

/** The language's name in itself (for the switcher), the tag `Intl` formats with, and its direction. */
export const about = { name: "Polski", intl: "pl", dir: "ltr" } satisfies LanguageAbout;

/** The parent page: choosing a time and answering. */
export const page: Words<"page"> = {
  title: "Proszę wybrać termin spotkania – {school}",
  heading: "Proszę wybrać termin spotkania",
  greeting:
    "Dzień dobry. {school} chce spotkać się z Państwem w sprawie Państwa dziecka. Dziękujemy, że znajdą Państwo na to czas.",
  whyHeading: "Cel spotkania",
  whoHeading: "Kto będzie obecny",
  formatHeading: "Forma spotkania",
  formatsInPerson: "Osobiście, w szkole.",
  formatsOnline: "Online, przez połączenie wideo. Wyślemy Państwu link.",
  formatsHybrid: "W szkole lub online przez połączenie wideo. Mogą Państwo wybrać.",
  rightsHeading: "Warto wiedzieć",
  rightViews: "Państwa zdanie jest ważne. Znają Państwo swoje dziecko najlepiej i chcemy Państwa wysłuchać.",
  rightSupporter:
    "Mogą Państwo przyjść z kimś. Może to być przyjaciel, ktoś z rodziny lub rzecznik (osoba wspierająca).",
  rightAdjustments:
    "Mogą Państwo poprosić o to, co ułatwi udział w spotkaniu, na przykład o tłumacza lub ciche pomieszczenie.",
  adviceHeading: "Bezpłatne, niezależne porady",
  adviceScotland:
    "Enquire udziela rodzinom bezpłatnych, niezależnych porad na temat wsparcia w nauce w Szkocji.",
  adviceEngland:
    "Lokalna służba SEND Information, Advice and Support Service (SENDIASS) udziela rodzinom bezpłatnych, bezstronnych porad. Proszę wyszukać w internecie SENDIASS i nazwę swojej okolicy.",
  phone: "Telefon",
  website: "Strona internetowa",
  email: "E-mail",
  timesLegend: "Który termin Państwu odpowiada?",
  timesZone: "Godziny podano według strefy czasowej: {zone}.",
  slotPassed: "Ten termin już minął",
  noneWork: "Żaden z tych terminów mi nie pasuje",
  availabilityLabel: "Jakie dni i godziny Państwu odpowiadają?",
  availabilityHint: "Na przykład: wtorki lub czwartki rano, ale nie w czasie ferii szkolnych.",
  adjustmentsLegend: "Czy coś pomogłoby Państwu wziąć udział w spotkaniu?",
  adjustmentsHint: "Proszę zaznaczyć wszystko, czego Państwo potrzebują. Nie trzeba niczego zaznaczać.",
  interpreterLanguage: "Jaki język?",
  otherNeeds: "Coś jeszcze?",
  supporterLegend: "Osoba towarzysząca",
  supporterHint: "Proszę napisać, jeśli ktoś przyjdzie z Państwem. To pole można zostawić puste.",
  supporterName: "Imię i nazwisko",
  supporterRelationship: "Kim jest dla Państwa",
  supporterRelationshipHint: "Na przykład: przyjaciel, babcia, rzecznik.",
  sharePapers: "Szkoła może wysłać tej osobie dokumenty na spotkanie",
  speakingLegend: "Kiedy chcą Państwo zabrać głos na spotkaniu?",
  speakingHint: "Niektórzy wolą mówić na początku. Inni wolą najpierw wysłuchać pracowników szkoły.",
  speakingFirst: "Chcę zabrać głos na początku",
  speakingAfter: "Chcę zabrać głos po pracownikach szkoły",
  speakingNoPreference: "Nie ma to dla mnie znaczenia",
  message: "Wiadomość do szkoły",
  optional: "(nieobowiązkowe)",
  send: "Wyślij odpowiedź",
  errorSummary: "Proszę sprawdzić odpowiedź. Niektóre części trzeba poprawić.",
  errChooseTime: "Proszę wybrać termin albo zaznaczyć „Żaden z tych terminów mi nie pasuje”.",
  errAvailability: "Proszę napisać, jakie dni i godziny Państwu odpowiadają.",
  errInterpreterLanguage: "Proszę napisać, w jakim języku ma mówić tłumacz.",
  errSupporterName: "Proszę podać imię i nazwisko osoby towarzyszącej.",
  sentHeading: "Dziękujemy",
  sentEmail:
    "Teraz powinna otworzyć się aplikacja poczty z Państwa odpowiedzią. Proszę nacisnąć „Wyślij” w aplikacji poczty.",
  youChose: "Wybrany termin: {time}.",
  youChoseNone: "Napisali Państwo, że żaden termin nie pasuje.",
  nextHeading: "Co dalej",
  nextChosen: "Szkoła sprawdzi, czy termin jest nadal wolny. Potem wyśle Państwu zaproszenie e-mailem.",
  nextNone: "Szkoła sprawdzi podane dni i godziny. Potem zaproponuje nowe terminy.",
  noEmailApp:
    "Jeśli aplikacja poczty się nie otworzyła, proszę skopiować odpowiedź i wysłać ją e-mailem na adres {email}.",
  openEmailAgain: "Otwórz e-mail ponownie",
  copy: "Kopiuj odpowiedź",
  copied: "Skopiowano. Teraz można wkleić odpowiedź do e-maila.",
  copyFailed: "Nie udało się skopiować. Proszę zaznaczyć tekst poniżej i go skopiować.",
  answerText: "Państwa odpowiedź",
  shortened:
    "Wiadomość była za długa dla linku e-mail, więc e-mail zawiera krótszą wersję. Pełna odpowiedź jest w polu poniżej. Można ją skopiować.",
  changeAnswer: "Zmień odpowiedź",
  questions: "Pytania? Proszę skontaktować się ze szkołą: {school}.",
  reference: "Numer referencyjny: {ref}",
  expiredHeading: "Ten link wygasł",
  expiredBody:
    "Terminy z tego linku są już nieaktualne. Proszę skontaktować się ze szkołą. Szkoła zaproponuje nowe terminy.",
  brokenHeading: "Ten link nie działa",
  brokenBody:
    "Część linku mogła zostać utracona lub zmieniona. Proszę odpowiedzieć na e-mail ze szkoły i napisać, jakie dni i godziny Państwu odpowiadają.",
  emailSchool: "Napisz do szkoły",
  replyReference: "Numer referencyjny",
  replyChoice: "Wybrany termin",
  replyNoneWork: "żaden z tych terminów mi nie pasuje",
  replyAvailability: "Pasuje mi",
  replyAdjustments: "Potrzebuję",
  replyInterpreterFor: "Tłumacz ({language})",
  replyOtherNeeds: "Inne potrzeby",
  replySupporter: "Osoba towarzysząca",
  replySupporterText:
    "{name}{hasRelationship, select, yes { ({relationship})} other {}} – może otrzymać dokumenty: {sharePapers, select, yes {tak} other {nie}}",
  replySpeakingOrder: "Kiedy chcę zabrać głos",
  replySpeakingFirst: "na początku",
  replySpeakingAfter: "po pracownikach szkoły",
  replyMessage: "Wiadomość",
  languageLabel: "Język",
};

/** The parent page: a supporter's email address. */
export const supporter: Words<"supporter"> = {
  supporterEmail: "Jej lub jego adres e-mail",
  supporterEmailHint:
    "Jeśli zaznaczą Państwo pole poniżej, zaprosimy tę osobę na spotkanie i wyślemy jej dokumenty.",
  errSupporterEmail: "Proszę wpisać adres e-mail, na przykład imie@example.com, albo zostawić puste pole.",
};

/** The name of each adjustment, as a family would ask for it (parent page and emails). */
export const adjustments: Words<"adjustments"> = {
  interpreter: "Tłumacz",
  bslInterpreter: "Tłumacz brytyjskiego języka migowego (BSL)",
  hearingLoop: "Pętla indukcyjna dla osób niedosłyszących",
  quietRoom: "Ciche pomieszczenie",
  stepFree: "Dostęp bez schodów",
  online: "Udział online",
  timeOfDay: "Spotkanie o porze dnia, która mi odpowiada",
  longerMeeting: "Dłuższe spotkanie",
  breaks: "Przerwy w czasie spotkania",
  fewerPeople: "Mniej osób albo ktoś, kogo znam",
  papersInAdvance: "Dokumenty kilka dni przed spotkaniem",
  largePrint: "Dokumenty dużą czcionką",
  easyRead: "Dokumenty w łatwym języku",
  papersTranslated: "Dokumenty w moim języku",
  speakingOrder: "Mówić na początku albo po pracownikach szkoły",
  other: "Coś innego",
};

/** Why we are meeting, one whole sentence per kind of meeting (parent page and emails). */
export const purposes: Words<"purposes"> = {
  supportPlanReview: "Chcielibyśmy się spotkać, żeby wspólnie zobaczyć, jak idzie, i uzgodnić kolejne kroki.",
  initialConcern:
    "Chcielibyśmy się spotkać, żeby Państwa wysłuchać i opowiedzieć, co zauważyliśmy. Potem razem zdecydujemy, co może pomóc.",
  transitionPlanning:
    "Chcielibyśmy się spotkać, żeby zaplanować przejście do następnej klasy lub szkoły, tak by wszystko poszło dobrze.",
  annualReview: "Chcielibyśmy się spotkać, żeby razem omówić plan na ten rok i uzgodnić, co dalej.",
  checkIn: "Chcielibyśmy się spotkać, żeby porozmawiać o tym, jak idzie.",
};

/** The parent page for answering a meeting summary. */
export const feedback: Words<"feedback"> = {
  title: "Odpowiedź w sprawie notatek ze spotkania",
  heading: "Prosimy o opinię o spotkaniu",
  lead: "Odpowiedź trafi do szkoły e-mailem. Można odpowiedzieć na jedno pytanie albo na wszystkie.",
  listened: "Czy czuli się Państwo wysłuchani?",
  yes: "Tak",
  partly: "Częściowo",
  no: "Nie",
  notes: "Czy notatki są dobre?",
  confirm: "Tak, notatki są dobre",
  correct: "Proszę poprawić notatki",
  comment: "Co jeszcze chcą Państwo dodać (nieobowiązkowo)",
  send: "Wyślij odpowiedź",
  sentHeading: "Dziękujemy",
  sentBody: "Powinna otworzyć się poczta z odpowiedzią. Prosimy tam nacisnąć Wyślij.",
  subject: "Nasza odpowiedź w sprawie notatek ze spotkania",
  broken: "Ten link nie działa. Prosimy odpowiedzieć na e-mail ze szkoły.",
};

/** The emails: the offer, the confirmation and the short notices. */
export const email: Words<"email"> = {
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

/** The email when something a family asked for cannot be arranged. */
export const followUp: Words<"followUp"> = {
  subject: "W sprawie spotkania {date}",
  greeting: "Dzień dobry, {name},",
  intro: "Dziękujemy za informację, co pomoże Państwu na spotkaniu {when}.",
  notPossible: "Przepraszamy. Nie możemy tego zapewnić: {adjustment}.",
  staffWords: "Wiadomość od {staff}, po angielsku:",
  next: "Jeśli chcą Państwo o tym porozmawiać albo coś innego by pomogło, prosimy odpowiedzieć na tę wiadomość lub zadzwonić pod numer {phone}.",
  signOff: "Z pozdrowieniami",
};

/** The agenda, its update and the reminder. */
export const agenda: Words<"agenda"> = {
  title: "Plan naszego spotkania",
  when: "Kiedy: {when}",
  whereRoom: "Gdzie: {room}, w szkole",
  whereOnline: "Gdzie: online, w Microsoft Teams",
  whereRoomOrOnline: "Gdzie: {room}, w szkole, albo online w Microsoft Teams",
  length: "Spotkanie trwa {n, plural, one {# minutę} few {# minuty} many {# minut} other {# minuty}}.",
  whoHeading: "Kto przyjdzie",
  whoStaff: "{name}, {role}: {why}",
  whoCarer: "{name}, rodzina",
  whoSupporter: "{name} ({relationship}), wspiera: {carer}",
  whySenco: "planuje i sprawdza dodatkowe wsparcie w szkole",
  whyClassTeacher: "uczy Państwa dziecko każdego dnia",
  whyGuidance: "dba o dobre samopoczucie dziecka i planuje z Państwem przyszłość",
  whyPupilSupport: "pomaga dziecku w klasie każdego dnia",
  whyPastoral: "dba o dobre samopoczucie dzieci w szkole",
  whyHead: "kieruje szkołą i może zgodzić się na zmiany",
  whyEal: "pomaga dzieciom, które uczą się angielskiego",
  whyOther: "pracuje z Państwa dzieckiem w szkole",
  itemsHeading: "O czym porozmawiamy",
  itemLine:
    "{title} ({n, plural, one {# minuta} few {# minuty} many {# minut} other {# minuty}}, prowadzi: {lead})",
  familyItem: "{carer} chce o tym porozmawiać, własnymi słowami: {text}",
  schoolWords: "Słowami szkoły, po angielsku: {text}",
  leadFamily: "Państwo",
  leadChild: "Państwa dziecko, jeśli zechce",
  leadEveryone: "wszyscy",
  prefsHeading: "Co nam Państwo powiedzieli",
  speakFirst: "Chcą Państwo mówić pierwsi. Wysłuchamy Państwa przed pracownikami szkoły.",
  speakAfter: "Chcą Państwo najpierw wysłuchać pracowników szkoły. Będą Państwo mówić po nich.",
  breaks: "Zrobimy krótką przerwę. Proszę powiedzieć, jeśli potrzeba więcej.",
  adjustHeading: "Co dla Państwa organizujemy",
  adjInterpreterFor: "Tłumacz ({language})",
  supporterSend: "{name} przyjdzie z Państwem. Wyślemy tej osobie także ten plan.",
  supporterShare:
    "{name} przyjdzie z Państwem. Zgodzili się Państwo na pokazanie jej dokumentów, więc proszę przekazać jej ten plan.",
  supporterNoShare: "{name} przyjdzie z Państwem. Nie pokażemy tej osobie dokumentów.",
  contact: "Chcą Państwo coś dodać? Proszę odpowiedzieć na ten e-mail lub zadzwonić pod numer {phone}.",
  greeting: "Szanowni Państwo, {name},",
  sendSubject: "Plan naszego spotkania, {when}",
  sendIntro: "Przesyłamy plan naszego spotkania. Jest też w załączniku, do wydrukowania.",
  changeSubject: "Zmiana w planie naszego spotkania, {when}",
  changeIntro: "Zmieniliśmy plan spotkania. Oto co się zmieniło:",
  changeAdded: "Dodano: {title}",
  changeRemoved: "Usunięto: {title}",
  changeChanged: "Zmieniono: {title}",
  changeReason: "Dlaczego, słowami szkoły (po angielsku):",
  changeAttached: "Nowy plan jest w załączniku.",
  reminderSubject: "Przypomnienie: nasze spotkanie jutro, {when}",
  reminderIntro: "Przypominamy o naszym jutrzejszym spotkaniu.",
  reminderCantCome:
    "Jeśli nie mogą Państwo przyjść, proszę odpowiedzieć na ten e-mail lub zadzwonić pod numer {phone}. Znajdziemy inny termin.",
  signOff: "Z pozdrowieniami,",
  movedSubject: "Nasze spotkanie zostało przeniesione na {when}: plan",
  movedIntro:
    "Nasze spotkanie zostało przeniesione na nowy termin: {when}. Przesyłamy ponownie plan na nowy termin.",
};

/** The built-in agenda items. */
export const agendaItems: Words<"agendaItems"> = {
  welcome: "Powitanie i przedstawienie się",
  strengths: "Co idzie dobrze: mocne strony i zainteresowania",
  familyViews: "Państwa zdanie",
  childViews: "Zdanie dziecka",
  progress: "Jak było od ostatniego spotkania",
  assess: "Co wiemy o tym, jak radzi sobie dziecko",
  plan: "Planowane wsparcie i czego od niego oczekujemy",
  doSupport: "Jak wsparcie działa na co dzień",
  review: "Czy to działa? Co zmienić?",
  planTargets: "Uzgodnienie celów w planie",
  cspObjectives: "Cele w skoordynowanym planie wsparcia",
  cspSupport: "Wsparcie i kto je zapewnia",
  ehcpOutcomes: "Postępy w osiąganiu celów planu",
  ehcpProvision: "Czy wsparcie w planie jest nadal właściwe?",
  ehcpChanges: "Zmiany, o które poprosimy władze lokalne",
  transitionMove: "Zmiana szkoły lub klasy: co się zmieni i kiedy",
  transitionSupport: "Wizyty, informacje i pomoc przy zmianie",
  adulthood: "Przyszłość: nauka, przyjaciele, zdrowie i samodzielność",
  concernsShared: "Co każdy z nas zauważył",
  whatMightHelp: "Co może pomóc",
  nextSteps: "Co ustalamy: kto co zrobi i do kiedy",
  nextMeeting: "Kiedy spotkamy się ponownie",
  breakTime: "Krótka przerwa",
};

/** The meeting summary: its email and its document. */
export const summary: Words<"summary"> = {
  title: "Notatki z naszego spotkania",
  subject: "Notatki z naszego spotkania {date}",
  subjectCorrection: "Poprawione notatki z naszego spotkania {date} (wersja {version})",
  greeting: "Szanowni Państwo, {name},",
  intro:
    "Dziękujemy za spotkanie {date}. W tych notatkach jest to, o czym rozmawialiśmy i co ustaliliśmy. Te same notatki są w dokumencie dołączonym do tego e-maila.",
  correctionIntro: "Poprawiliśmy te notatki. To jest wersja {version}. Co się zmieniło:",
  staffLabel: "Napisał(a) {name}, po angielsku:",
  attendance: "Kto był",
  present: "Był(a) na spotkaniu",
  apologies: "Nie mógł (mogła) przyjść",
  h_strengths: "Co idzie dobrze",
  h_familyViews: "Co powiedziała nam rodzina",
  h_childViews: "Co powiedziało nam dziecko",
  h_childViewsHow: "Jak zapytaliśmy dziecko",
  h_discussed: "O czym rozmawialiśmy",
  h_agreed: "Co ustaliliśmy i dlaczego",
  h_notAgreed: "Czego nie ustaliliśmy",
  h_actions: "Kto co zrobi",
  h_contacts: "Z kim się kontaktować",
  h_next: "Następne spotkanie",
  h_rights: "Jeśli się Państwo nie zgadzają",
  colWhat: "Co",
  colWho: "Kto",
  colBy: "Do kiedy",
  yourActions: "Co Państwo mają zrobić (tak ustaliliśmy)",
  nextDate: "Nasze następne spotkanie będzie {date}.",
  nextToArrange: "Ustalimy z Państwem datę następnego spotkania.",
  dueNone: "bez daty",
  rightsIntro:
    "Mogą Państwo poprosić nas o poprawienie tych notatek. Jeśli nie zgadzają się Państwo z decyzją o wsparciu dziecka, mogą Państwo dostać bezpłatną pomoc spoza szkoły:",
  answerInvite:
    "Prosimy napisać, czy te notatki są dobre, albo poprosić o poprawkę. Chcemy też wiedzieć: czy czuli się Państwo wysłuchani?",
  answerLink: "Odpowiedz tutaj",
  signoff: "Z pozdrowieniami,",
  phone: "Można zadzwonić do szkoły: {phone}.",
  r_enquire: "Enquire: szkocka bezpłatna porada w sprawie dodatkowego wsparcia w nauce.",
  r_mediationSc:
    "Mediacja: bezpłatne spotkanie z niezależną osobą, która pomaga Państwu i szkole dojść do porozumienia.",
  r_disputeSc: "Rozstrzyganie sporów: niezależna osoba rozpatruje spór i mówi, co powinno się stać.",
  r_tribunalSc:
    "Trybunał (Health and Education Chamber): od niektórych decyzji, np. o planie wsparcia (CSP), można się odwołać.",
  r_sendiass: "SENDIASS: lokalna, bezpłatna i niezależna porada w sprawie SEND.",
  r_mediationEn: "Mediacja: bezpłatne spotkanie z niezależną osobą przed odwołaniem w sprawie planu EHC.",
  r_disagreementEn:
    "Rozwiązywanie nieporozumień: bezpłatna, niezależna usługa, która pomaga Państwu i szkole lub gminie się porozumieć.",
  r_tribunalEn:
    "First-tier Tribunal (SEND): od niektórych decyzji gminy w sprawie oceny lub planu EHC można się odwołać.",
  yourAction: "Państwo: {what}. Termin: {date}",
  yourActionNoDate: "Państwo: {what} (jeszcze bez terminu)",
  youOwner: "Państwo ({name})",
  actionsWritten: "{name} napisał(a) po angielsku, kto co zrobi. Pokazujemy to tak, jak zostało napisane.",
};

/** A summary's easy-read copy: short sentences, one idea to a line, headings as questions. */
export const easyRead: Words<"easyRead"> = {
  intro: "W tych notatkach jest to, o czym rozmawialiśmy na spotkaniu.",
  met: "Spotkaliśmy się {date}.",
  changed: "Zmieniliśmy te notatki.",
  changedVersion: "To jest wersja {version}.",
  changedWhat: "Oto, co się zmieniło:",
  h_attendance: "Kto był na spotkaniu?",
  came: "{name}: był(a).",
  apologies: "{name}: nie mógł (mogła) przyjść.",
  h_strengths: "Co idzie dobrze?",
  h_familyViews: "Co powiedziała nam Państwa rodzina?",
  h_childViews: "Co powiedziało nam Państwa dziecko?",
  h_childViewsHow: "Jak zapytaliśmy dziecko?",
  h_discussed: "O czym rozmawialiśmy?",
  h_agreed: "Co ustaliliśmy? Dlaczego?",
  h_notAgreed: "Czego nie ustaliliśmy?",
  h_actions: "Kto co zrobi?",
  h_contacts: "Z kim można porozmawiać?",
  h_next: "Kiedy jest następne spotkanie?",
  h_rights: "Co zrobić, jeśli się Państwo nie zgadzają?",
  wrote: "{name} napisał(a) to po angielsku:",
  empty: "Tu nic nie napisaliśmy.",
  willDo: "{name} zrobi to:",
  youDo: "Państwo zrobią to:",
  due: "Termin: {date}.",
  dueNone: "Termin: wybierzemy datę.",
  nextDate: "Spotkamy się znowu {date}.",
  nextToArrange: "Wybierzemy datę razem z Państwem.",
  rightsChange: "Mogą Państwo poprosić o zmianę tych notatek.",
  rightsHelp: "Mogą Państwo dostać bezpłatną pomoc.",
  rightsWho: "Te osoby nie pracują dla szkoły:",
};
