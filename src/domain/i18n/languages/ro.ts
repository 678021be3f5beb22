import type { LanguageAbout, Words } from "../languageFile";

/* Every word a family reads, in Romanian: the same sections and keys as en.ts. */

/** The language's name in itself (for the switcher), the tag `Intl` formats with, and its direction. */
export const about = { name: "Română", intl: "ro", dir: "ltr" } satisfies LanguageAbout;

/** The parent page: choosing a time and answering. */
export const page: Words<"page"> = {
  title: "Alegeți ora întâlnirii – {school}",
  heading: "Alegeți o oră pentru întâlnire",
  greeting:
    "Bună ziua. {school} dorește să se întâlnească cu dumneavoastră despre copilul dumneavoastră. Vă mulțumim că vă faceți timp.",
  whyHeading: "De ce ne întâlnim",
  whoHeading: "Cine va fi prezent",
  formatHeading: "Cum ne întâlnim",
  formatsInPerson: "Față în față, la școală.",
  formatsOnline: "Online, prin apel video. Vă vom trimite un link.",
  formatsHybrid: "La școală sau online, prin apel video. Puteți alege.",
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
  timesZone: "Orele sunt afișate pentru fusul orar: {zone}.",
  slotPassed: "Această oră a trecut",
  noneWork: "Niciuna dintre aceste ore nu îmi convine",
  availabilityLabel: "Ce zile și ore vă convin?",
  availabilityHint: "De exemplu: marți sau joi dimineața, dar nu în vacanța școlară.",
  adjustmentsLegend: "Există ceva care v-ar ajuta să participați?",
  adjustmentsHint: "Bifați tot ce vă trebuie. Nu este obligatoriu să bifați ceva.",
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
  speakingFirst: "Aș vrea să vorbesc la început",
  speakingAfter: "Aș vrea să vorbesc după personalul școlii",
  speakingNoPreference: "Nu contează pentru mine",
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
  youChose: "Ați ales: {time}.",
  youChoseNone: "Ne-ați spus că niciuna dintre ore nu vă convine.",
  nextHeading: "Ce urmează",
  nextChosen: "Școala va verifica dacă ora este încă liberă. Apoi vă va trimite o invitație pe e-mail.",
  nextNone: "Școala se va uita la zilele și orele pe care le-ați dat. Apoi vă va propune ore noi.",
  noEmailApp:
    "Dacă nu s-a deschis nicio aplicație de e-mail, copiați răspunsul și trimiteți-l pe e-mail la {email}.",
  openEmailAgain: "Deschide din nou e-mailul",
  copy: "Copiază răspunsul",
  copied: "Copiat. Acum puteți lipi răspunsul într-un e-mail.",
  copyFailed: "Nu s-a putut copia. Selectați textul de mai jos și copiați-l.",
  answerText: "Răspunsul dumneavoastră",
  shortened:
    "Mesajul a fost prea lung pentru un link de e-mail, așa că e-mailul conține o versiune mai scurtă. Răspunsul complet este în caseta de mai jos. Îl puteți copia.",
  changeAnswer: "Schimbă răspunsul",
  questions: "Aveți întrebări? Contactați {school}.",
  reference: "Referință: {ref}",
  expiredHeading: "Acest link a expirat",
  expiredBody:
    "Orele din acest link nu mai sunt disponibile. Vă rugăm să contactați școala. Vi se vor propune ore noi.",
  brokenHeading: "Acest link nu funcționează",
  brokenBody:
    "Este posibil ca o parte din link să lipsească sau să fi fost schimbată. Răspundeți la e-mailul școlii și spuneți ce zile și ore vă convin.",
  emailSchool: "Trimiteți un e-mail școlii",
  replyReference: "Referință",
  replyChoice: "Ora aleasă",
  replyNoneWork: "niciuna dintre aceste ore nu îmi convine",
  replyAvailability: "Îmi convine",
  replyAdjustments: "Am nevoie de",
  replyInterpreterFor: "Un interpret ({language})",
  replyOtherNeeds: "Alte nevoi",
  replySupporter: "Persoana care vine cu mine",
  replySupporterText:
    "{name}{hasRelationship, select, yes { ({relationship})} other {}} – poate primi documentele: {sharePapers, select, yes {da} other {nu}}",
  replySpeakingOrder: "Când vreau să vorbesc",
  replySpeakingFirst: "la început",
  replySpeakingAfter: "după personalul școlii",
  replyMessage: "Mesaj",
  languageLabel: "Limba",
};

