import type { LanguageAbout, Words } from "../languageFile";

/* Every word a family reads, in Scottish Gaelic: the same sections and keys as en.ts. */

/** The language's name in itself (for the switcher), the tag `Intl` formats with, and its direction. */
export const about = { name: "Gàidhlig", intl: "gd", dir: "ltr" } satisfies LanguageAbout;

/** The parent page: choosing a time and answering. */
export const page: Words<"page"> = {
  title: "Tagh àm coinneimh – {school}",
  heading: "Tagh àm airson coinneachadh",
  greeting:
    "Halò. Bu toigh le {school} coinneachadh riut mu do phàiste. Tapadh leat airson ùine a thoirt dha seo.",
  whyHeading: "Carson a tha sinn a’ coinneachadh",
  whoHeading: "Cò a bhios ann",
  formatHeading: "Mar a choinnicheas sinn",
  formatsInPerson: "Aghaidh ri aghaidh, san sgoil.",
  formatsOnline: "Air loidhne, le gairm bhidio. Cuiridh sinn ceangal thugad.",
  formatsHybrid: "San sgoil no air loidhne le gairm bhidio. Faodaidh tu taghadh.",
  rightsHeading: "Math fios a bhith agad",
  rightViews:
    "Tha do bheachdan cudromach. ’S tusa as fheàrr a tha eòlach air do phàiste, agus tha sinn airson cluinntinn bhuat.",
  rightSupporter:
    "Faodaidh tu cuideigin a thoirt leat. Faodaidh seo a bhith na charaid, na bhall den teaghlach no na neach-tagraidh.",
  rightAdjustments:
    "Faodaidh tu iarraidh air rudan a nì a’ choinneamh nas fhasa dhut, mar eadar-theangaiche no seòmar sàmhach.",
  adviceHeading: "Comhairle an-asgaidh, neo-eisimeileach",
  adviceScotland:
    "’S e seirbheis an-asgaidh a th’ ann an Enquire. Chan eil e na phàirt den sgoil. Bheir e comhairle do theaghlaichean mu thaic le ionnsachadh ann an Alba.",
  adviceEngland:
    "Bheir an SENDIASS ionadail agad comhairle an-asgaidh do theaghlaichean. Chan eil e na phàirt den sgoil. Lorg SENDIASS agus ainm na sgìre agad air loidhne.",
  phone: "Fòn",
  website: "Làrach-lìn",
  email: "Post-d",
  timesLegend: "Dè an t-àm a tha freagarrach dhut?",
  timesZone: "Tha na h-amannan seo ann an {zone}.",
  slotPassed: "Tha an t-àm seo seachad",
  noneWork: "Chan eil gin de na h-amannan seo freagarrach dhomh",
  availabilityLabel: "Dè na làithean agus na h-amannan a tha freagarrach dhut?",
  availabilityHint:
    "Mar eisimpleir: madainn Dimàirt no Diardaoin, ach chan ann ann an saor-làithean na sgoile.",
  adjustmentsLegend: "A bheil dad ann a chuidicheadh tu gus pàirt a ghabhail?",
  adjustmentsHint: "Cuir strìochag ris gach rud a tha a dhìth ort. Chan fheum thu strìochag a chur ri dad.",
  interpreterLanguage: "Dè an cànan?",
  otherNeeds: "Dad sam bith eile?",
  supporterLegend: "A’ toirt cuideigin leat",
  supporterHint: "Innis dhuinn ma tha cuideigin a’ tighinn còmhla riut. Faodaidh tu seo fhàgail falamh.",
  supporterName: "An ainm",
  supporterRelationship: "Cò iad dhut",
  supporterRelationshipHint: "Mar eisimpleir: caraid, seanmhair, neach-tagraidh.",
  sharePapers: "Faodaidh an sgoil pàipearan na coinneimh a chur thuca",
  speakingLegend: "Aig a’ choinneamh, cuin a bu toigh leat bruidhinn?",
  speakingHint:
    "’S toigh le cuid bruidhinn an toiseach. ’S toigh le cuid eile an luchd-obrach a chluinntinn an toiseach.",
  speakingFirst: "Bu toigh leam bruidhinn an toiseach",
  speakingAfter: "Bu toigh leam bruidhinn às dèidh an luchd-obrach",
  speakingNoPreference: "Tha e coma leam",
  message: "Teachdaireachd dhan sgoil",
  optional: "(roghainneil)",
  send: "Cuir mo fhreagairt",
  errorSummary: "Thoir sùil air do fhreagairt. Feumar pàirt dhith a chur ceart.",
  errChooseTime: "Tagh àm, no tagh “Chan eil gin de na h-amannan seo freagarrach dhomh”.",
  errAvailability: "Innis dhuinn dè na làithean agus na h-amannan a tha freagarrach dhut.",
  errInterpreterLanguage: "Innis dhuinn dè an cànan a bu chòir don eadar-theangaiche a bhruidhinn.",
  errSupporterName: "Innis dhuinn ainm an neach a tha a’ tighinn còmhla riut.",
  sentHeading: "Tapadh leat",
  sentEmail:
    "Bu chòir don aplacaid post-d agad fosgladh a-nis le do fhreagairt innte. Brùth Send san aplacaid post-d agad.",
  youChose: "Thagh thu: {time}.",
  youChoseNone: "Dh’innis thu dhuinn nach eil gin de na h-amannan freagarrach.",
  nextHeading: "Dè a thachras an ath rud",
  nextChosen:
    "Nì an sgoil cinnteach gu bheil an t-àm fhathast saor. An uair sin cuiridh iad cuireadh thugad air post-d.",
  nextNone:
    "Seallaidh an sgoil ris na làithean agus na h-amannan a thug thu. An uair sin bheir iad amannan ùra dhut.",
  noEmailApp:
    "Mura do dh’fhosgail aplacaid post-d, dèan lethbhreac de do fhreagairt agus cuir i air post-d gu {email}.",
  openEmailAgain: "Fosgail am post-d agam a-rithist",
  copy: "Dèan lethbhreac de mo fhreagairt",
  copied: "Deiseil. Faodaidh tu do fhreagairt a chur ann am post-d a-nis.",
  copyFailed:
    "Cha b’ urrainn dhuinn lethbhreac a dhèanamh. Tagh an teacsa gu h-ìosal agus dèan lethbhreac dheth.",
  answerText: "Do fhreagairt",
  shortened:
    "Bha do theachdaireachd ro fhada airson ceangal post-d, mar sin tha tionndadh nas giorra sa phost-d. Tha an fhreagairt shlàn sa bhogsa gu h-ìosal. Faodaidh tu lethbhreac a dhèanamh dheth.",
  changeAnswer: "Atharraich mo fhreagairt",
  questions: "Ceistean? Cuir fios gu {school}.",
  reference: "Àireamh iomraidh: {ref}",
  expiredHeading: "Tha an ceangal seo air falbh an ùine",
  expiredBody:
    "Chan eil na h-amannan sa cheangal seo ri fhaighinn tuilleadh. Cuir fios dhan sgoil. Bheir iad amannan ùra dhut.",
  brokenHeading: "Chan eil an ceangal seo ag obair",
  brokenBody:
    "Dh’fhaodadh gu bheil pàirt den cheangal a dhìth no air atharrachadh. Freagair am post-d bhon sgoil agus innis dhaibh dè na làithean agus na h-amannan a tha freagarrach dhut.",
  emailSchool: "Cuir post-d dhan sgoil",
  replyReference: "Àireamh iomraidh",
  replyChoice: "An t-àm a thagh mi",
  replyNoneWork: "chan eil gin de na h-amannan seo freagarrach",
  replyAvailability: "Na tha freagarrach dhomh",
  replyAdjustments: "Na tha a dhìth orm",
  replyInterpreterFor: "Eadar-theangaiche ({language})",
  replyOtherNeeds: "Feumalachdan eile",
  replySupporter: "Neach a’ tighinn còmhla rium",
  replySupporterText:
    "{name}{hasRelationship, select, yes { ({relationship})} other {}} – faodar na pàipearan a chur thuca: {sharePapers, select, yes {faodar} other {chan fhaodar}}",
  replySpeakingOrder: "Cuin a bu toigh leam bruidhinn",
  replySpeakingFirst: "an toiseach",
  replySpeakingAfter: "às dèidh an luchd-obrach",
  replyMessage: "Teachdaireachd",
  languageLabel: "Cànan",
};

