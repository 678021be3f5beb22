import type { ConfirmationText } from "../confirmationText";
import type { NoticeText } from "../noticeText";
import type { OfferEmailText } from "../offerEmailText";

/**
 * Wraps a name, number, time or English phrase in Unicode isolates, so inside right-to-left text
 * it keeps its own order and its trailing punctuation stays where it belongs.
 */
const isolate = (text: string): string => `\u2068${text}\u2069`;

/** Urdu. The purpose and room are staff's own words, so each follows a label. */
export const UR_OFFER_EMAIL: OfferEmailText = {
  subject: (school) => `${isolate(school)} کی طرف سے ملاقات کے اوقات`,
  greeting: (name) => `آداب ${isolate(name)}،`,
  why: (purpose) =>
    `ہم آپ سے ملنا چاہتے ہیں۔ ملاقات کا مقصد: ${isolate(purpose)}۔ آپ اپنے بچے کو سب سے بہتر جانتے ہیں، اور ہم آپ کی رائے سننا چاہتے ہیں۔`,
  who: "کون کون موجود ہوگا:",
  times: "ان اوقات میں سب لوگ فارغ ہیں۔ براہ کرم وہ وقت چنیں جو آپ کے لیے سب سے بہتر ہو:",
  format: {
    inPerson: "ہم اسکول میں ملیں گے۔",
    online: "ہم Microsoft Teams پر آن لائن ملیں گے۔ ہم آپ کو لنک بھیجیں گے۔",
    hybrid: "آپ اسکول آ سکتے ہیں یا Microsoft Teams پر آن لائن شامل ہو سکتے ہیں، جو آپ کے لیے آسان ہو۔",
  },
  choose: "وقت چنیں",
  noneWork:
    "اگر ان میں سے کوئی وقت آپ کے لیے ٹھیک نہیں، تو اسی صفحے پر آپ ہمیں بتا سکتے ہیں کہ کون سے دن اور اوقات آپ کے لیے ٹھیک ہیں۔",
  rightsTitle: "ملاقات سے پہلے",
  supporter: "آپ کسی کو اپنے ساتھ لا سکتے ہیں: کوئی دوست، رشتہ دار یا ایڈووکیٹ (حمایتی)۔",
  adjustments:
    "ہمیں بتائیں اگر کوئی چیز ملاقات کو آپ کے لیے آسان بنا سکتی ہے: ترجمان، سیڑھیوں کے بغیر رسائی، ہیئرنگ لوپ، بڑے حروف میں کاغذات، آن لائن شرکت، یا لمبی ملاقات۔",
  advice: {
    scotland: `مفت اور آزاد مشورے کے لیے آپ Enquire سے رابطہ کر سکتے ہیں۔ یہ سیکھنے میں اضافی مدد کے بارے میں اسکاٹ لینڈ کی مشاورتی سروس ہے: ${isolate("0345 123 2303, enquire.org.uk")}۔`,
    england: `مفت اور آزاد مشورے کے لیے آپ اپنی مقامی ${isolate("SEND Information, Advice and Support Service (SENDIASS)")} سے رابطہ کر سکتے ہیں۔`,
  },
  contact: (school, phone) =>
    `اگر آپ کا کوئی سوال ہو تو اس ای میل کا جواب دیں یا ${isolate(school)} کو ${isolate(phone)} پر فون کریں۔`,
  plainReply: "آپ بس اس ای میل کا جواب بھی دے سکتے ہیں، مثال کے طور پر: “منگل ٹھیک ہے”۔",
  signOff: "نیک تمناؤں کے ساتھ،",
};

