import type { LanguageAbout, Words } from "../languageFile";

/* Every word a family reads, in Welsh: the same sections and keys as en.ts. */

/** The language's name in itself (for the switcher), the tag `Intl` formats with, and its direction. */
export const about = { name: "Cymraeg", intl: "cy", dir: "ltr" } satisfies LanguageAbout;

/** The parent page: choosing a time and answering. */
export const page: Words<"page"> = {
  title: "Dewiswch amser cyfarfod – {school}",
  heading: "Dewiswch amser i gyfarfod",
  greeting: "Helo. Hoffai {school} gyfarfod â chi am eich plentyn. Diolch am wneud amser ar gyfer hyn.",
  whyHeading: "Pam rydyn ni’n cyfarfod",
  whoHeading: "Pwy fydd yno",
  formatHeading: "Sut byddwn ni’n cyfarfod",
  formatsInPerson: "Wyneb yn wyneb, yn yr ysgol.",
  formatsOnline: "Ar-lein, drwy alwad fideo. Byddwn ni’n anfon dolen atoch chi.",
  formatsHybrid: "Yn yr ysgol neu ar-lein drwy alwad fideo. Chi sy’n dewis.",
  rightsHeading: "Da gwybod",
  rightViews:
    "Mae eich barn yn bwysig. Chi sy’n adnabod eich plentyn orau, ac rydyn ni eisiau clywed gennych chi.",
  rightSupporter:
    "Gallwch ddod â rhywun gyda chi. Gall hwn fod yn ffrind, yn aelod o’r teulu neu’n eiriolwr.",
  rightAdjustments:
    "Gallwch ofyn am bethau sy’n gwneud y cyfarfod yn haws i chi, fel cyfieithydd neu ystafell dawel.",
  adviceHeading: "Cyngor am ddim, annibynnol",
  adviceScotland:
    "Mae Enquire yn wasanaeth am ddim. Nid yw’n rhan o’r ysgol. Mae’n rhoi cyngor i deuluoedd am help gyda dysgu yn yr Alban.",
  adviceEngland:
    "Mae eich SENDIASS lleol yn rhoi cyngor am ddim i deuluoedd. Nid yw’n rhan o’r ysgol. Chwiliwch ar-lein am SENDIASS ac enw eich ardal.",
  phone: "Ffôn",
  website: "Gwefan",
  email: "E-bost",
  timesLegend: "Pa amser sy’n gyfleus i chi?",
  timesZone: "Mae’r amseroedd hyn yn ôl amser {zone}.",
  slotPassed: "Mae’r amser hwn wedi mynd heibio",
  noneWork: "Does dim un o’r amseroedd hyn yn gyfleus i mi",
  availabilityLabel: "Pa ddyddiau ac amseroedd sy’n gyfleus i chi?",
  availabilityHint: "Er enghraifft: bore dydd Mawrth neu ddydd Iau, ond nid yn ystod gwyliau’r ysgol.",
  adjustmentsLegend: "Oes unrhyw beth a fyddai’n eich helpu i gymryd rhan?",
  adjustmentsHint: "Ticiwch bopeth sydd ei angen arnoch. Does dim rhaid i chi dicio dim.",
  interpreterLanguage: "Pa iaith?",
  otherNeeds: "Unrhyw beth arall?",
  supporterLegend: "Dod â rhywun gyda chi",
  supporterHint: "Dywedwch wrthym ni os bydd rhywun yn dod gyda chi. Gallwch adael hwn yn wag.",
  supporterName: "Eu henw",
  supporterRelationship: "Pwy ydyn nhw i chi",
  supporterRelationshipHint: "Er enghraifft: ffrind, mam-gu, eiriolwr.",
  sharePapers: "Caiff yr ysgol anfon papurau’r cyfarfod atyn nhw",
  speakingLegend: "Yn y cyfarfod, pryd hoffech chi siarad?",
  speakingHint: "Mae rhai pobl yn hoffi siarad yn gyntaf. Mae eraill yn hoffi clywed y staff yn gyntaf.",
  speakingFirst: "Hoffwn i siarad yn gyntaf",
  speakingAfter: "Hoffwn i siarad ar ôl y staff",
  speakingNoPreference: "Does dim ots gen i",
  message: "Neges i’r ysgol",
  optional: "(dewisol)",
  send: "Anfon fy ateb",
  errorSummary: "Gwiriwch eich ateb. Mae angen cywiro rhai rhannau.",
  errChooseTime: "Dewiswch amser, neu dewiswch “Does dim un o’r amseroedd hyn yn gyfleus i mi”.",
  errAvailability: "Dywedwch wrthym ni pa ddyddiau ac amseroedd sy’n gyfleus i chi.",
  errInterpreterLanguage: "Dywedwch wrthym ni pa iaith y dylai’r cyfieithydd ei siarad.",
  errSupporterName: "Dywedwch wrthym ni enw’r person sy’n dod gyda chi.",
  sentHeading: "Diolch",
  sentEmail: "Dylai eich ap e-bost agor nawr gyda’ch ateb ynddo. Pwyswch Send yn eich ap e-bost.",
  youChose: "Fe ddewisoch chi: {time}.",
  youChoseNone: "Fe ddywedoch chi nad oes un o’r amseroedd yn gyfleus.",
  nextHeading: "Beth sy’n digwydd nesaf",
  nextChosen:
    "Bydd yr ysgol yn gwirio bod yr amser yn dal yn rhydd. Wedyn byddan nhw’n anfon gwahoddiad atoch chi drwy e-bost.",
  nextNone:
    "Bydd yr ysgol yn edrych ar y dyddiau a’r amseroedd a roesoch chi. Wedyn byddan nhw’n cynnig amseroedd newydd i chi.",
  noEmailApp: "Os na agorodd ap e-bost, copïwch eich ateb a’i anfon drwy e-bost at {email}.",
  openEmailAgain: "Agor fy e-bost eto",
  copy: "Copïo fy ateb",
  copied: "Wedi’i gopïo. Gallwch nawr ludo eich ateb mewn e-bost.",
  copyFailed: "Methu copïo. Dewiswch y testun isod a’i gopïo.",
  answerText: "Eich ateb",
  shortened:
    "Roedd eich neges yn rhy hir i ddolen e-bost, felly mae fersiwn byrrach yn yr e-bost. Mae’r ateb llawn yn y blwch isod. Gallwch ei gopïo.",
  changeAnswer: "Newid fy ateb",
  questions: "Cwestiynau? Cysylltwch â {school}.",
  reference: "Cyfeirnod: {ref}",
  expiredHeading: "Mae’r ddolen hon wedi dod i ben",
  expiredBody:
    "Nid yw’r amseroedd yn y ddolen hon ar gael mwyach. Cysylltwch â’r ysgol. Byddan nhw’n cynnig amseroedd newydd i chi.",
  brokenHeading: "Nid yw’r ddolen hon yn gweithio",
  brokenBody:
    "Efallai bod rhan o’r ddolen ar goll neu wedi newid. Atebwch yr e-bost gan yr ysgol a dywedwch wrthyn nhw pa ddyddiau ac amseroedd sy’n gyfleus i chi.",
  emailSchool: "E-bostio’r ysgol",
  replyReference: "Cyfeirnod",
  replyChoice: "Amser a ddewiswyd",
  replyNoneWork: "does dim un o’r amseroedd hyn yn gyfleus",
  replyAvailability: "Beth sy’n gyfleus i mi",
  replyAdjustments: "Beth sydd ei angen arnaf",
  replyInterpreterFor: "Cyfieithydd ({language})",
  replyOtherNeeds: "Anghenion eraill",
  replySupporter: "Person sy’n dod gyda fi",
  replySupporterText:
    "{name}{hasRelationship, select, yes { ({relationship})} other {}} – caiff weld y papurau: {sharePapers, select, yes {caiff} other {na chaiff}}",
  replySpeakingOrder: "Pryd hoffwn i siarad",
  replySpeakingFirst: "yn gyntaf",
  replySpeakingAfter: "ar ôl y staff",
  replyMessage: "Neges",
  languageLabel: "Iaith",
};