/** The parent page: a supporter's email address. */
export const supporter: Words<"supporter"> = {
  supporterEmail: "An seòladh post-d aca",
  supporterEmailHint:
    "Ma chuireas tu strìochag sa bhogsa gu h-ìosal, bheir sinn cuireadh dhaibh chun na coinneimh agus cuiridh sinn na pàipearan thuca.",
  errSupporterEmail: "Sgrìobh an seòladh post-d aca, mar ainm@example.com, no fàg bàn e.",
};

/** The name of each adjustment, as a family would ask for it (parent page and emails). */
export const adjustments: Words<"adjustments"> = {
  interpreter: "Eadar-theangair",
  bslInterpreter: "Eadar-theangair Cànan Soidhnidh Breatannach (BSL)",
  hearingLoop: "Lùb claisneachd",
  quietRoom: "Seòmar sàmhach",
  stepFree: "Slighe a-steach gun staidhre",
  online: "Pàirt a ghabhail air loidhne",
  timeOfDay: "Coinneamh aig àm den latha a fhreagras orm",
  longerMeeting: "Coinneamh nas fhaide",
  breaks: "Fois rè na coinneimh",
  fewerPeople: "Nas lugha de dhaoine, no cuideigin as aithne dhomh ann",
  papersInAdvance: "Na pàipearan beagan làithean ron choinneamh",
  largePrint: "Pàipearan ann an clò mòr",
  easyRead: "Pàipearan furasta an leughadh",
  papersTranslated: "Pàipearan nam chànan fhèin",
  speakingOrder: "Bruidhinn an toiseach no às dèidh an luchd-obrach",
  other: "Rudeigin eile",
};

