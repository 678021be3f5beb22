import type { EmailMessages } from "./emailMessages";

/** The emails' words (offer, confirmation, notices). Welsh. */
export const messages: EmailMessages = {
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