/** The parent page: a supporter's email address. */
export const supporter: Words<"supporter"> = {
  supporterEmail: "Eu cyfeiriad e-bost",
  supporterEmailHint:
    "Os byddwch yn ticio'r blwch isod, byddwn yn eu gwahodd i'r cyfarfod ac yn anfon y papurau atyn nhw.",
  errSupporterEmail: "Ysgrifennwch eu cyfeiriad e-bost, fel enw@example.com, neu gadewch yn wag.",
};

/** The name of each adjustment, as a family would ask for it (parent page and emails). */
export const adjustments: Words<"adjustments"> = {
  interpreter: "Cyfieithydd",
  bslInterpreter: "Dehonglydd Iaith Arwyddion Prydain (BSL)",
  hearingLoop: "Dolen sain i bobl â nam ar y clyw",
  quietRoom: "Ystafell dawel",
  stepFree: "Mynediad heb risiau",
  online: "Ymuno ar-lein",
  timeOfDay: "Cyfarfod ar adeg o'r dydd sy'n addas i mi",
  longerMeeting: "Cyfarfod hirach",
  breaks: "Seibiannau yn ystod y cyfarfod",
  fewerPeople: "Llai o bobl, neu rywun rwy'n ei adnabod yno",
  papersInAdvance: "Papurau ychydig ddyddiau cyn y cyfarfod",
  largePrint: "Papurau mewn print bras",
  easyRead: "Papurau hawdd eu darllen",
  papersTranslated: "Papurau yn fy iaith fy hun",
  speakingOrder: "Siarad yn gyntaf neu ar ôl y staff",
  other: "Rhywbeth arall",
};