/** Why we are meeting, one whole sentence per kind of meeting (parent page and emails). */
export const purposes: Words<"purposes"> = {
  supportPlanReview:
    "Bu toigh leinn coinneachadh gus coimhead air mar a tha cùisean a’ dol agus na h-ath cheuman aontachadh còmhla.",
  initialConcern:
    "Bu toigh leinn coinneachadh gus èisteachd riut agus innse dè a mhothaich sinn. An uair sin faodaidh sinn co-dhùnadh còmhla dè a chuidicheadh.",
  transitionPlanning:
    "Bu toigh leinn coinneachadh gus an gluasad dhan ath chlas no sgoil a dhealbhadh, gus an tèid e gu math.",
  annualReview:
    "Bu toigh leinn coinneachadh gus coimhead air plana na bliadhna còmhla agus aontachadh dè a thachras an ath rud.",
  checkIn: "Bu toigh leinn coinneachadh gus bruidhinn air mar a tha cùisean a’ dol.",
};

/** The parent page for answering a meeting summary. */
export const feedback: Words<"feedback"> = {
  title: "Ur freagairt mu notaichean na coinneimh",
  heading: "Innsibh dhuinn mun choinneimh",
  lead: "Thèid ur freagairt dhan sgoil air post-d. Faodaidh sibh ceist a freagairt, no iad uile.",
  listened: "An robh sibh a' faireachdainn gun robh sinn ag èisteachd ribh?",
  yes: "Bha",
  partly: "Pàirt dheth",
  no: "Cha robh",
  notes: "A bheil na notaichean ceart?",
  confirm: "Tha, tha na notaichean ceart",
  correct: "Ceartaichibh na notaichean, mas e ur toil e",
  comment: "Rud sam bith eile a bu toil leibh a ràdh (roghainneil)",
  send: "Cuir mo fhreagairt",
  sentHeading: "Tapadh leibh",
  sentBody: "Bu chòir don phost-d agaibh fosgladh le ur freagairt. Brùthaibh Cuir an sin.",
  subject: "Ar freagairt mu notaichean na coinneimh",
  broken: "Chan eil an ceangal seo ag obair. Freagairibh post-d na sgoile na àite.",
};

