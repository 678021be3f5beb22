import type { PageMessages } from "./pageMessages";

/** The parent page's words. Scottish Gaelic. */
export const messages: PageMessages = {
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