/** Why we are meeting, one whole sentence per kind of meeting (parent page and emails). */
export const purposes: Words<"purposes"> = {
  supportPlanReview:
    "Hoffem gyfarfod i edrych ar sut mae pethau’n mynd a chytuno ar y camau nesaf gyda’n gilydd.",
  initialConcern:
    "Hoffem gyfarfod i wrando arnoch chi a rhannu’r hyn rydyn ni wedi sylwi arno. Wedyn gallwn benderfynu gyda’n gilydd beth allai helpu.",
  transitionPlanning:
    "Hoffem gyfarfod i gynllunio’r symud i’r dosbarth neu’r ysgol nesaf, fel ei fod yn mynd yn dda.",
  annualReview:
    "Hoffem gyfarfod i edrych ar gynllun y flwyddyn gyda’n gilydd a chytuno beth sy’n digwydd nesaf.",
  checkIn: "Hoffem gyfarfod i sgwrsio am sut mae pethau’n mynd.",
};

/** The parent page for answering a meeting summary. */
export const feedback: Words<"feedback"> = {
  title: "Eich ateb am nodiadau'r cyfarfod",
  heading: "Dywedwch wrthon ni am y cyfarfod",
  lead: "Bydd eich ateb yn mynd i'r ysgol drwy e-bost. Gallwch chi ateb un cwestiwn, neu bob un.",
  listened: "Oeddech chi'n teimlo ein bod ni wedi gwrando arnoch chi?",
  yes: "Oeddwn",
  partly: "Rhywfaint",
  no: "Nac oeddwn",
  notes: "Ydy'r nodiadau'n gywir?",
  confirm: "Ydyn, mae'r nodiadau'n gywir",
  correct: "Cywirwch y nodiadau, os gwelwch yn dda",
  comment: "Unrhyw beth arall yr hoffech chi ei ddweud (dewisol)",
  send: "Anfon fy ateb",
  sentHeading: "Diolch",
  sentBody: "Dylai eich ap e-bost agor gyda'ch ateb. Pwyswch Anfon yno, os gwelwch yn dda.",
  subject: "Ein hateb am nodiadau'r cyfarfod",
  broken: "Dydy'r ddolen hon ddim yn gweithio. Atebwch e-bost yr ysgol yn lle hynny.",
};