/** The emails: the offer, the confirmation and the short notices. */
export const email: Words<"email"> = {
  greeting: "A {name} chòir,",
  signOff: "Leis gach deagh dhùrachd,",
  contact: "Ma tha ceist sam bith agad, freagair am post-d seo no cuir fòn gu {school} air {phone}.",
  offerSubject: "Amannan coinneimh bho {school}",
  offerWhy: "’S tusa as fheàrr a tha eòlach air do phàiste, agus tha sinn airson cluinntinn dè do bheachd.",
  offerWho: "Cò a bhios ann:",
  offerTimes: "Tha na h-amannan seo saor do gach duine. Tagh an tè as fheàrr a fhreagras ort:",
  offerFormatInPerson: "Coinnichidh sinn san sgoil.",
  offerFormatOnline: "Coinnichidh sinn air loidhne air Microsoft Teams. Cuiridh sinn ceangal thugad.",
  offerFormatHybrid:
    "Faodaidh tu tighinn dhan sgoil no pàirt a ghabhail air loidhne air Microsoft Teams, mar as fheàrr leat.",
  offerChoose: "Tagh àm",
  offerNoneWork:
    "Mura h-eil gin de na h-amannan seo freagarrach, faodaidh tu innse dhuinn air an aon duilleag dè a tha freagarrach.",
  offerRightsTitle: "Ron choinneimh",
  offerSupporter: "Faodaidh tu cuideigin a thoirt leat: caraid, càirdeas no neach-tagraidh.",
  offerAdjustments:
    "Innis dhuinn ma chuidicheadh dad thu gus pàirt a ghabhail. Mar eisimpleir: eadar-theangaiche, slighe gun staidhrichean, lùb claisneachd, clò mòr, pàirt air loidhne no coinneamh nas fhaide.",
  offerAdviceScotland:
    "Airson comhairle an-asgaidh, faodaidh tu fios a chur gu Enquire. Chan eil e na phàirt den sgoil. Cuidichidh e teaghlaichean le taic airson ionnsachadh ann an Alba. Fòn 0345 123 2303 no tadhail air enquire.org.uk.",
  offerAdviceEngland:
    "Airson comhairle an-asgaidh, faodaidh tu fios a chur gu SENDIASS na sgìre agad. Chan eil e na phàirt den sgoil.",
  offerPlainReply: "No dìreach freagair am post-d seo, mar eisimpleir “Tha Dimàirt ceart gu leòr”.",
  confirmationSubject: "Tha a’ choinneamh agad le {school} air a cur air dòigh",
  confirmationBooked: "Tapadh leat. Tha a’ choinneamh agad air a cur air dòigh. An t-àm: {when}.",
  confirmationWhere: "Àite na coinneimh: {place}.",
  confirmationOnline: "Gabhaidh tu pàirt air loidhne air Microsoft Teams, leis a’ cheangal gu h-ìosal.",
  confirmationOrOnline:
    "Faodaidh tu tighinn dhan sgoil, no pàirt a ghabhail air loidhne air Microsoft Teams ma b’ fheàrr leat, leis a’ cheangal gu h-ìosal.",
  confirmationJoin: "Rach a-steach dhan choinneamh",
  confirmationAdjustments: "Tha sinn a’ cur air dòigh na dh’iarr thu:",
  confirmationSupporter: "Tha fàilte air an neach seo tighinn còmhla riut: {name}.",
  confirmationPapers: "Cuiridh sinn an clàr-gnothaich agus pàipearan sam bith thugad ron choinneimh.",
  confirmationNotAnswered:
    "Cha do chuala sinn bhuat fhathast, agus tha fàilte mhòr ort tighinn. Ma tha dad a dhìth ort gus a’ choinneamh a dhèanamh nas fhasa, no nam b’ fheàrr leat pàirt a ghabhail air loidhne, dìreach freagair am post-d seo.",
  confirmationOtherTime:
    "Tha fios againn nach e seo an t-àm a thaghadh tu, ’s dòcha. Mura urrainn dhut tighinn, freagair am post-d seo agus lorgaidh sinn dòigh dhut pàirt a ghabhail.",
  confirmationChange:
    "Ma dh’fheumas tu an t-àm atharrachadh, freagair am post-d seo no cuir fòn gu {school} air {phone}.",
  noticeCancelSubject: "Chaidh a’ choinneamh agad le {school} a chur dheth",
  noticeCancelled:
    "Tha sinn duilich: chaidh a’ choinneamh a chur dheth. An t-àm a chaidh a chur dheth: {when}.",
  staffWords: "Teachdaireachd bho {name}, ann am Beurla, mar a chaidh a sgrìobhadh:",
  noticeCancelNext:
    "Bidh sinn ann an conaltradh mu na thachras an ath rud. Chan fheum thu dad a dhèanamh an-dràsta.",
  noticeWithdrawSubject: "Chan eil na h-amannan coinneimh bho {school} ri fhaighinn tuilleadh",
  noticeWithdrawn:
    "Chan eil na h-amannan coinneimh a thairg sinn ri fhaighinn tuilleadh, mar sin na tagh gin dhiubh. Tha sinn duilich airson trioblaid sam bith, agus bidh sinn ann an conaltradh.",
  noticeChaseSubject: "Cuimhneachan: amannan coinneimh bho {school}",
  noticeChase:
    "Tha sinn a’ sgrìobhadh a-rithist mu na h-amannan coinneimh a thairg sinn. Bu mhath leinn fios a bhith againn cò an tè a fhreagras ort, no dè a b’ fheàrr. Cha toir e ach mionaid.",
  noticeMoved:
    "Feumaidh sinn àm na coinneimh againn atharrachadh. An t-àm a th’ ann an-dràsta: {when}. Bidh i air a cur air dòigh aig an àm sin gus an tagh thu fear de na h-amannan ùra gu h-ìosal.",
};