/** The parent page: a supporter's email address. */
export const supporter: Words<"supporter"> = {
  supporterEmail: "Adresa sa de e-mail",
  supporterEmailHint:
    "Dacă bifați căsuța de mai jos, o vom invita la întâlnire și îi vom trimite documentele.",
  errSupporterEmail: "Scrieți adresa de e-mail, de exemplu nume@example.com, sau lăsați câmpul gol.",
};

/** The name of each adjustment, as a family would ask for it (parent page and emails). */
export const adjustments: Words<"adjustments"> = {
  interpreter: "Un interpret",
  bslInterpreter: "Un interpret de limbaj semnelor britanic (BSL)",
  hearingLoop: "O buclă de inducție pentru persoanele cu auz slab",
  quietRoom: "O cameră liniștită",
  stepFree: "Acces fără trepte",
  online: "Participare online",
  timeOfDay: "O întâlnire la o oră din zi care mi se potrivește",
  longerMeeting: "O întâlnire mai lungă",
  breaks: "Pauze în timpul întâlnirii",
  fewerPeople: "Mai puțini oameni sau cineva pe care îl cunosc",
  papersInAdvance: "Documentele cu câteva zile înainte de întâlnire",
  largePrint: "Documente cu litere mari",
  easyRead: "Documente ușor de citit",
  papersTranslated: "Documente în limba mea",
  speakingOrder: "Să vorbesc la început sau după personalul școlii",
  other: "Altceva",
};

/** Why we are meeting, one whole sentence per kind of meeting (parent page and emails). */
export const purposes: Words<"purposes"> = {
  supportPlanReview:
    "Am dori să ne întâlnim ca să vedem împreună cum merg lucrurile și să stabilim pașii următori.",
  initialConcern:
    "Am dori să ne întâlnim ca să vă ascultăm și să vă spunem ce am observat. Apoi vom hotărî împreună ce ar putea ajuta.",
  transitionPlanning:
    "Am dori să ne întâlnim ca să planificăm trecerea la clasa sau școala următoare, ca totul să meargă bine.",
  annualReview:
    "Am dori să ne întâlnim ca să revedem împreună planul pentru acest an și să stabilim ce urmează.",
  checkIn: "Am dori să ne întâlnim ca să discutăm cum merg lucrurile.",
};

/** The parent page for answering a meeting summary. */
export const feedback: Words<"feedback"> = {
  title: "Răspunsul dumneavoastră despre notițele întâlnirii",
  heading: "Spuneți-ne despre întâlnire",
  lead: "Răspunsul ajunge la școală prin e-mail. Puteți răspunde la o întrebare sau la toate.",
  listened: "Ați simțit că v-am ascultat?",
  yes: "Da",
  partly: "În parte",
  no: "Nu",
  notes: "Sunt notițele corecte?",
  confirm: "Da, notițele sunt corecte",
  correct: "Vă rog să corectați notițele",
  comment: "Ce ați vrea să mai adăugați (opțional)",
  send: "Trimite răspunsul",
  sentHeading: "Vă mulțumim",
  sentBody: "Aplicația de e-mail ar trebui să se deschidă cu răspunsul. Vă rugăm să apăsați acolo Trimite.",
  subject: "Răspunsul nostru despre notițele întâlnirii",
  broken: "Acest link nu funcționează. Vă rugăm să răspundeți la e-mailul școlii.",
};