/** The emails: the offer, the confirmation and the short notices. */
export const email: Words<"email"> = {
  greeting: "Annwyl {name},",
  signOff: "Gyda dymuniadau gorau,",
  contact: "Os oes gennych chi gwestiynau, atebwch yr e-bost hwn neu ffoniwch {school} ar {phone}.",
  offerSubject: "Amseroedd cyfarfod gan {school}",
  offerWhy: "Chi sy’n adnabod eich plentyn orau, ac rydyn ni eisiau clywed beth rydych chi’n ei feddwl.",
  offerWho: "Pwy fydd yno:",
  offerTimes: "Mae’r amseroedd hyn yn rhydd i bawb. Dewiswch yr un sydd orau i chi:",
  offerFormatInPerson: "Byddwn ni’n cyfarfod yn yr ysgol.",
  offerFormatOnline: "Byddwn ni’n cyfarfod ar-lein ar Microsoft Teams. Byddwn ni’n anfon dolen atoch chi.",
  offerFormatHybrid: "Gallwch ddod i’r ysgol neu ymuno ar-lein ar Microsoft Teams, fel y mynnwch.",
  offerChoose: "Dewis amser",
  offerNoneWork:
    "Os nad oes un o’r amseroedd hyn yn gyfleus, gallwch ddweud wrthym ni ar yr un dudalen beth sy’n gyfleus.",
  offerRightsTitle: "Cyn y cyfarfod",
  offerSupporter: "Mae croeso i chi ddod â rhywun gyda chi: ffrind, perthynas neu eiriolwr.",
  offerAdjustments:
    "Dywedwch wrthym ni os byddai unrhyw beth yn eich helpu i gymryd rhan. Er enghraifft: cyfieithydd, mynediad heb risiau, dolen glyw, print mawr, ymuno ar-lein neu gyfarfod hirach.",
  offerAdviceScotland:
    "I gael cyngor am ddim, gallwch gysylltu ag Enquire. Nid yw’n rhan o’r ysgol. Mae’n helpu teuluoedd gyda chymorth dysgu yn yr Alban. Ffoniwch 0345 123 2303 neu ewch i enquire.org.uk.",
  offerAdviceEngland: "I gael cyngor am ddim, gallwch gysylltu â’ch SENDIASS lleol. Nid yw’n rhan o’r ysgol.",
  offerPlainReply: "Neu atebwch yr e-bost hwn, er enghraifft “Mae dydd Mawrth yn iawn”.",
  confirmationSubject: "Mae eich cyfarfod gyda {school} wedi’i drefnu",
  confirmationBooked: "Diolch. Mae eich cyfarfod wedi’i drefnu. Amser: {when}.",
  confirmationWhere: "Lle byddwn ni’n cyfarfod: {place}.",
  confirmationOnline: "Byddwch chi’n ymuno ar-lein ar Microsoft Teams, gyda’r ddolen isod.",
  confirmationOrOnline:
    "Gallwch ddod i’r ysgol, neu ymuno ar-lein ar Microsoft Teams os yw’n well gennych chi, gyda’r ddolen isod.",
  confirmationJoin: "Ymuno â’r cyfarfod",
  confirmationAdjustments: "Rydyn ni’n trefnu’r hyn y gofynnoch chi amdano:",
  confirmationSupporter: "Mae croeso i’r person hwn ddod gyda chi: {name}.",
  confirmationPapers: "Byddwn ni’n anfon yr agenda ac unrhyw bapurau atoch chi cyn y cyfarfod.",
  confirmationNotAnswered:
    "Dydyn ni ddim wedi clywed gennych chi eto, ac mae croeso mawr i chi ddod. Os oes angen unrhyw beth arnoch chi i wneud y cyfarfod yn haws, neu os byddai’n well gennych chi ymuno ar-lein, atebwch yr e-bost hwn.",
  confirmationOtherTime:
    "Rydyn ni’n gwybod efallai nad hwn yw’r amser y byddech chi wedi’i ddewis. Os na allwch chi ddod, atebwch yr e-bost hwn a byddwn ni’n dod o hyd i ffordd i chi gymryd rhan.",
  confirmationChange:
    "Os oes angen i chi newid yr amser, atebwch yr e-bost hwn neu ffoniwch {school} ar {phone}.",
  noticeCancelSubject: "Mae eich cyfarfod gyda {school} wedi’i ganslo",
  noticeCancelled: "Mae’n ddrwg gennym ni: mae’r cyfarfod wedi’i ganslo. Yr amser a ganslwyd: {when}.",
  staffWords: "Neges gan {name}, yn Saesneg, fel y’i hysgrifennwyd:",
  noticeCancelNext:
    "Byddwn ni mewn cysylltiad am beth sy’n digwydd nesaf. Does dim angen i chi wneud dim nawr.",
  noticeWithdrawSubject: "Nid yw’r amseroedd cyfarfod gan {school} ar gael mwyach",
  noticeWithdrawn:
    "Nid yw’r amseroedd cyfarfod a gynigiwyd gennym ni ar gael mwyach, felly peidiwch â dewis un. Mae’n ddrwg gennym ni am unrhyw drafferth, a byddwn ni mewn cysylltiad.",
  noticeChaseSubject: "Nodyn atgoffa: amseroedd cyfarfod gan {school}",
  noticeChase:
    "Rydyn ni’n ysgrifennu eto am yr amseroedd cyfarfod a gynigiwyd gennym ni. Hoffem wybod pa un sy’n gyfleus i chi, neu beth fyddai’n well. Dim ond munud mae’n ei gymryd.",
  noticeMoved:
    "Mae angen i ni newid amser ein cyfarfod. Yr amser nawr: {when}. Bydd yn aros wedi’i drefnu nes i chi ddewis un o’r amseroedd newydd isod.",
};