/** The email when something a family asked for cannot be arranged. */
export const followUp: Words<"followUp"> = {
  subject: "Mun choinneamh agaibh air {date}",
  greeting: "Halò {name},",
  intro: "Mòran taing airson innse dhuinn dè chuidicheadh sibh aig a' choinneamh air {when}.",
  notPossible: "Tha sinn duilich. Chan urrainn dhuinn seo a chur air dòigh: {adjustment}.",
  staffWords: "Teachdaireachd bho {staff}, sa Bheurla:",
  next: "Ma tha sibh airson bruidhinn mu dheidhinn seo, no ma chuidicheadh rudeigin eile, freagairt am post-d seo no cuiribh fòn thugainn air {phone}.",
  signOff: "Leis gach deagh dhùrachd,",
};

/** The agenda, its update and the reminder. */
export const agenda: Words<"agenda"> = {
  title: "Clàr-gnothaich na coinneimh againn",
  when: "Cuin: {when}",
  whereRoom: "Càite: {room}, san sgoil",
  whereOnline: "Càite: air loidhne, air Microsoft Teams",
  whereRoomOrOnline: "Càite: {room}, san sgoil, no air loidhne air Microsoft Teams",
  length:
    "Mairidh a' choinneamh {n, plural, one {# mhionaid} two {# mhionaid} few {# mionaidean} other {# mionaid}}.",
  whoHeading: "Cò a bhios ann",
  whoStaff: "{name}, {role}: {why}",
  whoCarer: "{name}, an teaghlach",
  whoSupporter: "{name} ({relationship}), a' tighinn gus taic a thoirt do {carer}",
  whySenco: "a' dealbhadh agus a' sgrùdadh na taic a bharrachd san sgoil",
  whyClassTeacher: "a' teagasg do phàiste gach latha",
  whyGuidance: "a' coimhead às dèidh sunnd do phàiste agus a' dealbhadh air adhart còmhla riut",
  whyPupilSupport: "a' cuideachadh do phàiste sa chlas gach latha",
  whyPastoral: "a' coimhead às dèidh sunnd na cloinne san sgoil",
  whyHead: "a' stiùireadh na sgoile agus comasach air atharraichean aontachadh",
  whyEal: "a' cuideachadh chloinne a tha ag ionnsachadh Beurla",
  whyOther: "ag obair le do phàiste san sgoil",
  itemsHeading: "Na bhruidhneas sinn mu dheidhinn",
  itemLine:
    "{title} ({n, plural, one {# mhionaid} two {# mhionaid} few {# mionaidean} other {# mionaid}}, air a stiùireadh le: {lead})",
  familyItem: "Tha {carer} airson bruidhinn mu dheidhinn seo, nam faclan fhèin: {text}",
  schoolWords: "Ann am faclan na sgoile, sa Bheurla: {text}",
  leadFamily: "thusa",
  leadChild: "do phàiste, ma tha iad ag iarraidh",
  leadEveryone: "a h-uile duine",
  prefsHeading: "Na dh'innis thu dhuinn",
  speakFirst: "Dh'iarr thu bruidhinn an toiseach. Cluinnidh sinn bhuat mus bruidhinn an luchd-obrach.",
  speakAfter: "Dh'iarr thu an luchd-obrach a chluinntinn an toiseach. Bruidhnidh tu às an dèidh.",
  breaks: "Gabhaidh sinn fois ghoirid. Innis dhuinn ma tha barrachd a dhìth ort.",
  adjustHeading: "Na tha sinn a' cur air dòigh dhut",
  adjInterpreterFor: "Eadar-theangair ({language})",
  supporterSend: "Tha {name} a' tighinn còmhla riut. Cuiridh sinn an clàr-gnothaich seo thuca cuideachd.",
  supporterShare:
    "Tha {name} a' tighinn còmhla riut. Thuirt thu gum faod sinn na pàipearan a shealltainn dhaibh, mar sin thoir an clàr-gnothaich seo dhaibh.",
  supporterNoShare: "Tha {name} a' tighinn còmhla riut. Cha seall sinn na pàipearan dhaibh.",
  contact: "A bheil thu airson rudeigin a chur ris? Freagair am post-d seo no cuir fòn gu {phone}.",
  greeting: "A {name} chòir,",
  sendSubject: "Clàr-gnothaich na coinneimh againn, {when}",
  sendIntro:
    "Seo clàr-gnothaich na coinneimh againn. Tha e ceangailte cuideachd mar sgrìobhainn as urrainn dhut a chlò-bhualadh.",
  changeSubject: "Atharrachadh air clàr-gnothaich na coinneimh, {when}",
  changeIntro: "Tha sinn air an clàr-gnothaich atharrachadh. Seo na dh'atharraich:",
  changeAdded: "Air a chur ris: {title}",
  changeRemoved: "Air a thoirt air falbh: {title}",
  changeChanged: "Air atharrachadh: {title}",
  changeReason: "Carson, ann am faclan na sgoile (sa Bheurla):",
  changeAttached: "Tha an clàr-gnothaich ùr ceangailte.",
  reminderSubject: "Cuimhneachan: ar coinneamh a-màireach, {when}",
  reminderIntro: "Seo cuimhneachan càirdeil mun choinneimh againn a-màireach.",
  reminderCantCome:
    "Mura h-urrainn dhut tighinn, freagair am post-d seo no cuir fòn gu {phone}. Lorgaidh sinn àm eile.",
  signOff: "Leis gach deagh dhùrachd,",
  movedSubject: "Tha ar coinneamh air gluasad gu {when}: an clàr-gnothaich",
  movedIntro:
    "Tha ar coinneamh air gluasad gu àm ùr: {when}. Seo an clàr-gnothaich a-rithist airson an ama ùir.",
};