/** The emails: the offer, the confirmation and the short notices. */
export const email: Words<"email"> = {
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

/** The email when something a family asked for cannot be arranged. */
export const followUp: Words<"followUp"> = {
  subject: "Despre întâlnirea din {date}",
  greeting: "Bună ziua, {name},",
  intro: "Vă mulțumim că ne-ați spus ce v-ar ajuta la întâlnirea din {when}.",
  notPossible: "Ne pare rău. Nu putem asigura acest lucru: {adjustment}.",
  staffWords: "Mesaj de la {staff}, în engleză:",
  next: "Dacă doriți să vorbim despre asta sau dacă v-ar ajuta altceva, răspundeți la acest e-mail sau sunați-ne la {phone}.",
  signOff: "Cu cele mai bune urări,",
};

/** The agenda, its update and the reminder. */
export const agenda: Words<"agenda"> = {
  title: "Ordinea de zi a întâlnirii noastre",
  when: "Când: {when}",
  whereRoom: "Unde: {room}, la școală",
  whereOnline: "Unde: online, pe Microsoft Teams",
  whereRoomOrOnline: "Unde: {room}, la școală, sau online pe Microsoft Teams",
  length: "Întâlnirea durează {n, plural, one {# minut} few {# minute} other {# de minute}}.",
  whoHeading: "Cine vine",
  whoStaff: "{name}, {role}: {why}",
  whoCarer: "{name}, familia",
  whoSupporter: "{name} ({relationship}), vine să o sprijine pe persoana: {carer}",
  whySenco: "planifică și verifică sprijinul suplimentar la școală",
  whyClassTeacher: "îl învață pe copilul dumneavoastră în fiecare zi",
  whyGuidance: "are grijă de starea de bine a copilului și planifică împreună cu dumneavoastră",
  whyPupilSupport: "îl ajută pe copil în clasă în fiecare zi",
  whyPastoral: "are grijă de starea de bine a copiilor la școală",
  whyHead: "conduce școala și poate aproba schimbări",
  whyEal: "îi ajută pe copiii care învață engleza",
  whyOther: "lucrează cu copilul dumneavoastră la școală",
  itemsHeading: "Despre ce vom vorbi",
  itemLine: "{title} ({n, plural, one {# minut} few {# minute} other {# de minute}}, condus de: {lead})",
  familyItem: "{carer} vrea să vorbim despre asta, în cuvintele sale: {text}",
  schoolWords: "În cuvintele școlii, în engleză: {text}",
  leadFamily: "dumneavoastră",
  leadChild: "copilul dumneavoastră, dacă vrea",
  leadEveryone: "toți",
  prefsHeading: "Ce ne-ați spus",
  speakFirst: "Ați cerut să vorbiți primii. Vă vom asculta înainte să vorbească personalul școlii.",
  speakAfter: "Ați cerut să ascultați mai întâi personalul școlii. Veți vorbi după ei.",
  breaks: "Vom face o pauză scurtă. Spuneți-ne dacă aveți nevoie de mai multe.",
  adjustHeading: "Ce pregătim pentru dumneavoastră",
  adjInterpreterFor: "Un interpret ({language})",
  supporterSend: "{name} vine cu dumneavoastră. Îi vom trimite și acestei persoane ordinea de zi.",
  supporterShare:
    "{name} vine cu dumneavoastră. Ați spus că putem arăta documentele acestei persoane, așa că vă rugăm să îi dați ordinea de zi.",
  supporterNoShare: "{name} vine cu dumneavoastră. Nu vom arăta documentele acestei persoane.",
  contact: "Vreți să adăugați ceva? Răspundeți la acest e-mail sau sunați la {phone}.",
  greeting: "Stimată familie, {name},",
  sendSubject: "Ordinea de zi a întâlnirii noastre din {when}",
  sendIntro:
    "Aceasta este ordinea de zi a întâlnirii noastre. Este atașată și ca document pe care îl puteți tipări.",
  changeSubject: "Schimbare în ordinea de zi a întâlnirii din {when}",
  changeIntro: "Am schimbat ordinea de zi. Iată ce s-a schimbat:",
  changeAdded: "Adăugat: {title}",
  changeRemoved: "Scos: {title}",
  changeChanged: "Schimbat: {title}",
  changeReason: "De ce, în cuvintele școlii (în engleză):",
  changeAttached: "Noua ordine de zi este atașată.",
  reminderSubject: "Amintire: întâlnirea noastră de mâine, {when}",
  reminderIntro: "Vă amintim cu drag de întâlnirea noastră de mâine.",
  reminderCantCome:
    "Dacă nu puteți veni, răspundeți la acest e-mail sau sunați la {phone}. Putem găsi altă oră.",
  signOff: "Cu cele mai bune gânduri,",
  movedSubject: "Întâlnirea noastră s-a mutat pe {when}: ordinea de zi",
  movedIntro:
    "Întâlnirea noastră s-a mutat la o oră nouă: {when}. Vă trimitem din nou ordinea de zi pentru noua oră.",
};

/** The built-in agenda items. */
export const agendaItems: Words<"agendaItems"> = {
  welcome: "Bun venit și prezentări",
  strengths: "Ce merge bine: puncte tari și interese",
  familyViews: "Părerea dumneavoastră",
  childViews: "Părerea copilului dumneavoastră",
  progress: "Cum a fost de la ultima întâlnire",
  assess: "Ce știm despre cum se descurcă copilul",
  plan: "Sprijinul pe care îl planificăm și ce sperăm să aducă",
  doSupport: "Cum funcționează sprijinul zi de zi",
  review: "Funcționează? Ce ar trebui schimbat?",
  planTargets: "Stabilim obiectivele din plan",
  cspObjectives: "Obiectivele din planul de sprijin coordonat",
  cspSupport: "Sprijinul și cine îl oferă",
  ehcpOutcomes: "Progresul spre rezultatele din plan",
  ehcpProvision: "Este sprijinul din plan încă potrivit?",
  ehcpChanges: "Schimbări pe care le cerem consiliului",
  transitionMove: "Schimbarea: ce se va schimba și când",
  transitionSupport: "Vizite, informații și ajutor pentru schimbare",
  adulthood: "Privind înainte: învățătură, prieteni, sănătate și independență",
  concernsShared: "Ce a observat fiecare dintre noi",
  whatMightHelp: "Ce ar putea ajuta",
  nextSteps: "Ce stabilim: cine ce face și până când",
  nextMeeting: "Când ne întâlnim din nou",
  breakTime: "O pauză scurtă",
};

/** The meeting summary: its email and its document. */
export const summary: Words<"summary"> = {
  title: "Notițe de la întâlnirea noastră",
  subject: "Notițe de la întâlnirea noastră din {date}",
  subjectCorrection: "Notițe corectate de la întâlnirea noastră din {date} (versiunea {version})",
  greeting: "Dragă {name},",
  intro:
    "Vă mulțumim că v-ați întâlnit cu noi pe {date}. Aceste notițe spun despre ce am vorbit și ce am stabilit. Aceleași notițe sunt în documentul atașat la acest e-mail.",
  correctionIntro: "Am corectat aceste notițe. Aceasta este versiunea {version}. Ce s-a schimbat:",
  staffLabel: "Scris de {name}, în engleză:",
  attendance: "Cine a fost acolo",
  present: "A venit la întâlnire",
  apologies: "Nu a putut veni",
  h_strengths: "Ce merge bine",
  h_familyViews: "Ce ne-a spus familia",
  h_childViews: "Ce ne-a spus copilul",
  h_childViewsHow: "Cum l-am întrebat pe copil",
  h_discussed: "Despre ce am vorbit",
  h_agreed: "Ce am stabilit și de ce",
  h_notAgreed: "Ce nu am stabilit",
  h_actions: "Cine ce face",
  h_contacts: "Pe cine să contactați",
  h_next: "Următoarea întâlnire",
  h_rights: "Dacă nu sunteți de acord",
  colWhat: "Ce",
  colWho: "Cine",
  colBy: "Până când",
  yourActions: "Ce am stabilit să faceți dumneavoastră",
  nextDate: "Următoarea noastră întâlnire va fi pe {date}.",
  nextToArrange: "Vom stabili împreună data următoarei întâlniri.",
  dueNone: "încă fără dată",
  rightsIntro:
    "Ne puteți cere să corectăm aceste notițe. Dacă nu sunteți de acord cu o decizie despre sprijinul copilului, puteți primi ajutor gratuit, care nu ține de școală:",
  answerInvite:
    "Vă rugăm să ne spuneți dacă aceste notițe sunt corecte sau să ne cereți să le corectăm. Vrem să știm și: ați simțit că v-am ascultat?",
  answerLink: "Răspundeți aici",
  signoff: "Cu cele mai bune urări,",
  phone: "Puteți suna la școală la {phone}.",
  r_enquire: "Enquire: serviciul scoțian gratuit de sfaturi despre sprijinul suplimentar la învățare.",
  r_mediationSc:
    "Medierea: o întâlnire gratuită cu o persoană independentă, care vă ajută pe dumneavoastră și școala să vă înțelegeți.",
  r_disputeSc:
    "Rezolvarea disputelor: o persoană independentă analizează neînțelegerea și spune ce ar trebui să se întâmple.",
  r_tribunalSc:
    "Tribunalul (Health and Education Chamber): puteți contesta unele decizii, cum ar fi un plan de sprijin coordonat (CSP).",
  r_sendiass: "SENDIASS: serviciul local de sfaturi gratuite și independente despre SEND.",
  r_mediationEn:
    "Medierea: o întâlnire gratuită cu o persoană independentă, înainte de o contestație despre un plan EHC.",
  r_disagreementEn:
    "Rezolvarea neînțelegerilor: un serviciu gratuit și independent care vă ajută pe dumneavoastră și școala sau consiliul să vă înțelegeți.",
  r_tribunalEn:
    "First-tier Tribunal (SEND): puteți contesta unele decizii ale consiliului despre o evaluare sau un plan EHC.",
  yourAction: "Dumneavoastră: {what}. Termen: {date}",
  yourActionNoDate: "Dumneavoastră: {what} (încă fără dată)",
  youOwner: "Dumneavoastră ({name})",
  actionsWritten: "{name} a scris în engleză cine ce face. Textul este așa cum a fost scris.",
};

/** A summary's easy-read copy: short sentences, one idea to a line, headings as questions. */
export const easyRead: Words<"easyRead"> = {
  intro: "Aceste notițe spun despre ce am vorbit la întâlnire.",
  met: "Ne-am întâlnit pe {date}.",
  changed: "Am schimbat aceste notițe.",
  changedVersion: "Aceasta este versiunea {version}.",
  changedWhat: "Iată ce s-a schimbat:",
  h_attendance: "Cine a venit la întâlnire?",
  came: "{name} a venit.",
  apologies: "{name} nu a putut veni.",
  h_strengths: "Ce merge bine?",
  h_familyViews: "Ce ne-a spus familia dumneavoastră?",
  h_childViews: "Ce ne-a spus copilul dumneavoastră?",
  h_childViewsHow: "Cum l-am întrebat pe copil?",
  h_discussed: "Despre ce am vorbit?",
  h_agreed: "Ce am stabilit? De ce?",
  h_notAgreed: "Ce nu am stabilit?",
  h_actions: "Cine ce face?",
  h_contacts: "Cu cine puteți vorbi?",
  h_next: "Când este următoarea întâlnire?",
  h_rights: "Ce faceți dacă nu sunteți de acord?",
  wrote: "{name} a scris asta în engleză:",
  empty: "Nu am scris nimic aici.",
  willDo: "{name} va face asta:",
  youDo: "Dumneavoastră veți face asta:",
  due: "Până când: {date}.",
  dueNone: "Până când: vom alege o dată.",
  nextDate: "Ne vom întâlni din nou pe {date}.",
  nextToArrange: "Vom alege o dată împreună cu dumneavoastră.",
  rightsChange: "Ne puteți cere să schimbăm aceste notițe.",
  rightsHelp: "Puteți primi ajutor gratuit.",
  rightsWho: "Acești oameni nu lucrează pentru școală:",
};