/** The email when something a family asked for cannot be arranged. */
export const followUp: Words<"followUp"> = {
  subject: "Ynglŷn â'ch cyfarfod ar {date}",
  greeting: "Helo {name},",
  intro: "Diolch am ddweud wrthym beth fyddai'n eich helpu yn y cyfarfod ar {when}.",
  notPossible: "Mae'n ddrwg gennym. Allwn ni ddim trefnu hyn: {adjustment}.",
  staffWords: "Neges gan {staff}, yn Saesneg:",
  next: "Os hoffech siarad am hyn, neu os byddai rhywbeth arall yn helpu, atebwch yr e-bost hwn neu ffoniwch ni ar {phone}.",
  signOff: "Gyda dymuniadau gorau,",
};

/** The agenda, its update and the reminder. */
export const agenda: Words<"agenda"> = {
  title: "Agenda ein cyfarfod",
  when: "Pryd: {when}",
  whereRoom: "Ble: {room}, yn yr ysgol",
  whereOnline: "Ble: ar-lein, ar Microsoft Teams",
  whereRoomOrOnline: "Ble: {room}, yn yr ysgol, neu ar-lein ar Microsoft Teams",
  length:
    "Mae'r cyfarfod yn para {n, plural, zero {# munud} one {# munud} two {# funud} few {# munud} many {# munud} other {# munud}}.",
  whoHeading: "Pwy sy'n dod",
  whoStaff: "{name}, {role}: {why}",
  whoCarer: "{name}, y teulu",
  whoSupporter: "{name} ({relationship}), yn dod i gefnogi {carer}",
  whySenco: "yn cynllunio ac yn gwirio'r cymorth ychwanegol yn yr ysgol",
  whyClassTeacher: "yn dysgu eich plentyn bob dydd",
  whyGuidance: "yn gofalu am les eich plentyn ac yn cynllunio ymlaen gyda chi",
  whyPupilSupport: "yn helpu eich plentyn yn y dosbarth bob dydd",
  whyPastoral: "yn gofalu am les plant yn yr ysgol",
  whyHead: "yn arwain yr ysgol ac yn gallu cytuno ar newidiadau",
  whyEal: "yn helpu plant sy'n dysgu Saesneg",
  whyOther: "yn gweithio gyda'ch plentyn yn yr ysgol",
  itemsHeading: "Beth byddwn ni'n siarad amdano",
  itemLine:
    "{title} ({n, plural, zero {# munud} one {# munud} two {# funud} few {# munud} many {# munud} other {# munud}}, dan arweiniad: {lead})",
  familyItem: "Mae {carer} eisiau siarad am hyn, yn eu geiriau eu hunain: {text}",
  schoolWords: "Yng ngeiriau'r ysgol, yn Saesneg: {text}",
  leadFamily: "chi",
  leadChild: "eich plentyn, os yw eisiau",
  leadEveryone: "pawb",
  prefsHeading: "Beth ddywedoch chi wrthym",
  speakFirst: "Gofynnoch chi am siarad yn gyntaf. Byddwn ni'n gwrando arnoch chi cyn i'r staff siarad.",
  speakAfter: "Gofynnoch chi am glywed gan y staff yn gyntaf. Byddwch chi'n siarad ar eu hôl.",
  breaks: "Byddwn ni'n cael egwyl fer. Dywedwch wrthym os oes angen mwy arnoch.",
  adjustHeading: "Beth rydyn ni'n ei drefnu i chi",
  adjInterpreterFor: "Cyfieithydd ({language})",
  supporterSend: "Mae {name} yn dod gyda chi. Byddwn ni'n anfon yr agenda hon atyn nhw hefyd.",
  supporterShare:
    "Mae {name} yn dod gyda chi. Dywedoch chi y cawn ni rannu'r papurau gyda nhw, felly rhowch yr agenda hon iddyn nhw.",
  supporterNoShare: "Mae {name} yn dod gyda chi. Fyddwn ni ddim yn rhannu'r papurau gyda nhw.",
  contact: "Hoffech chi ychwanegu rhywbeth? Atebwch yr e-bost hwn neu ffoniwch {phone}.",
  greeting: "Annwyl {name},",
  sendSubject: "Agenda ein cyfarfod ar {when}",
  sendIntro: "Dyma agenda ein cyfarfod. Mae hefyd wedi'i hatodi fel dogfen y gallwch ei hargraffu.",
  changeSubject: "Newid i agenda ein cyfarfod ar {when}",
  changeIntro: "Rydyn ni wedi newid yr agenda. Dyma beth newidiodd:",
  changeAdded: "Wedi'i ychwanegu: {title}",
  changeRemoved: "Wedi'i dynnu: {title}",
  changeChanged: "Wedi'i newid: {title}",
  changeReason: "Pam, yng ngeiriau'r ysgol (yn Saesneg):",
  changeAttached: "Mae'r agenda newydd wedi'i hatodi.",
  reminderSubject: "Nodyn atgoffa: ein cyfarfod yfory, {when}",
  reminderIntro: "Dyma nodyn cyfeillgar i'ch atgoffa am ein cyfarfod yfory.",
  reminderCantCome:
    "Os na allwch ddod, atebwch yr e-bost hwn neu ffoniwch {phone}. Gallwn ddod o hyd i amser arall.",
  signOff: "Gyda dymuniadau gorau,",
  movedSubject: "Mae ein cyfarfod wedi symud i {when}: yr agenda",
  movedIntro:
    "Mae ein cyfarfod wedi symud i amser newydd: {when}. Dyma'r agenda eto ar gyfer yr amser newydd.",
};