/** The built-in agenda items. */
export const agendaItems: Words<"agendaItems"> = {
  welcome: "Fàilte agus co-chur-an-aithne",
  strengths: "Na tha a' dol gu math: neartan agus ùidhean",
  familyViews: "Do bheachdan",
  childViews: "Beachdan do phàiste",
  progress: "Mar a chaidh cùisean bhon choinneimh mu dheireadh",
  assess: "Na tha fios againn mu mar a tha do phàiste a' dèanamh",
  plan: "An taic a tha sinn a' dealbhadh, agus na tha sinn an dùil a nì i",
  doSupport: "Mar a tha an taic ag obair gach latha",
  review: "A bheil e ag obair? Dè bu chòir atharrachadh?",
  planTargets: "Aontachadh air na targaidean sa phlana",
  cspObjectives: "Na h-amasan sa phlana taic co-òrdanaichte",
  cspSupport: "An taic, agus cò a bheir seachad i",
  ehcpOutcomes: "Adhartas a dh'ionnsaigh nan toraidhean sa phlana",
  ehcpProvision: "A bheil an taic sa phlana fhathast ceart?",
  ehcpChanges: "Atharraichean ri iarraidh air a' chomhairle",
  transitionMove: "An gluasad: dè a dh'atharraicheas, agus cuin",
  transitionSupport: "Tadhail, fiosrachadh agus cuideachadh airson a' ghluasaid",
  adulthood: "A' coimhead air adhart: ionnsachadh, caraidean, slàinte agus neo-eisimeileachd",
  concernsShared: "Na mhothaich gach neach againn",
  whatMightHelp: "Dè a dh'fhaodadh cuideachadh",
  nextSteps: "Na dh'aontaicheas sinn: cò a nì dè, agus ro cuin",
  nextMeeting: "Cuin a choinnicheas sinn a-rithist",
  breakTime: "Fois ghoirid",
};

