import { adjustmentLabels } from "../../domain/adjustments/adjustmentLabels";
import { ADJUSTMENT_CODES } from "../../domain/replies/replyAnswer";
import type { Strings } from "./strings";

const adjustments: Strings["adjustments"] = adjustmentLabels(ADJUSTMENT_CODES, "ro");

export const ro: Strings = {
  title: (school) => `Alegeți ora întâlnirii – ${school}`,
  heading: "Alegeți o oră pentru întâlnire",
  greeting: (school) =>
    `Bună ziua. ${school} dorește să se întâlnească cu dumneavoastră despre copilul dumneavoastră. Vă mulțumim că vă faceți timp.`,
  whyHeading: "De ce ne întâlnim",
  whoHeading: "Cine va fi prezent",
  formatHeading: "Cum ne întâlnim",
  formats: {
    inPerson: "Față în față, la școală.",
    online: "Online, prin apel video. Vă vom trimite un link.",
    hybrid: "La școală sau online, prin apel video. Puteți alege.",
  },

  rightsHeading: "Bine de știut",
  rightViews: "Părerea dumneavoastră contează. Vă cunoașteți copilul cel mai bine și vrem să vă ascultăm.",
  rightSupporter: "Puteți veni cu cineva. Poate fi un prieten, o rudă sau un avocat (reprezentant).",
  rightAdjustments:
    "Puteți cere lucruri care vă ușurează participarea, de exemplu un interpret sau o cameră liniștită.",
  adviceHeading: "Consiliere gratuită și independentă",
  adviceScotland:
    "Enquire oferă familiilor consiliere gratuită și independentă despre sprijinul la învățătură în Scoția.",
  adviceEngland:
    "Serviciul local SEND Information, Advice and Support Service (SENDIASS) oferă familiilor consiliere gratuită și imparțială. Căutați pe internet SENDIASS și numele zonei dumneavoastră.",
  phone: "Telefon",
  website: "Site web",
  email: "E-mail",

  timesLegend: "Ce oră vă convine?",
  timesZone: (zone) => `Orele sunt afișate pentru fusul orar: ${zone}.`,
  slotPassed: "Această oră a trecut",
  noneWork: "Niciuna dintre aceste ore nu îmi convine",
  availabilityLabel: "Ce zile și ore vă convin?",
  availabilityHint: "De exemplu: marți sau joi dimineața, dar nu în vacanța școlară.",

  adjustmentsLegend: "Există ceva care v-ar ajuta să participați?",
  adjustmentsHint: "Bifați tot ce vă trebuie. Nu este obligatoriu să bifați ceva.",
  adjustments,
  interpreterLanguage: "Ce limbă?",
  otherNeeds: "Altceva?",

  supporterLegend: "O persoană care vine cu dumneavoastră",
  supporterHint: "Spuneți-ne dacă vine cineva cu dumneavoastră. Puteți lăsa acest câmp gol.",
  supporterName: "Numele persoanei",
  supporterRelationship: "Cine este pentru dumneavoastră",
  supporterRelationshipHint: "De exemplu: prieten, bunică, avocat.",
  sharePapers: "Școala îi poate trimite documentele întâlnirii",

  speakingLegend: "La întâlnire, când doriți să vorbiți?",
  speakingHint: "Unii preferă să vorbească la început. Alții preferă să asculte mai întâi personalul școlii.",
  speaking: {
    first: "Aș vrea să vorbesc la început",
    after: "Aș vrea să vorbesc după personalul școlii",
    noPreference: "Nu contează pentru mine",
  },

  message: "Mesaj pentru școală",
  optional: "(opțional)",
  send: "Trimiteți răspunsul",

  errorSummary: "Vă rugăm să verificați răspunsul. Unele părți trebuie corectate.",
  errChooseTime: "Alegeți o oră sau alegeți „Niciuna dintre aceste ore nu îmi convine”.",
  errAvailability: "Spuneți-ne ce zile și ore vă convin.",
  errInterpreterLanguage: "Spuneți-ne ce limbă trebuie să vorbească interpretul.",
  errSupporterName: "Scrieți numele persoanei care vine cu dumneavoastră.",

  sentHeading: "Vă mulțumim",
  sentEmail:
    "Aplicația de e-mail ar trebui să se deschidă acum cu răspunsul dumneavoastră. Apăsați „Trimite” în aplicația de e-mail.",
  youChose: (time) => `Ați ales: ${time}.`,
  youChoseNone: "Ne-ați spus că niciuna dintre ore nu vă convine.",
  nextHeading: "Ce urmează",
  nextChosen: "Școala va verifica dacă ora este încă liberă. Apoi vă va trimite o invitație pe e-mail.",
  nextNone: "Școala se va uita la zilele și orele pe care le-ați dat. Apoi vă va propune ore noi.",
  noEmailApp: (email) =>
    `Dacă nu s-a deschis nicio aplicație de e-mail, copiați răspunsul și trimiteți-l pe e-mail la ${email}.`,
  openEmailAgain: "Deschide din nou e-mailul",
  copy: "Copiază răspunsul",
  copied: "Copiat. Acum puteți lipi răspunsul într-un e-mail.",
  copyFailed: "Nu s-a putut copia. Selectați textul de mai jos și copiați-l.",
  answerText: "Răspunsul dumneavoastră",
  shortened:
    "Mesajul a fost prea lung pentru un link de e-mail, așa că e-mailul conține o versiune mai scurtă. Răspunsul complet este în caseta de mai jos. Îl puteți copia.",
  changeAnswer: "Schimbă răspunsul",

  questions: (school) => `Aveți întrebări? Contactați ${school}.`,
  reference: (ref) => `Referință: ${ref}`,

  expiredHeading: "Acest link a expirat",
  expiredBody:
    "Orele din acest link nu mai sunt disponibile. Vă rugăm să contactați școala. Vi se vor propune ore noi.",
  brokenHeading: "Acest link nu funcționează",
  brokenBody:
    "Este posibil ca o parte din link să lipsească sau să fi fost schimbată. Răspundeți la e-mailul școlii și spuneți ce zile și ore vă convin.",
  emailSchool: "Trimiteți un e-mail școlii",

  reply: {
    reference: "Referință",
    choice: "Ora aleasă",
    noneWork: "niciuna dintre aceste ore nu îmi convine",
    availability: "Îmi convine",
    adjustments: "Am nevoie de",
    adjustment: adjustments,
    interpreterFor: (language) => `Un interpret (${language})`,
    otherNeeds: "Alte nevoi",
    supporter: "Persoana care vine cu mine",
    supporterText: (s) =>
      `${s.name}${s.relationship.trim() ? ` (${s.relationship})` : ""} – poate primi documentele: ${s.sharePapers ? "da" : "nu"}`,
    speakingOrder: "Când vreau să vorbesc",
    speaking: { first: "la început", after: "după personalul școlii" },
    message: "Mesaj",
  },
};