/** The built-in agenda items. */
export const agendaItems: Words<"agendaItems"> = {
  welcome: "Croeso a chyflwyniadau",
  strengths: "Beth sy'n mynd yn dda: cryfderau a diddordebau",
  familyViews: "Eich barn chi",
  childViews: "Barn eich plentyn",
  progress: "Sut mae pethau wedi mynd ers y cyfarfod diwethaf",
  assess: "Beth rydyn ni'n ei wybod am sut mae eich plentyn yn dod ymlaen",
  plan: "Y cymorth rydyn ni'n ei gynllunio, a beth rydyn ni'n gobeithio y bydd yn ei wneud",
  doSupport: "Sut mae'r cymorth yn gweithio bob dydd",
  review: "Ydy e'n gweithio? Beth ddylai newid?",
  planTargets: "Cytuno ar y targedau yn y cynllun",
  cspObjectives: "Y nodau yn y cynllun cymorth cydlynol",
  cspSupport: "Y cymorth, a phwy sy'n ei roi",
  ehcpOutcomes: "Cynnydd tuag at y canlyniadau yn y cynllun",
  ehcpProvision: "Ydy'r cymorth yn y cynllun yn dal yn iawn?",
  ehcpChanges: "Newidiadau i'w gofyn gan y cyngor",
  transitionMove: "Y symud: beth fydd yn newid, a phryd",
  transitionSupport: "Ymweliadau, gwybodaeth a help gyda'r symud",
  adulthood: "Edrych ymlaen: dysgu, ffrindiau, iechyd ac annibyniaeth",
  concernsShared: "Beth mae pob un ohonom wedi sylwi arno",
  whatMightHelp: "Beth allai helpu",
  nextSteps: "Beth rydyn ni'n cytuno arno: pwy sy'n gwneud beth, ac erbyn pryd",
  nextMeeting: "Pryd byddwn ni'n cwrdd nesaf",
  breakTime: "Egwyl fer",
};

