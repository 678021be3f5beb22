import type { ConfirmationText } from "../confirmationText";
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
  online: "Vă puteți conecta online, pe Microsoft Teams.",
  join: "Intrați în întâlnire",
  adjustments: "Pregătim ce ne-ați cerut:",
  supporter: (name) => `${name} poate veni împreună cu dumneavoastră.`,
  papers: "Înainte de întâlnire vă vom trimite ordinea de zi și documentele necesare.",
  change: (school, phone) =>
    `Dacă trebuie să schimbați ora, răspundeți la acest e-mail sau sunați la ${school}, la numărul ${phone}.`,
  signOff: "Cu cele mai bune urări,",
};