/** The meeting summary: its email and its document. */
export const summary: Words<"summary"> = {
  title: "Notaichean bhon choinneimh againn",
  subject: "Notaichean bhon choinneimh againn air {date}",
  subjectCorrection: "Notaichean ceartaichte bhon choinneimh againn air {date} (tionndadh {version})",
  greeting: "A {name} chòir,",
  intro:
    "Tapadh leibh airson coinneachadh rinn air {date}. Tha na notaichean seo ag innse mu na bhruidhinn sinn agus na dh'aontaich sinn. Tha na h-aon notaichean anns an sgrìobhainn ris a' phost-d seo.",
  correctionIntro: "Cheartaich sinn na notaichean seo. Seo tionndadh {version}. Na dh'atharraich:",
  staffLabel: "Sgrìobh {name} seo, ann am Beurla:",
  attendance: "Cò a bha ann",
  present: "Thàinig iad dhan choinneimh",
  apologies: "Cha b' urrainn dhaibh tighinn",
  h_strengths: "Na tha a' dol gu math",
  h_familyViews: "Na dh'innis an teaghlach dhuinn",
  h_childViews: "Na dh'innis an leanabh dhuinn",
  h_childViewsHow: "Mar a dh'fhaighnich sinn dhen leanabh",
  h_discussed: "Na bhruidhinn sinn mu dheidhinn",
  h_agreed: "Na dh'aontaich sinn, agus carson",
  h_notAgreed: "Na nach do dh'aontaich sinn",
  h_actions: "Cò nì dè",
  h_contacts: "Cò ris a bhruidhneas sibh",
  h_next: "An ath choinneamh",
  h_rights: "Mura h-eil sibh ag aontachadh",
  colWhat: "Dè",
  colWho: "Cò",
  colBy: "Ro cuin",
  yourActions: "Na dh'aontaich sinn a nì sibh",
  nextDate: "Bidh an ath choinneamh againn air {date}.",
  nextToArrange: "Cuiridh sinn ceann-latha air dòigh còmhla ribh airson an ath choinneimh.",
  dueNone: "gun cheann-latha fhathast",
  rightsIntro:
    "Faodaidh sibh iarraidh oirnn na notaichean seo a cheartachadh. Mura h-eil sibh ag aontachadh le co-dhùnadh mu thaic an leanaibh agaibh, gheibh sibh cuideachadh an-asgaidh nach buin dhan sgoil:",
  answerInvite:
    "Innsibh dhuinn a bheil na notaichean seo ceart, no iarraibh oirnn an ceartachadh. Bu toigh leinn fios a bhith againn cuideachd: an robh sibh a' faireachdainn gun robh sinn ag èisteachd ribh?",
  answerLink: "Freagair an seo",
  signoff: "Leis gach deagh dhùrachd,",
  phone: "Faodaidh sibh fònadh dhan sgoil air {phone}.",
  r_enquire:
    "Enquire: seirbheis comhairle na h-Alba mu thaic a bharrachd airson ionnsachadh. Tha i an-asgaidh.",
  r_mediationSc:
    "Eadar-mheadhanachadh: coinneamh an-asgaidh le neach neo-eisimeileach a chuidicheas sibh fhèin is an sgoil gus aontachadh.",
  r_disputeSc:
    "Fuasgladh connspaid: bidh neach neo-eisimeileach a' coimhead air an eas-aonta agus ag ràdh dè bu chòir tachairt.",
  r_tribunalSc:
    "An tribiunal (Health and Education Chamber): airson cuid de cho-dhùnaidhean, leithid plana taic co-òrdanaichte (CSP), faodaidh sibh tagradh a dhèanamh.",
  r_sendiass:
    "SENDIASS: an t-seirbheis ionadail agaibh airson comhairle an-asgaidh, neo-eisimeileach mu SEND.",
  r_mediationEn:
    "Eadar-mheadhanachadh: coinneamh an-asgaidh le neach neo-eisimeileach, ro thagradh mu phlana EHC.",
  r_disagreementEn:
    "Fuasgladh eas-aonta: seirbheis an-asgaidh, neo-eisimeileach a chuidicheas sibh fhèin agus an sgoil no a' chomhairle gus aontachadh.",
  r_tribunalEn:
    "First-tier Tribunal (SEND): faodaidh sibh tagradh a dhèanamh an aghaidh cuid de cho-dhùnaidhean na comhairle mu mheasadh no plana EHC.",
  yourAction: "Sibhse: {what}, ro {date}",
  yourActionNoDate: "Sibhse: {what} (gun cheann-latha fhathast)",
  youOwner: "Sibhse ({name})",
  actionsWritten: "Sgrìobh {name} ann am Beurla cò nì dè. Tha e an seo mar a chaidh a sgrìobhadh.",
};