export const UR_CONFIRMATION: ConfirmationText = {
  subject: (school) => `${isolate(school)} کے ساتھ آپ کی ملاقات طے ہو گئی ہے`,
  greeting: (name) => `آداب ${isolate(name)}،`,
  booked: (when) => `شکریہ۔ آپ کی ملاقات طے ہو گئی ہے۔ وقت: ${isolate(when)}۔`,
  where: (place) => `ملاقات کی جگہ: ${isolate(place)}۔`,
  online: "آپ نیچے دیے گئے لنک کے ذریعے Microsoft Teams پر آن لائن شامل ہوں گے۔",
  orOnline:
    "آپ اسکول آ سکتے ہیں، یا اگر آپ چاہیں تو نیچے دیے گئے لنک کے ذریعے Microsoft Teams پر آن لائن شامل ہو سکتے ہیں۔",
  join: "ملاقات میں شامل ہوں",
  adjustments: "آپ نے جو مانگا تھا، ہم اس کا انتظام کر رہے ہیں:",
  supporter: (name) => `${isolate(name)} آپ کے ساتھ آ سکتے ہیں۔ ہمیں خوشی ہوگی۔`,
  papers: "ہم ملاقات سے پہلے آپ کو ایجنڈا اور تمام کاغذات بھیج دیں گے۔",
  notAnswered:
    "ہمیں ابھی تک آپ کا جواب نہیں ملا، اور آپ کے آنے سے ہمیں بہت خوشی ہوگی۔ اگر ملاقات کو آپ کے لیے آسان بنانے کے لیے کسی چیز کی ضرورت ہو، یا آپ آن لائن شامل ہونا چاہیں، تو بس اس ای میل کا جواب دیں۔",
  otherTime:
    "ہم جانتے ہیں کہ شاید یہ وہ وقت نہ ہو جو آپ خود چنتے۔ اگر آپ نہیں آ سکتے تو اس ای میل کا جواب دیں، ہم کوئی ایسا طریقہ نکالیں گے کہ آپ ملاقات میں شامل ہو سکیں۔",
  change: (school, phone) =>
    `اگر آپ کو وقت بدلنا ہو تو اس ای میل کا جواب دیں یا ${isolate(school)} کو ${isolate(phone)} پر فون کریں۔`,
  signOff: "نیک تمناؤں کے ساتھ،",
};

/** Urdu notices. The date follows a label, and every embedded value is isolated. */
export const UR_NOTICE: NoticeText = {
  cancelSubject: (school) => `${isolate(school)} کے ساتھ آپ کی ملاقات منسوخ ہو گئی ہے`,
  cancelled: (when) => `ہمیں افسوس ہے کہ ملاقات منسوخ ہو گئی ہے۔ منسوخ شدہ ملاقات کا وقت: ${isolate(when)}۔`,
  staffWords: (name) => `${isolate(name)} کا پیغام، بالکل انہی کے الفاظ میں:`,
  cancelNext: "آگے کیا ہوگا، اس بارے میں ہم آپ سے رابطہ کریں گے۔ ابھی آپ کو کچھ کرنے کی ضرورت نہیں۔",
  withdrawSubject: (school) => `${isolate(school)} کی طرف سے ملاقات کے اوقات اب دستیاب نہیں ہیں`,
  withdrawn:
    "ہم نے آپ کو ملاقات کے جو اوقات بھیجے تھے وہ اب دستیاب نہیں ہیں، اس لیے براہ کرم ان میں سے کوئی وقت نہ چنیں۔ کسی بھی پریشانی کے لیے ہم معذرت خواہ ہیں، اور ہم آپ سے رابطہ کریں گے۔",
  chaseSubject: (school) => `یاد دہانی: ${isolate(school)} کی طرف سے ملاقات کے اوقات`,
  chase:
    "ہم نے آپ کو ملاقات کے جو اوقات بھیجے تھے، ان کے بارے میں دوبارہ لکھ رہے ہیں۔ ہمیں یہ جان کر بہت خوشی ہوگی کہ کون سا وقت آپ کے لیے ٹھیک ہے، یا آپ کے لیے کیا بہتر رہے گا۔ اس میں صرف ایک منٹ لگے گا۔",
  moved: (when) =>
    `ہمیں اپنی ملاقات کا وقت بدلنا ہے۔ موجودہ وقت: ${isolate(when)}۔ جب تک آپ نیچے دیے گئے نئے اوقات میں سے کوئی ایک نہیں چنتے، ملاقات اسی وقت پر طے رہے گی۔`,
  contact: (school, phone) =>
    `اگر آپ کا کوئی سوال ہو تو اس ای میل کا جواب دیں یا ${isolate(school)} کو ${isolate(phone)} پر فون کریں۔`,
};
