import { adjustmentLabels } from "../../domain/adjustments/adjustmentLabels";
import { ADJUSTMENT_CODES } from "../../domain/replies/replyAnswer";
import type { Strings } from "./strings";

const adjustments: Strings["adjustments"] = adjustmentLabels(ADJUSTMENT_CODES, "pl");

export const pl: Strings = {
  title: (school) => `Proszę wybrać termin spotkania – ${school}`,
  heading: "Proszę wybrać termin spotkania",
  greeting: (school) =>
    `Dzień dobry. ${school} chce spotkać się z Państwem w sprawie Państwa dziecka. Dziękujemy, że znajdą Państwo na to czas.`,
  whyHeading: "Cel spotkania",
  whoHeading: "Kto będzie obecny",
  formatHeading: "Forma spotkania",
  formats: {
    inPerson: "Osobiście, w szkole.",
    online: "Online, przez połączenie wideo. Wyślemy Państwu link.",
    hybrid: "W szkole lub online przez połączenie wideo. Mogą Państwo wybrać.",
  },

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
  timesZone: (zone) => `Godziny podano według strefy czasowej: ${zone}.`,
  slotPassed: "Ten termin już minął",
  noneWork: "Żaden z tych terminów mi nie pasuje",
  availabilityLabel: "Jakie dni i godziny Państwu odpowiadają?",
  availabilityHint: "Na przykład: wtorki lub czwartki rano, ale nie w czasie ferii szkolnych.",

  adjustmentsLegend: "Czy coś pomogłoby Państwu wziąć udział w spotkaniu?",
  adjustmentsHint: "Proszę zaznaczyć wszystko, czego Państwo potrzebują. Nie trzeba niczego zaznaczać.",
  adjustments,
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
  speaking: {
    first: "Chcę zabrać głos na początku",
    after: "Chcę zabrać głos po pracownikach szkoły",
    noPreference: "Nie ma to dla mnie znaczenia",
  },

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
  youChose: (time) => `Wybrany termin: ${time}.`,
  youChoseNone: "Napisali Państwo, że żaden termin nie pasuje.",
  nextHeading: "Co dalej",
  nextChosen: "Szkoła sprawdzi, czy termin jest nadal wolny. Potem wyśle Państwu zaproszenie e-mailem.",
  nextNone: "Szkoła sprawdzi podane dni i godziny. Potem zaproponuje nowe terminy.",
  noEmailApp: (email) =>
    `Jeśli aplikacja poczty się nie otworzyła, proszę skopiować odpowiedź i wysłać ją e-mailem na adres ${email}.`,
  openEmailAgain: "Otwórz e-mail ponownie",
  copy: "Kopiuj odpowiedź",
  copied: "Skopiowano. Teraz można wkleić odpowiedź do e-maila.",
  copyFailed: "Nie udało się skopiować. Proszę zaznaczyć tekst poniżej i go skopiować.",
  answerText: "Państwa odpowiedź",
  shortened:
    "Wiadomość była za długa dla linku e-mail, więc e-mail zawiera krótszą wersję. Pełna odpowiedź jest w polu poniżej. Można ją skopiować.",
  changeAnswer: "Zmień odpowiedź",

  questions: (school) => `Pytania? Proszę skontaktować się ze szkołą: ${school}.`,
  reference: (ref) => `Numer referencyjny: ${ref}`,

  expiredHeading: "Ten link wygasł",
  expiredBody:
    "Terminy z tego linku są już nieaktualne. Proszę skontaktować się ze szkołą. Szkoła zaproponuje nowe terminy.",
  brokenHeading: "Ten link nie działa",
  brokenBody:
    "Część linku mogła zostać utracona lub zmieniona. Proszę odpowiedzieć na e-mail ze szkoły i napisać, jakie dni i godziny Państwu odpowiadają.",
  emailSchool: "Napisz do szkoły",

  reply: {
    reference: "Numer referencyjny",
    choice: "Wybrany termin",
    noneWork: "żaden z tych terminów mi nie pasuje",
    availability: "Pasuje mi",
    adjustments: "Potrzebuję",
    adjustment: adjustments,
    interpreterFor: (language) => `Tłumacz (${language})`,
    otherNeeds: "Inne potrzeby",
    supporter: "Osoba towarzysząca",
    supporterText: (s) =>
      `${s.name}${s.relationship.trim() ? ` (${s.relationship})` : ""} – może otrzymać dokumenty: ${s.sharePapers ? "tak" : "nie"}`,
    speakingOrder: "Kiedy chcę zabrać głos",
    speaking: { first: "na początku", after: "po pracownikach szkoły" },
    message: "Wiadomość",
  },
};
