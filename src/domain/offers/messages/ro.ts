import type { EmailMessages } from "./emailMessages";

/** The emails' words (offer, confirmation, notices). Romanian. */
export const messages: EmailMessages = {
  greeting: "Bună ziua, {name},",
  signOff: "Cu cele mai bune urări,",
  contact: "Dacă aveți întrebări, răspundeți la acest e-mail sau sunați la {school}, la numărul {phone}.",
  offerSubject: "Ore pentru întâlnire – {school}",
  offerWhy: "Vă cunoașteți copilul cel mai bine și vrem să aflăm ce credeți.",
  offerWho: "Cine va fi prezent:",
  offerTimes: "La aceste ore toată lumea este liberă. Vă rugăm să alegeți ora care vă convine cel mai bine:",
  offerFormatInPerson: "Ne vom întâlni la școală.",
  offerFormatOnline: "Ne vom întâlni online, pe Microsoft Teams. Vă vom trimite un link.",
  offerFormatHybrid:
    "Puteți veni la școală sau vă puteți conecta online, pe Microsoft Teams, cum vă este mai ușor.",
  offerChoose: "Alegeți o oră",
  offerNoneWork:
    "Dacă niciuna dintre aceste ore nu vă convine, pe aceeași pagină ne puteți spune ce zile și ore vă convin.",
  offerRightsTitle: "Înainte de întâlnire",
  offerSupporter: "Puteți veni cu cineva: un prieten, o rudă sau un avocat (reprezentant).",
  offerAdjustments:
    "Spuneți-ne dacă ceva v-ar ușura participarea la întâlnire: un interpret, acces fără trepte, o buclă de inducție, documente cu litere mari, participare online sau o întâlnire mai lungă.",
  offerAdviceScotland:
    "Pentru consiliere gratuită și independentă puteți contacta Enquire, serviciul de consiliere din Scoția pentru sprijin suplimentar la învățătură: 0345 123 2303, enquire.org.uk.",
  offerAdviceEngland:
    "Pentru consiliere gratuită și independentă puteți contacta serviciul local SEND Information, Advice and Support Service (SENDIASS).",
  offerPlainReply: "Puteți și să răspundeți simplu la acest e-mail, de exemplu: „Marți îmi convine”.",
  confirmationSubject: "Întâlnirea a fost programată – {school}",
  confirmationBooked: "Vă mulțumim. Întâlnirea a fost programată. Ora: {when}.",
  confirmationWhere: "Locul întâlnirii: {place}.",
  confirmationOnline: "Vă veți conecta online, pe Microsoft Teams, folosind linkul de mai jos.",
  confirmationOrOnline:
    "Puteți veni la școală sau, dacă preferați, vă puteți conecta online, pe Microsoft Teams, folosind linkul de mai jos.",
  confirmationJoin: "Intrați în întâlnire",
  confirmationAdjustments: "Pregătim ce ne-ați cerut:",
  confirmationSupporter: "{name} poate veni împreună cu dumneavoastră.",
  confirmationPapers: "Înainte de întâlnire vă vom trimite ordinea de zi și documentele necesare.",
  confirmationNotAnswered:
    "Nu am primit încă un răspuns de la dumneavoastră, dar vă așteptăm cu drag. Dacă aveți nevoie de ceva care să vă ușureze participarea sau dacă preferați să vă conectați online, răspundeți pur și simplu la acest e-mail.",
  confirmationOtherTime:
    "Știm că poate nu este ora pe care ați fi ales-o. Dacă nu puteți veni, răspundeți la acest e-mail și vom găsi o cale ca să puteți participa.",
  confirmationChange:
    "Dacă trebuie să schimbați ora, răspundeți la acest e-mail sau sunați la {school}, la numărul {phone}.",
  noticeCancelSubject: "Întâlnirea a fost anulată – {school}",
  noticeCancelled: "Ne pare foarte rău, dar întâlnirea a fost anulată. Întâlnirea anulată: {when}.",
  staffWords: "Mesaj de la {name}, în engleză, exact cum a fost scris:",
  noticeCancelNext: "Vă vom contacta în legătură cu pașii următori. Deocamdată nu trebuie să faceți nimic.",
  noticeWithdrawSubject: "Orele propuse pentru întâlnire nu mai sunt disponibile – {school}",
  noticeWithdrawn:
    "Orele pe care vi le-am propus pentru întâlnire nu mai sunt disponibile, așa că vă rugăm să nu alegeți niciuna dintre ele. Ne cerem scuze pentru neplăcere și vă vom contacta.",
  noticeChaseSubject: "Reamintire: ore pentru întâlnire – {school}",
  noticeChase:
    "Vă scriem din nou în legătură cu orele propuse pentru întâlnire. Ne-ar bucura mult să aflăm care dintre ele vă convine sau ce v-ar fi mai potrivit. Durează doar un minut.",
  noticeMoved:
    "Trebuie să schimbăm ora întâlnirii noastre. Ora programată acum: {when}. Întâlnirea rămâne programată la această oră până când alegeți una dintre orele noi de mai jos.",
};
