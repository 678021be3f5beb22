import type { EmailMessages } from "./emailMessages";

/** The emails' words (offer, confirmation, notices). Scottish Gaelic. */
export const messages: EmailMessages = {
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