/** A summary's easy-read copy: short sentences, one idea to a line, headings as questions. */
export const easyRead: Words<"easyRead"> = {
  intro: "Tha na notaichean seo ag innse na bhruidhinn sinn mu dheidhinn aig a' choinneimh.",
  met: "Choinnich sinn air {date}.",
  changed: "Dh'atharraich sinn na notaichean seo.",
  changedVersion: "Seo tionndadh {version}.",
  changedWhat: "Seo na dh'atharraich:",
  h_attendance: "Cò thàinig dhan choinneimh?",
  came: "Thàinig {name}.",
  apologies: "Cha b' urrainn do {name} tighinn.",
  h_strengths: "Dè tha a' dol gu math?",
  h_familyViews: "Dè dh'innis an teaghlach agaibh dhuinn?",
  h_childViews: "Dè dh'innis an leanabh agaibh dhuinn?",
  h_childViewsHow: "Ciamar a dh'fhaighnich sinn dhen leanabh agaibh?",
  h_discussed: "Dè air an do bhruidhinn sinn?",
  h_agreed: "Dè dh'aontaich sinn? Carson?",
  h_notAgreed: "Dè nach do dh'aontaich sinn?",
  h_actions: "Cò nì dè?",
  h_contacts: "Cò ris am faod sibh bruidhinn?",
  h_next: "Cuin a bhios an ath choinneamh?",
  h_rights: "Dè ma tha sibh an aghaidh seo?",
  wrote: "Sgrìobh {name} seo ann am Beurla:",
  empty: "Cha do sgrìobh sinn dad an seo.",
  willDo: "Nì {name} seo:",
  youDo: "Nì sibhse seo:",
  due: "Cuin: ro {date}.",
  dueNone: "Cuin: taghaidh sinn ceann-latha.",
  nextDate: "Coinnichidh sinn a-rithist air {date}.",
  nextToArrange: "Taghaidh sinn ceann-latha còmhla ribh.",
  rightsChange: "Faodaidh sibh iarraidh oirnn na notaichean seo atharrachadh.",
  rightsHelp: "Gheibh sibh cuideachadh an-asgaidh.",
  rightsWho: "Chan eil na daoine seo ag obair dhan sgoil:",
};
