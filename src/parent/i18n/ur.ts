import { adjustmentLabels } from "../../domain/adjustments/adjustmentLabels";
import { ADJUSTMENT_CODES } from "../../domain/replies/replyAnswer";
import { isolate, type Strings } from "./strings";

const adjustments: Strings["adjustments"] = adjustmentLabels(ADJUSTMENT_CODES, "ur");

export const ur: Strings = {
  title: (school) => `ملاقات کا وقت چنیں – ${isolate(school)}`,
  heading: "ملاقات کا وقت چنیں",
  greeting: (school) =>
    `آداب۔ ${isolate(school)} آپ کے بچے کے بارے میں آپ سے ملنا چاہتا ہے۔ اس کے لیے وقت نکالنے کا شکریہ۔`,
  whyHeading: "ملاقات کیوں ہو رہی ہے",
  whoHeading: "کون کون موجود ہوگا",
  formatHeading: "ملاقات کیسے ہوگی",
  formats: {
    inPerson: "آمنے سامنے، اسکول میں۔",
    online: "آن لائن، ویڈیو کال کے ذریعے۔ ہم آپ کو لنک بھیجیں گے۔",
    hybrid: "اسکول میں یا ویڈیو کال کے ذریعے آن لائن۔ آپ چن سکتے ہیں۔",
  },

  rightsHeading: "یہ جاننا مفید ہے",
  rightViews: "آپ کی رائے اہم ہے۔ آپ اپنے بچے کو سب سے بہتر جانتے ہیں، اور ہم آپ کی بات سننا چاہتے ہیں۔",
  rightSupporter:
    "آپ کسی کو اپنے ساتھ لا سکتے ہیں۔ یہ کوئی دوست، خاندان کا فرد یا ایڈووکیٹ (حمایتی) ہو سکتا ہے۔",
  rightAdjustments:
    "آپ ایسی چیزیں مانگ سکتے ہیں جو ملاقات کو آپ کے لیے آسان بنائیں، جیسے ترجمان یا پُرسکون کمرہ۔",
  adviceHeading: "مفت اور آزاد مشورہ",
  adviceScotland: "Enquire خاندانوں کو اسکاٹ لینڈ میں سیکھنے میں مدد کے بارے میں مفت اور آزاد مشورہ دیتا ہے۔",
  adviceEngland:
    "آپ کی مقامی SEND Information, Advice and Support Service (SENDIASS) خاندانوں کو مفت اور غیر جانبدار مشورہ دیتی ہے۔ انٹرنیٹ پر SENDIASS اور اپنے علاقے کا نام تلاش کریں۔",
  phone: "فون",
  website: "ویب سائٹ",
  email: "ای میل",

  timesLegend: "کون سا وقت آپ کے لیے ٹھیک ہے؟",
  timesZone: (zone) => `یہ اوقات اس ٹائم زون میں ہیں: ${isolate(zone)}۔`,
  slotPassed: "یہ وقت گزر چکا ہے",
  noneWork: "ان میں سے کوئی وقت میرے لیے ٹھیک نہیں",
  availabilityLabel: "کون سے دن اور اوقات آپ کے لیے ٹھیک ہیں؟",
  availabilityHint: "مثال کے طور پر: منگل یا جمعرات کی صبح، لیکن اسکول کی چھٹیوں میں نہیں۔",

  adjustmentsLegend: "کیا کوئی چیز آپ کو ملاقات میں حصہ لینے میں مدد دے گی؟",
  adjustmentsHint: "جو کچھ آپ کو چاہیے اس پر نشان لگائیں۔ کسی چیز پر نشان لگانا ضروری نہیں۔",
  adjustments,
  interpreterLanguage: "کون سی زبان؟",
  otherNeeds: "کچھ اور؟",

  supporterLegend: "کسی کو ساتھ لانا",
  supporterHint: "اگر کوئی آپ کے ساتھ آ رہا ہے تو ہمیں بتائیں۔ آپ اسے خالی چھوڑ سکتے ہیں۔",
  supporterName: "ان کا نام",
  supporterRelationship: "وہ آپ کے کیا لگتے ہیں",
  supporterRelationshipHint: "مثال کے طور پر: دوست، نانی یا دادی، ایڈووکیٹ۔",
  sharePapers: "اسکول انہیں ملاقات کے کاغذات بھیج سکتا ہے",

  speakingLegend: "ملاقات میں آپ کب بات کرنا چاہیں گے؟",
  speakingHint: "کچھ لوگ پہلے بات کرنا پسند کرتے ہیں۔ کچھ پہلے اسکول کے عملے کی بات سننا پسند کرتے ہیں۔",
  speaking: {
    first: "مجھے پہلے بات کرنے دیں",
    after: "مجھے اسکول کے عملے کے بعد بات کرنے دیں",
    noPreference: "مجھے کوئی فرق نہیں پڑتا",
  },

  message: "اسکول کے لیے پیغام",
  optional: "(اختیاری)",
  send: "میرا جواب بھیجیں",

  errorSummary: "براہ کرم اپنا جواب چیک کریں۔ کچھ حصے درست کرنے کی ضرورت ہے۔",
  errChooseTime: "کوئی وقت چنیں، یا “ان میں سے کوئی وقت میرے لیے ٹھیک نہیں” چنیں۔",
  errAvailability: "ہمیں بتائیں کہ کون سے دن اور اوقات آپ کے لیے ٹھیک ہیں۔",
  errInterpreterLanguage: "ہمیں بتائیں کہ ترجمان کون سی زبان بولے۔",
  errSupporterName: "اپنے ساتھ آنے والے شخص کا نام لکھیں۔",

  sentHeading: "شکریہ",
  sentEmail:
    "اب آپ کی ای میل ایپ آپ کے جواب کے ساتھ کھلنی چاہیے۔ براہ کرم ای میل ایپ میں “بھیجیں” (Send) دبائیں۔",
  youChose: (time) => `آپ نے یہ وقت چنا: ${isolate(time)}۔`,
  youChoseNone: "آپ نے بتایا کہ کوئی وقت ٹھیک نہیں۔",
  nextHeading: "آگے کیا ہوگا",
  nextChosen: "اسکول دیکھے گا کہ یہ وقت اب بھی خالی ہے۔ پھر وہ آپ کو ای میل پر دعوت نامہ بھیجیں گے۔",
  nextNone: "اسکول آپ کے بتائے ہوئے دن اور اوقات دیکھے گا۔ پھر وہ آپ کو نئے اوقات پیش کریں گے۔",
  noEmailApp: (email) =>
    `اگر کوئی ای میل ایپ نہیں کھلی تو اپنا جواب کاپی کریں اور اسے ${isolate(email)} پر ای میل کریں۔`,
  openEmailAgain: "ای میل دوبارہ کھولیں",
  copy: "میرا جواب کاپی کریں",
  copied: "کاپی ہو گیا۔ اب آپ اپنا جواب ای میل میں پیسٹ کر سکتے ہیں۔",
  copyFailed: "کاپی نہیں ہو سکا۔ براہ کرم نیچے دیا گیا متن منتخب کر کے کاپی کریں۔",
  answerText: "آپ کا جواب",
  shortened:
    "آپ کا پیغام ای میل لنک کے لیے بہت لمبا تھا، اس لیے ای میل میں اس کا مختصر حصہ ہے۔ پورا جواب نیچے والے خانے میں ہے۔ آپ اسے کاپی کر سکتے ہیں۔",
  changeAnswer: "اپنا جواب تبدیل کریں",

  questions: (school) => `کوئی سوال؟ ${isolate(school)} سے رابطہ کریں۔`,
  reference: (ref) => `حوالہ نمبر: ${isolate(ref)}`,

  expiredHeading: "اس لنک کی میعاد ختم ہو چکی ہے",
  expiredBody:
    "اس لنک میں دیے گئے اوقات اب دستیاب نہیں۔ براہ کرم اسکول سے رابطہ کریں۔ وہ آپ کو نئے اوقات پیش کریں گے۔",
  brokenHeading: "یہ لنک کام نہیں کر رہا",
  brokenBody:
    "ہو سکتا ہے لنک کا کچھ حصہ غائب ہو یا بدل گیا ہو۔ براہ کرم اسکول کی ای میل کا جواب دیں اور بتائیں کہ کون سے دن اور اوقات آپ کے لیے ٹھیک ہیں۔",
  emailSchool: "اسکول کو ای میل کریں",

  reply: {
    reference: "حوالہ نمبر",
    choice: "چنا ہوا وقت",
    noneWork: "ان میں سے کوئی وقت میرے لیے ٹھیک نہیں",
    availability: "میرے لیے ٹھیک ہے",
    adjustments: "مجھے ضرورت ہے",
    adjustment: adjustments,
    interpreterFor: (language) => `ترجمان (${language})`,
    otherNeeds: "دیگر ضروریات",
    supporter: "ساتھ آنے والا شخص",
    supporterText: (s) =>
      `${s.name}${s.relationship.trim() ? ` (${s.relationship})` : ""} – کاغذات بھیجے جا سکتے ہیں: ${s.sharePapers ? "ہاں" : "نہیں"}`,
    speakingOrder: "بات کرنے کی باری",
    speaking: { first: "پہلے", after: "اسکول کے عملے کے بعد" },
    message: "پیغام",
  },
};