/** The meeting summary: its email and its document. */
export const summary: Words<"summary"> = {
  title: "Nodiadau o'n cyfarfod",
  subject: "Nodiadau o'n cyfarfod ar {date}",
  subjectCorrection: "Nodiadau wedi'u cywiro o'n cyfarfod ar {date} (fersiwn {version})",
  greeting: "Annwyl {name},",
  intro:
    "Diolch am gwrdd â ni ar {date}. Mae'r nodiadau hyn yn dweud beth wnaethon ni siarad amdano a beth wnaethon ni ei gytuno. Mae'r un nodiadau yn y ddogfen sydd ynghlwm wrth yr e-bost hwn.",
  correctionIntro: "Rydyn ni wedi cywiro'r nodiadau hyn. Dyma fersiwn {version}. Beth sydd wedi newid:",
  staffLabel: "Ysgrifennwyd gan {name}, yn Saesneg:",
  attendance: "Pwy oedd yno",
  present: "Daeth i'r cyfarfod",
  apologies: "Methu dod",
  h_strengths: "Beth sy'n mynd yn dda",
  h_familyViews: "Beth ddywedodd y teulu wrthon ni",
  h_childViews: "Beth ddywedodd y plentyn wrthon ni",
  h_childViewsHow: "Sut wnaethon ni ofyn i'r plentyn",
  h_discussed: "Beth wnaethon ni siarad amdano",
  h_agreed: "Beth wnaethon ni ei gytuno, a pham",
  h_notAgreed: "Beth na wnaethon ni ei gytuno",
  h_actions: "Pwy fydd yn gwneud beth",
  h_contacts: "Pwy i gysylltu â nhw",
  h_next: "Y cyfarfod nesaf",
  h_rights: "Os ydych chi'n anghytuno",
  colWhat: "Beth",
  colWho: "Pwy",
  colBy: "Erbyn pryd",
  yourActions: "Pethau y cytunon ni y byddech chi'n eu gwneud",
  nextDate: "Bydd ein cyfarfod nesaf ar {date}.",
  nextToArrange: "Byddwn ni'n cytuno ar ddyddiad ar gyfer y cyfarfod nesaf gyda chi.",
  dueNone: "dim dyddiad eto",
  rightsIntro:
    "Gallwch chi ofyn i ni gywiro'r nodiadau hyn. Os ydych chi'n anghytuno â phenderfyniad am gymorth eich plentyn, gallwch chi gael help am ddim nad yw'n perthyn i'r ysgol:",
  answerInvite:
    "Dywedwch wrthon ni a yw'r nodiadau hyn yn gywir, neu gofynnwch i ni eu cywiro. Hoffen ni wybod hefyd: oeddech chi'n teimlo ein bod ni wedi gwrando arnoch chi?",
  answerLink: "Atebwch yma",
  signoff: "Gyda dymuniadau gorau,",
  phone: "Gallwch chi ffonio'r ysgol ar {phone}.",
  r_enquire: "Enquire: gwasanaeth cyngor yr Alban am gymorth ychwanegol ar gyfer dysgu. Mae am ddim.",
  r_mediationSc: "Cyfryngu: cyfarfod am ddim gyda pherson annibynnol sy'n helpu chi a'r ysgol i gytuno.",
  r_disputeSc:
    "Datrys anghydfod: mae person annibynnol yn edrych ar yr anghytundeb ac yn dweud beth ddylai ddigwydd.",
  r_tribunalSc:
    "Y tribiwnlys (Health and Education Chamber): ar gyfer rhai penderfyniadau, fel cynllun cymorth cydlynol (CSP), gallwch chi apelio.",
  r_sendiass: "SENDIASS: eich gwasanaeth lleol am gyngor annibynnol am ddim am SEND.",
  r_mediationEn: "Cyfryngu: cyfarfod am ddim gyda pherson annibynnol, cyn apêl am gynllun EHC.",
  r_disagreementEn:
    "Datrys anghytundeb: gwasanaeth annibynnol am ddim sy'n helpu chi a'r ysgol neu'r cyngor i gytuno.",
  r_tribunalEn:
    "First-tier Tribunal (SEND): gallwch chi apelio yn erbyn rhai o benderfyniadau'r cyngor am asesiad neu gynllun EHC.",
  yourAction: "Chi: {what}, erbyn {date}",
  yourActionNoDate: "Chi: {what} (dim dyddiad eto)",
  youOwner: "Chi ({name})",
  actionsWritten: "Ysgrifennodd {name} yn Saesneg pwy fydd yn gwneud beth. Mae fel y cafodd ei ysgrifennu.",
};

