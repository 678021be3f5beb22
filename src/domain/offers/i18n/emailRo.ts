import type { ConfirmationText } from "../confirmationText";
import type { NoticeText } from "../noticeText";
import type { OfferEmailText } from "../offerEmailText";

/** Romanian. Polite "dumneavoastră", as on the parent page. The purpose and room are staff's own words, so each follows a label. */
export const RO_OFFER_EMAIL: OfferEmailText = {
  subject: (school) => `Ore pentru întâlnire – ${school}`,
  greeting: (name) => `Bună ziua, ${name},`,
  why: (purpose) =>
    `Am dori să ne întâlnim cu dumneavoastră. Scopul întâlnirii: ${purpose}. Vă cunoașteți copilul cel mai bine și vrem să aflăm ce credeți.`,
  who: "Cine va fi prezent:",
  times: "La aceste ore toată lumea este liberă. Vă rugăm să alegeți ora care vă convine cel mai bine:",
  format: {
    inPerson: "Ne vom întâlni la școală.",
    online: "Ne vom întâlni online, pe Microsoft Teams. Vă vom trimite un link.",
    hybrid: "Puteți veni la școală sau vă puteți conecta online, pe Microsoft Teams, cum vă este mai ușor.",
  },
  choose: "Alegeți o oră",
  noneWork:
    "Dacă niciuna dintre aceste ore nu vă convine, pe aceeași pagină ne puteți spune ce zile și ore vă convin.",
  rightsTitle: "Înainte de întâlnire",
  supporter: "Puteți veni cu cineva: un prieten, o rudă sau un avocat (reprezentant).",
  adjustments:
    "Spuneți-ne dacă ceva v-ar ușura participarea la întâlnire: un interpret, acces fără trepte, o buclă de inducție, documente cu litere mari, participare online sau o întâlnire mai lungă.",
  advice: {
    scotland:
      "Pentru consiliere gratuită și independentă puteți contacta Enquire, serviciul de consiliere din Scoția pentru sprijin suplimentar la învățătură: 0345 123 2303, enquire.org.uk.",
    england:
      "Pentru consiliere gratuită și independentă puteți contacta serviciul local SEND Information, Advice and Support Service (SENDIASS).",
  },
  contact: (school, phone) =>
    `Dacă aveți întrebări, răspundeți la acest e-mail sau sunați la ${school}, la numărul ${phone}.`,
  plainReply: "Puteți și să răspundeți simplu la acest e-mail, de exemplu: „Marți îmi convine”.",
  signOff: "Cu cele mai bune urări,",
};

export const RO_CONFIRMATION: ConfirmationText = {
  subject: (school) => `Întâlnirea a fost programată – ${school}`,
  greeting: (name) => `Bună ziua, ${name},`,
  booked: (when) => `Vă mulțumim. Întâlnirea a fost programată. Ora: ${when}.`,
  where: (place) => `Locul întâlnirii: ${place}.`,
  online: "Vă veți conecta online, pe Microsoft Teams, folosind linkul de mai jos.",
  orOnline:
    "Puteți veni la școală sau, dacă preferați, vă puteți conecta online, pe Microsoft Teams, folosind linkul de mai jos.",
  join: "Intrați în întâlnire",
  adjustments: "Pregătim ce ne-ați cerut:",
  supporter: (name) => `${name} poate veni împreună cu dumneavoastră.`,
  papers: "Înainte de întâlnire vă vom trimite ordinea de zi și documentele necesare.",
  notAnswered:
    "Nu am primit încă un răspuns de la dumneavoastră, dar vă așteptăm cu drag. Dacă aveți nevoie de ceva care să vă ușureze participarea sau dacă preferați să vă conectați online, răspundeți pur și simplu la acest e-mail.",
  otherTime:
    "Știm că poate nu este ora pe care ați fi ales-o. Dacă nu puteți veni, răspundeți la acest e-mail și vom găsi o cale ca să puteți participa.",
  change: (school, phone) =>
    `Dacă trebuie să schimbați ora, răspundeți la acest e-mail sau sunați la ${school}, la numărul ${phone}.`,
  signOff: "Cu cele mai bune urări,",
};

/** Romanian notices. The date and sender follow a label, so grammar never depends on them. */
export const RO_NOTICE: NoticeText = {
  cancelSubject: (school) => `Întâlnirea a fost anulată – ${school}`,
  cancelled: (when) => `Ne pare foarte rău, dar întâlnirea a fost anulată. Întâlnirea anulată: ${when}.`,
  staffWords: (name) => `Mesaj redat exact cum a fost scris (de la: ${name}):`,
  cancelNext: "Vă vom contacta în legătură cu pașii următori. Deocamdată nu trebuie să faceți nimic.",
  withdrawSubject: (school) => `Orele propuse pentru întâlnire nu mai sunt disponibile – ${school}`,
  withdrawn:
    "Orele pe care vi le-am propus pentru întâlnire nu mai sunt disponibile, așa că vă rugăm să nu alegeți niciuna dintre ele. Ne cerem scuze pentru neplăcere și vă vom contacta.",
  chaseSubject: (school) => `Reamintire: ore pentru întâlnire – ${school}`,
  chase:
    "Vă scriem din nou în legătură cu orele propuse pentru întâlnire. Ne-ar bucura mult să aflăm care dintre ele vă convine sau ce v-ar fi mai potrivit. Durează doar un minut.",
  moved: (when) =>
    `Trebuie să schimbăm ora întâlnirii noastre. Ora programată acum: ${when}. Întâlnirea rămâne programată la această oră până când alegeți una dintre orele noi de mai jos.`,
  contact: (school, phone) =>
    `Dacă aveți întrebări, răspundeți la acest e-mail sau sunați la ${school}, la numărul ${phone}.`,
};
