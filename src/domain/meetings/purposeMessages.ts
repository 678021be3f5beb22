import type { MessageTable } from "../i18n/messages";
import type { MeetingTypeId } from "./meetingTypeIds";

/**
 * Why we are meeting, as a family reads it, for each kind of meeting: one whole sentence per
 * language, so no language has to fit a phrase into another's grammar. Plain and neutral: no
 * needs, no diagnosis. Staff's own wording, when they change it, is shown as theirs beside this.
 */
export const PURPOSE_MESSAGES: MessageTable<MeetingTypeId> = {
  en: {
    supportPlanReview:
      "We would like to meet to look at how things are going and agree the next steps together.",
    initialConcern:
      "We would like to meet to listen to you and share what we have noticed. Then we can decide together what might help.",
    transitionPlanning:
      "We would like to meet to plan the move to the next class or school, so that it goes well.",
    annualReview:
      "We would like to meet to look at the plan for the year together and agree what happens next.",
    checkIn: "We would like to meet to catch up on how things are going.",
  },
  pl: {
    supportPlanReview:
      "Chcielibyśmy się spotkać, żeby wspólnie zobaczyć, jak idzie, i uzgodnić kolejne kroki.",
    initialConcern:
      "Chcielibyśmy się spotkać, żeby Państwa wysłuchać i opowiedzieć, co zauważyliśmy. Potem razem zdecydujemy, co może pomóc.",
    transitionPlanning:
      "Chcielibyśmy się spotkać, żeby zaplanować przejście do następnej klasy lub szkoły, tak by wszystko poszło dobrze.",
    annualReview: "Chcielibyśmy się spotkać, żeby razem omówić plan na ten rok i uzgodnić, co dalej.",
    checkIn: "Chcielibyśmy się spotkać, żeby porozmawiać o tym, jak idzie.",
  },
  ur: {
    supportPlanReview: "ہم آپ سے ملنا چاہتے ہیں تاکہ مل کر دیکھیں کہ سب کیسا چل رہا ہے اور اگلے قدم طے کریں۔",
    initialConcern:
      "ہم آپ سے ملنا چاہتے ہیں تاکہ آپ کی بات سنیں اور جو ہم نے دیکھا ہے وہ بتائیں۔ پھر ہم مل کر طے کریں گے کہ کیا مدد کر سکتا ہے۔",
    transitionPlanning:
      "ہم آپ سے ملنا چاہتے ہیں تاکہ اگلی جماعت یا اسکول میں جانے کی منصوبہ بندی کریں، تاکہ یہ اچھی طرح ہو۔",
    annualReview:
      "ہم آپ سے ملنا چاہتے ہیں تاکہ مل کر سال بھر کے منصوبے کا جائزہ لیں اور طے کریں کہ آگے کیا ہوگا۔",
    checkIn: "ہم آپ سے ملنا چاہتے ہیں تاکہ بات کریں کہ سب کیسا چل رہا ہے۔",
  },
  ar: {
    supportPlanReview: "نودّ أن نلتقي بك لننظر معًا في سير الأمور ونتفق على الخطوات التالية.",
    initialConcern: "نودّ أن نلتقي بك لنستمع إليك ونشاركك ما لاحظناه. ثم نقرر معًا ما قد يساعد.",
    transitionPlanning: "نودّ أن نلتقي بك لنخطط للانتقال إلى الصف أو المدرسة التالية حتى يسير بشكل جيد.",
    annualReview: "نودّ أن نلتقي بك لنراجع معًا خطة هذا العام ونتفق على ما سيحدث بعد ذلك.",
    checkIn: "نودّ أن نلتقي بك لنتحدث عن سير الأمور.",
  },
  uk: {
    supportPlanReview:
      "Ми хотіли б зустрітися, щоб разом подивитися, як справи, і домовитися про наступні кроки.",
    initialConcern:
      "Ми хотіли б зустрітися, щоб вислухати Вас і розповісти, що ми помітили. Потім ми разом вирішимо, що може допомогти.",
    transitionPlanning:
      "Ми хотіли б зустрітися, щоб спланувати перехід до наступного класу чи школи, щоб усе пройшло добре.",
    annualReview: "Ми хотіли б зустрітися, щоб разом переглянути план на рік і домовитися, що буде далі.",
    checkIn: "Ми хотіли б зустрітися, щоб поговорити про те, як справи.",
  },
  ro: {
    supportPlanReview:
      "Am dori să ne întâlnim ca să vedem împreună cum merg lucrurile și să stabilim pașii următori.",
    initialConcern:
      "Am dori să ne întâlnim ca să vă ascultăm și să vă spunem ce am observat. Apoi vom hotărî împreună ce ar putea ajuta.",
    transitionPlanning:
      "Am dori să ne întâlnim ca să planificăm trecerea la clasa sau școala următoare, ca totul să meargă bine.",
    annualReview:
      "Am dori să ne întâlnim ca să revedem împreună planul pentru acest an și să stabilim ce urmează.",
    checkIn: "Am dori să ne întâlnim ca să discutăm cum merg lucrurile.",
  },
  "pa-Guru": {
    supportPlanReview: "ਅਸੀਂ ਮਿਲ ਕੇ ਦੇਖਣਾ ਚਾਹੁੰਦੇ ਹਾਂ ਕਿ ਸਭ ਕਿਵੇਂ ਚੱਲ ਰਿਹਾ ਹੈ, ਅਤੇ ਅਗਲੇ ਕਦਮ ਇਕੱਠੇ ਤੈਅ ਕਰਨਾ ਚਾਹੁੰਦੇ ਹਾਂ।",
    initialConcern:
      "ਅਸੀਂ ਤੁਹਾਡੀ ਗੱਲ ਸੁਣਨ ਅਤੇ ਜੋ ਅਸੀਂ ਦੇਖਿਆ ਹੈ ਉਹ ਦੱਸਣ ਲਈ ਮਿਲਣਾ ਚਾਹੁੰਦੇ ਹਾਂ। ਫਿਰ ਅਸੀਂ ਇਕੱਠੇ ਫ਼ੈਸਲਾ ਕਰ ਸਕਦੇ ਹਾਂ ਕਿ ਕੀ ਮਦਦ ਕਰ ਸਕਦਾ ਹੈ।",
    transitionPlanning: "ਅਸੀਂ ਅਗਲੀ ਜਮਾਤ ਜਾਂ ਸਕੂਲ ਵਿੱਚ ਜਾਣ ਦੀ ਯੋਜਨਾ ਬਣਾਉਣ ਲਈ ਮਿਲਣਾ ਚਾਹੁੰਦੇ ਹਾਂ, ਤਾਂ ਜੋ ਸਭ ਠੀਕ ਰਹੇ।",
    annualReview: "ਅਸੀਂ ਮਿਲ ਕੇ ਸਾਲ ਦੀ ਯੋਜਨਾ ਦੇਖਣਾ ਅਤੇ ਅੱਗੇ ਕੀ ਹੋਵੇਗਾ ਇਹ ਤੈਅ ਕਰਨਾ ਚਾਹੁੰਦੇ ਹਾਂ।",
    checkIn: "ਅਸੀਂ ਇਹ ਗੱਲ ਕਰਨ ਲਈ ਮਿਲਣਾ ਚਾਹੁੰਦੇ ਹਾਂ ਕਿ ਸਭ ਕਿਵੇਂ ਚੱਲ ਰਿਹਾ ਹੈ।",
  },
  "pa-Arab": {
    supportPlanReview:
      "اسیں مل کے ویکھنا چاہندے آں کہ سب کیویں چل رہیا اے، تے اگلے قدم رل کے طے کرنا چاہندے آں۔",
    initialConcern:
      "اسیں تہاڈی گل سنن تے جو اسیں ویکھیا اے اوہ دسن لئی ملنا چاہندے آں۔ فیر اسیں رل کے فیصلہ کر سکدے آں کہ کیہ مدد کر سکدا اے۔",
    transitionPlanning:
      "اسیں اگلی جماعت یا سکول وچ جان دی منصوبہ بندی لئی ملنا چاہندے آں، تاں جو سب ٹھیک رہوے۔",
    annualReview: "اسیں مل کے سال دی منصوبہ بندی ویکھنا تے اگے کیہ ہووے گا ایہہ طے کرنا چاہندے آں۔",
    checkIn: "اسیں ایہہ گل کرن لئی ملنا چاہندے آں کہ سب کیویں چل رہیا اے۔",
  },
  gd: {
    supportPlanReview:
      "Bu toigh leinn coinneachadh gus coimhead air mar a tha cùisean a’ dol agus na h-ath cheuman aontachadh còmhla.",
    initialConcern:
      "Bu toigh leinn coinneachadh gus èisteachd riut agus innse dè a mhothaich sinn. An uair sin faodaidh sinn co-dhùnadh còmhla dè a chuidicheadh.",
    transitionPlanning:
      "Bu toigh leinn coinneachadh gus an gluasad dhan ath chlas no sgoil a dhealbhadh, gus an tèid e gu math.",
    annualReview:
      "Bu toigh leinn coinneachadh gus coimhead air plana na bliadhna còmhla agus aontachadh dè a thachras an ath rud.",
    checkIn: "Bu toigh leinn coinneachadh gus bruidhinn air mar a tha cùisean a’ dol.",
  },
  cy: {
    supportPlanReview:
      "Hoffem gyfarfod i edrych ar sut mae pethau’n mynd a chytuno ar y camau nesaf gyda’n gilydd.",
    initialConcern:
      "Hoffem gyfarfod i wrando arnoch chi a rhannu’r hyn rydyn ni wedi sylwi arno. Wedyn gallwn benderfynu gyda’n gilydd beth allai helpu.",
    transitionPlanning:
      "Hoffem gyfarfod i gynllunio’r symud i’r dosbarth neu’r ysgol nesaf, fel ei fod yn mynd yn dda.",
    annualReview:
      "Hoffem gyfarfod i edrych ar gynllun y flwyddyn gyda’n gilydd a chytuno beth sy’n digwydd nesaf.",
    checkIn: "Hoffem gyfarfod i sgwrsio am sut mae pethau’n mynd.",
  },
};