/** A summary's easy-read copy: short sentences, one idea to a line, headings as questions. */
export const easyRead: Words<"easyRead"> = {
  intro: "Mae'r nodiadau hyn yn dweud beth wnaethon ni siarad amdano yn y cyfarfod.",
  met: "Fe wnaethon ni gyfarfod ar {date}.",
  changed: "Rydyn ni wedi newid y nodiadau hyn.",
  changedVersion: "Dyma fersiwn {version}.",
  changedWhat: "Dyma beth sydd wedi newid:",
  h_attendance: "Pwy ddaeth i'r cyfarfod?",
  came: "Daeth {name}.",
  apologies: "Methodd {name} ddod.",
  h_strengths: "Beth sy'n mynd yn dda?",
  h_familyViews: "Beth ddywedodd eich teulu wrthon ni?",
  h_childViews: "Beth ddywedodd eich plentyn wrthon ni?",
  h_childViewsHow: "Sut wnaethon ni ofyn i'ch plentyn?",
  h_discussed: "Beth wnaethon ni siarad amdano?",
  h_agreed: "Beth wnaethon ni ei gytuno? Pam?",
  h_notAgreed: "Beth na wnaethon ni ei gytuno?",
  h_actions: "Pwy fydd yn gwneud beth?",
  h_contacts: "Gyda phwy allwch chi siarad?",
  h_next: "Pryd mae'r cyfarfod nesaf?",
  h_rights: "Beth os ydych chi'n anghytuno?",
  wrote: "Ysgrifennodd {name} hyn yn Saesneg:",
  empty: "Wnaethon ni ddim ysgrifennu dim byd yma.",
  willDo: "Bydd {name} yn gwneud hyn:",
  youDo: "Byddwch chi'n gwneud hyn:",
  due: "Pryd: erbyn {date}.",
  dueNone: "Pryd: byddwn ni'n dewis dyddiad.",
  nextDate: "Byddwn ni'n cyfarfod eto ar {date}.",
  nextToArrange: "Byddwn ni'n dewis dyddiad gyda chi.",
  rightsChange: "Gallwch chi ofyn i ni newid y nodiadau hyn.",
  rightsHelp: "Gallwch chi gael help am ddim.",
  rightsWho: "Dydy'r bobl hyn ddim yn gweithio i'r ysgol:",
};
