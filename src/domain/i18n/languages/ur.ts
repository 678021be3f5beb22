import type { LanguageAbout, Words } from "../languageFile";

/* Every word a family reads, in Urdu: the same sections and keys as en.ts. */

/** The language's name in itself (for the switcher), the tag `Intl` formats with, and its direction. */
export const about = { name: "اردو", intl: "ur", dir: "rtl" } satisfies LanguageAbout;

/** The parent page: choosing a time and answering. */
export const page: Words<"page"> = {
  title: "ملاقات کا وقت چنیں – ⁨{school}⁩",
  heading: "ملاقات کا وقت چنیں",
  greeting: "آداب۔ ⁨{school}⁩ آپ کے بچے کے بارے میں آپ سے ملنا چاہتا ہے۔ اس کے لیے وقت نکالنے کا شکریہ۔",
  whyHeading: "ملاقات کیوں ہو رہی ہے",
  whoHeading: "کون کون موجود ہوگا",
  formatHeading: "ملاقات کیسے ہوگی",
  formatsInPerson: "آمنے سامنے، اسکول میں۔",
  formatsOnline: "آن لائن، ویڈیو کال کے ذریعے۔ ہم آپ کو لنک بھیجیں گے۔",
  formatsHybrid: "اسکول میں یا ویڈیو کال کے ذریعے آن لائن۔ آپ چن سکتے ہیں۔",
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
  timesZone: "یہ اوقات اس ٹائم زون میں ہیں: ⁨{zone}⁩۔",
  slotPassed: "یہ وقت گزر چکا ہے",
  noneWork: "ان میں سے کوئی وقت میرے لیے ٹھیک نہیں",
  availabilityLabel: "کون سے دن اور اوقات آپ کے لیے ٹھیک ہیں؟",
  availabilityHint: "مثال کے طور پر: منگل یا جمعرات کی صبح، لیکن اسکول کی چھٹیوں میں نہیں۔",
  adjustmentsLegend: "کیا کوئی چیز آپ کو ملاقات میں حصہ لینے میں مدد دے گی؟",
  adjustmentsHint: "جو کچھ آپ کو چاہیے اس پر نشان لگائیں۔ کسی چیز پر نشان لگانا ضروری نہیں۔",
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
  speakingFirst: "مجھے پہلے بات کرنے دیں",
  speakingAfter: "مجھے اسکول کے عملے کے بعد بات کرنے دیں",
  speakingNoPreference: "مجھے کوئی فرق نہیں پڑتا",
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
  youChose: "آپ نے یہ وقت چنا: ⁨{time}⁩۔",
  youChoseNone: "آپ نے بتایا کہ کوئی وقت ٹھیک نہیں۔",
  nextHeading: "آگے کیا ہوگا",
  nextChosen: "اسکول دیکھے گا کہ یہ وقت اب بھی خالی ہے۔ پھر وہ آپ کو ای میل پر دعوت نامہ بھیجیں گے۔",
  nextNone: "اسکول آپ کے بتائے ہوئے دن اور اوقات دیکھے گا۔ پھر وہ آپ کو نئے اوقات پیش کریں گے۔",
  noEmailApp: "اگر کوئی ای میل ایپ نہیں کھلی تو اپنا جواب کاپی کریں اور اسے ⁨{email}⁩ پر ای میل کریں۔",
  openEmailAgain: "ای میل دوبارہ کھولیں",
  copy: "میرا جواب کاپی کریں",
  copied: "کاپی ہو گیا۔ اب آپ اپنا جواب ای میل میں پیسٹ کر سکتے ہیں۔",
  copyFailed: "کاپی نہیں ہو سکا۔ براہ کرم نیچے دیا گیا متن منتخب کر کے کاپی کریں۔",
  answerText: "آپ کا جواب",
  shortened:
    "آپ کا پیغام ای میل لنک کے لیے بہت لمبا تھا، اس لیے ای میل میں اس کا مختصر حصہ ہے۔ پورا جواب نیچے والے خانے میں ہے۔ آپ اسے کاپی کر سکتے ہیں۔",
  changeAnswer: "اپنا جواب تبدیل کریں",
  questions: "کوئی سوال؟ ⁨{school}⁩ سے رابطہ کریں۔",
  reference: "حوالہ نمبر: ⁨{ref}⁩",
  expiredHeading: "اس لنک کی میعاد ختم ہو چکی ہے",
  expiredBody:
    "اس لنک میں دیے گئے اوقات اب دستیاب نہیں۔ براہ کرم اسکول سے رابطہ کریں۔ وہ آپ کو نئے اوقات پیش کریں گے۔",
  brokenHeading: "یہ لنک کام نہیں کر رہا",
  brokenBody:
    "ہو سکتا ہے لنک کا کچھ حصہ غائب ہو یا بدل گیا ہو۔ براہ کرم اسکول کی ای میل کا جواب دیں اور بتائیں کہ کون سے دن اور اوقات آپ کے لیے ٹھیک ہیں۔",
  emailSchool: "اسکول کو ای میل کریں",
  replyReference: "حوالہ نمبر",
  replyChoice: "چنا ہوا وقت",
  replyNoneWork: "ان میں سے کوئی وقت میرے لیے ٹھیک نہیں",
  replyAvailability: "میرے لیے ٹھیک ہے",
  replyAdjustments: "مجھے ضرورت ہے",
  replyInterpreterFor: "ترجمان ({language})",
  replyOtherNeeds: "دیگر ضروریات",
  replySupporter: "ساتھ آنے والا شخص",
  replySupporterText:
    "{name}{hasRelationship, select, yes { ({relationship})} other {}} – کاغذات بھیجے جا سکتے ہیں: {sharePapers, select, yes {ہاں} other {نہیں}}",
  replySpeakingOrder: "بات کرنے کی باری",
  replySpeakingFirst: "پہلے",
  replySpeakingAfter: "اسکول کے عملے کے بعد",
  replyMessage: "پیغام",
  languageLabel: "زبان",
};

/** The parent page: a supporter's email address. */
export const supporter: Words<"supporter"> = {
  supporterEmail: "ان کا ای میل پتہ",
  supporterEmailHint:
    "اگر آپ نیچے والے خانے پر نشان لگائیں تو ہم انہیں ملاقات میں بلائیں گے اور کاغذات بھیجیں گے۔",
  errSupporterEmail: "ان کا ای میل پتہ لکھیں، جیسے name@example.com، یا اسے خالی چھوڑ دیں۔",
};

/** The name of each adjustment, as a family would ask for it (parent page and emails). */
export const adjustments: Words<"adjustments"> = {
  interpreter: "ترجمان",
  bslInterpreter: "برٹش سائن لینگویج (BSL) کا ترجمان",
  hearingLoop: "سماعت کا لوپ (ہیئرنگ لوپ)",
  quietRoom: "پُرسکون کمرہ",
  stepFree: "سیڑھیوں کے بغیر رسائی",
  online: "آن لائن شرکت",
  timeOfDay: "دن کے ایسے وقت ملاقات جو میرے لیے ٹھیک ہو",
  longerMeeting: "لمبی ملاقات",
  breaks: "ملاقات کے دوران وقفے",
  fewerPeople: "کم لوگ، یا کوئی ایسا شخص جسے میں جانتا یا جانتی ہوں",
  papersInAdvance: "ملاقات سے چند دن پہلے کاغذات",
  largePrint: "بڑے حروف میں کاغذات",
  easyRead: "آسان زبان میں کاغذات",
  papersTranslated: "میری اپنی زبان میں کاغذات",
  speakingOrder: "پہلے بولنا یا اسکول کے عملے کے بعد",
  other: "کچھ اور",
};

/** Why we are meeting, one whole sentence per kind of meeting (parent page and emails). */
export const purposes: Words<"purposes"> = {
  supportPlanReview: "ہم آپ سے ملنا چاہتے ہیں تاکہ مل کر دیکھیں کہ سب کیسا چل رہا ہے اور اگلے قدم طے کریں۔",
  initialConcern:
    "ہم آپ سے ملنا چاہتے ہیں تاکہ آپ کی بات سنیں اور جو ہم نے دیکھا ہے وہ بتائیں۔ پھر ہم مل کر طے کریں گے کہ کیا مدد کر سکتا ہے۔",
  transitionPlanning:
    "ہم آپ سے ملنا چاہتے ہیں تاکہ اگلی جماعت یا اسکول میں جانے کی منصوبہ بندی کریں، تاکہ یہ اچھی طرح ہو۔",
  annualReview:
    "ہم آپ سے ملنا چاہتے ہیں تاکہ مل کر سال بھر کے منصوبے کا جائزہ لیں اور طے کریں کہ آگے کیا ہوگا۔",
  checkIn: "ہم آپ سے ملنا چاہتے ہیں تاکہ بات کریں کہ سب کیسا چل رہا ہے۔",
};

/** The parent page for answering a meeting summary. */
export const feedback: Words<"feedback"> = {
  title: "میٹنگ کے نوٹس کے بارے میں آپ کا جواب",
  heading: "ہمیں میٹنگ کے بارے میں بتائیں",
  lead: "آپ کا جواب ای میل سے اسکول جائے گا۔ آپ ایک سوال کا جواب دے سکتے ہیں، یا سب کا۔",
  listened: "کیا آپ کو لگا کہ آپ کی بات سنی گئی؟",
  yes: "ہاں",
  partly: "کچھ حد تک",
  no: "نہیں",
  notes: "کیا نوٹس ٹھیک ہیں؟",
  confirm: "ہاں، نوٹس ٹھیک ہیں",
  correct: "براہ کرم نوٹس درست کریں",
  comment: "کچھ اور کہنا چاہیں تو لکھیں (اختیاری)",
  send: "میرا جواب بھیجیں",
  sentHeading: "شکریہ",
  sentBody: "آپ کی ای میل ایپ آپ کے جواب کے ساتھ کھلنی چاہیے۔ براہ کرم وہاں بھیجیں دبائیں۔",
  subject: "میٹنگ کے نوٹس کے بارے میں ہمارا جواب",
  broken: "یہ لنک کام نہیں کر رہا۔ براہ کرم اسکول کی ای میل کا جواب دیں۔",
};

/** The emails: the offer, the confirmation and the short notices. */
export const email: Words<"email"> = {
  greeting: "آداب ⁨{name}⁩،",
  signOff: "نیک تمناؤں کے ساتھ،",
  contact: "اگر آپ کا کوئی سوال ہو تو اس ای میل کا جواب دیں یا ⁨{school}⁩ کو ⁨{phone}⁩ پر فون کریں۔",
  offerSubject: "⁨{school}⁩ کی طرف سے ملاقات کے اوقات",
  offerWhy: "آپ اپنے بچے کو سب سے بہتر جانتے ہیں، اور ہم آپ کی رائے سننا چاہتے ہیں۔",
  offerWho: "کون کون موجود ہوگا:",
  offerTimes: "ان اوقات میں سب لوگ فارغ ہیں۔ براہ کرم وہ وقت چنیں جو آپ کے لیے سب سے بہتر ہو:",
  offerFormatInPerson: "ہم اسکول میں ملیں گے۔",
  offerFormatOnline: "ہم Microsoft Teams پر آن لائن ملیں گے۔ ہم آپ کو لنک بھیجیں گے۔",
  offerFormatHybrid:
    "آپ اسکول آ سکتے ہیں یا Microsoft Teams پر آن لائن شامل ہو سکتے ہیں، جو آپ کے لیے آسان ہو۔",
  offerChoose: "وقت چنیں",
  offerNoneWork:
    "اگر ان میں سے کوئی وقت آپ کے لیے ٹھیک نہیں، تو اسی صفحے پر آپ ہمیں بتا سکتے ہیں کہ کون سے دن اور اوقات آپ کے لیے ٹھیک ہیں۔",
  offerRightsTitle: "ملاقات سے پہلے",
  offerSupporter: "آپ کسی کو اپنے ساتھ لا سکتے ہیں: کوئی دوست، رشتہ دار یا ایڈووکیٹ (حمایتی)۔",
  offerAdjustments:
    "ہمیں بتائیں اگر کوئی چیز ملاقات کو آپ کے لیے آسان بنا سکتی ہے: ترجمان، سیڑھیوں کے بغیر رسائی، ہیئرنگ لوپ، بڑے حروف میں کاغذات، آن لائن شرکت، یا لمبی ملاقات۔",
  offerAdviceScotland:
    "مفت اور آزاد مشورے کے لیے آپ Enquire سے رابطہ کر سکتے ہیں۔ یہ سیکھنے میں اضافی مدد کے بارے میں اسکاٹ لینڈ کی مشاورتی سروس ہے: ⁨0345 123 2303, enquire.org.uk⁩۔",
  offerAdviceEngland:
    "مفت اور آزاد مشورے کے لیے آپ اپنی مقامی ⁨SEND Information, Advice and Support Service (SENDIASS)⁩ سے رابطہ کر سکتے ہیں۔",
  offerPlainReply: "آپ بس اس ای میل کا جواب بھی دے سکتے ہیں، مثال کے طور پر: “منگل ٹھیک ہے”۔",
  confirmationSubject: "⁨{school}⁩ کے ساتھ آپ کی ملاقات طے ہو گئی ہے",
  confirmationBooked: "شکریہ۔ آپ کی ملاقات طے ہو گئی ہے۔ وقت: ⁨{when}⁩۔",
  confirmationWhere: "ملاقات کی جگہ: ⁨{place}⁩۔",
  confirmationOnline: "آپ نیچے دیے گئے لنک کے ذریعے Microsoft Teams پر آن لائن شامل ہوں گے۔",
  confirmationOrOnline:
    "آپ اسکول آ سکتے ہیں، یا اگر آپ چاہیں تو نیچے دیے گئے لنک کے ذریعے Microsoft Teams پر آن لائن شامل ہو سکتے ہیں۔",
  confirmationJoin: "ملاقات میں شامل ہوں",
  confirmationAdjustments: "آپ نے جو مانگا تھا، ہم اس کا انتظام کر رہے ہیں:",
  confirmationSupporter: "⁨{name}⁩ آپ کے ساتھ آ سکتے ہیں۔ ہمیں خوشی ہوگی۔",
  confirmationPapers: "ہم ملاقات سے پہلے آپ کو ایجنڈا اور تمام کاغذات بھیج دیں گے۔",
  confirmationNotAnswered:
    "ہمیں ابھی تک آپ کا جواب نہیں ملا، اور آپ کے آنے سے ہمیں بہت خوشی ہوگی۔ اگر ملاقات کو آپ کے لیے آسان بنانے کے لیے کسی چیز کی ضرورت ہو، یا آپ آن لائن شامل ہونا چاہیں، تو بس اس ای میل کا جواب دیں۔",
  confirmationOtherTime:
    "ہم جانتے ہیں کہ شاید یہ وہ وقت نہ ہو جو آپ خود چنتے۔ اگر آپ نہیں آ سکتے تو اس ای میل کا جواب دیں، ہم کوئی ایسا طریقہ نکالیں گے کہ آپ ملاقات میں شامل ہو سکیں۔",
  confirmationChange: "اگر آپ کو وقت بدلنا ہو تو اس ای میل کا جواب دیں یا ⁨{school}⁩ کو ⁨{phone}⁩ پر فون کریں۔",
  noticeCancelSubject: "⁨{school}⁩ کے ساتھ آپ کی ملاقات منسوخ ہو گئی ہے",
  noticeCancelled: "ہمیں افسوس ہے کہ ملاقات منسوخ ہو گئی ہے۔ منسوخ شدہ ملاقات کا وقت: ⁨{when}⁩۔",
  staffWords: "⁨{name}⁩ کا پیغام، انگریزی میں، انہی کے الفاظ میں:",
  noticeCancelNext: "آگے کیا ہوگا، اس بارے میں ہم آپ سے رابطہ کریں گے۔ ابھی آپ کو کچھ کرنے کی ضرورت نہیں۔",
  noticeWithdrawSubject: "⁨{school}⁩ کی طرف سے ملاقات کے اوقات اب دستیاب نہیں ہیں",
  noticeWithdrawn:
    "ہم نے آپ کو ملاقات کے جو اوقات بھیجے تھے وہ اب دستیاب نہیں ہیں، اس لیے براہ کرم ان میں سے کوئی وقت نہ چنیں۔ کسی بھی پریشانی کے لیے ہم معذرت خواہ ہیں، اور ہم آپ سے رابطہ کریں گے۔",
  noticeChaseSubject: "یاد دہانی: ⁨{school}⁩ کی طرف سے ملاقات کے اوقات",
  noticeChase:
    "ہم نے آپ کو ملاقات کے جو اوقات بھیجے تھے، ان کے بارے میں دوبارہ لکھ رہے ہیں۔ ہمیں یہ جان کر بہت خوشی ہوگی کہ کون سا وقت آپ کے لیے ٹھیک ہے، یا آپ کے لیے کیا بہتر رہے گا۔ اس میں صرف ایک منٹ لگے گا۔",
  noticeMoved:
    "ہمیں اپنی ملاقات کا وقت بدلنا ہے۔ موجودہ وقت: ⁨{when}⁩۔ جب تک آپ نیچے دیے گئے نئے اوقات میں سے کوئی ایک نہیں چنتے، ملاقات اسی وقت پر طے رہے گی۔",
};

/** The email when something a family asked for cannot be arranged. */
export const followUp: Words<"followUp"> = {
  subject: "{date} کی ملاقات کے بارے میں",
  greeting: "السلام علیکم {name}،",
  intro: "یہ بتانے کا شکریہ کہ {when} کی ملاقات میں آپ کی کس چیز سے مدد ہوگی۔",
  notPossible: "ہمیں افسوس ہے۔ ہم اس کا انتظام نہیں کر سکتے: {adjustment}۔",
  staffWords: "{staff} کا پیغام، انگریزی میں:",
  next: "اگر آپ اس بارے میں بات کرنا چاہیں، یا کسی اور چیز سے مدد ہو، تو اس ای میل کا جواب دیں یا ہمیں {phone} پر فون کریں۔",
  signOff: "نیک خواہشات کے ساتھ،",
};

/** The agenda, its update and the reminder. */
export const agenda: Words<"agenda"> = {
  title: "ہماری ملاقات کا ایجنڈا",
  when: "کب: {when}",
  whereRoom: "کہاں: {room}، اسکول میں",
  whereOnline: "کہاں: آن لائن، Microsoft Teams پر",
  whereRoomOrOnline: "کہاں: {room}، اسکول میں، یا آن لائن Microsoft Teams پر",
  length: "ملاقات {n, plural, one {# منٹ} other {# منٹ}} کی ہے۔",
  whoHeading: "کون آ رہا ہے",
  whoStaff: "{name}، {role}: {why}",
  whoCarer: "{name}، خاندان",
  whoSupporter: "{name} ({relationship})، {carer} کی مدد کے لیے آ رہے ہیں",
  whySenco: "اسکول میں اضافی مدد کی منصوبہ بندی اور جانچ کرتے ہیں",
  whyClassTeacher: "آپ کے بچے کو ہر روز پڑھاتے ہیں",
  whyGuidance: "آپ کے بچے کی بہبود کا خیال رکھتے ہیں اور آپ کے ساتھ آگے کی منصوبہ بندی کرتے ہیں",
  whyPupilSupport: "کلاس میں ہر روز آپ کے بچے کی مدد کرتے ہیں",
  whyPastoral: "اسکول میں بچوں کی بہبود کا خیال رکھتے ہیں",
  whyHead: "اسکول کی سربراہی کرتے ہیں اور تبدیلیوں پر اتفاق کر سکتے ہیں",
  whyEal: "انگریزی سیکھنے والے بچوں کی مدد کرتے ہیں",
  whyOther: "اسکول میں آپ کے بچے کے ساتھ کام کرتے ہیں",
  itemsHeading: "ہم کس بارے میں بات کریں گے",
  itemLine: "{title} ({n, plural, one {# منٹ} other {# منٹ}}، قیادت: {lead})",
  familyItem: "{carer} اس پر بات کرنا چاہتے ہیں، ان کے اپنے الفاظ میں: {text}",
  schoolWords: "اسکول کے الفاظ میں، انگریزی میں: {text}",
  leadFamily: "آپ",
  leadChild: "آپ کا بچہ، اگر وہ چاہے",
  leadEveryone: "سب",
  prefsHeading: "آپ نے ہمیں کیا بتایا",
  speakFirst: "آپ پہلے بولنا چاہتے ہیں۔ ہم عملے سے پہلے آپ کی بات سنیں گے۔",
  speakAfter: "آپ پہلے عملے کی بات سننا چاہتے ہیں۔ آپ ان کے بعد بولیں گے۔",
  breaks: "ہم ایک مختصر وقفہ لیں گے۔ اگر آپ کو مزید ضرورت ہو تو بتائیں۔",
  adjustHeading: "ہم آپ کے لیے کیا انتظام کر رہے ہیں",
  adjInterpreterFor: "ایک ترجمان ({language})",
  supporterSend: "{name} آپ کے ساتھ آ رہے ہیں۔ ہم انہیں بھی یہ ایجنڈا بھیجیں گے۔",
  supporterShare:
    "{name} آپ کے ساتھ آ رہے ہیں۔ آپ نے کہا کہ ہم انہیں کاغذات دکھا سکتے ہیں، اس لیے براہ کرم یہ ایجنڈا انہیں دے دیں۔",
  supporterNoShare: "{name} آپ کے ساتھ آ رہے ہیں۔ ہم انہیں کاغذات نہیں دکھائیں گے۔",
  contact: "کیا آپ کچھ شامل کرنا چاہتے ہیں؟ اس ای میل کا جواب دیں یا {phone} پر فون کریں۔",
  greeting: "محترم {name}،",
  sendSubject: "{when} کو ہماری ملاقات کا ایجنڈا",
  sendIntro: "یہ ہماری ملاقات کا ایجنڈا ہے۔ یہ ایک دستاویز کے طور پر بھی منسلک ہے جسے آپ پرنٹ کر سکتے ہیں۔",
  changeSubject: "{when} کو ہماری ملاقات کے ایجنڈے میں تبدیلی",
  changeIntro: "ہم نے ایجنڈا بدل دیا ہے۔ یہ بدلا ہے:",
  changeAdded: "شامل کیا: {title}",
  changeRemoved: "ہٹا دیا: {title}",
  changeChanged: "بدلا: {title}",
  changeReason: "کیوں، اسکول کے الفاظ میں (انگریزی میں):",
  changeAttached: "نیا ایجنڈا منسلک ہے۔",
  reminderSubject: "یاد دہانی: کل ہماری ملاقات، {when}",
  reminderIntro: "یہ کل ہماری ملاقات کی ایک دوستانہ یاد دہانی ہے۔",
  reminderCantCome:
    "اگر آپ نہیں آ سکتے تو براہ کرم اس ای میل کا جواب دیں یا {phone} پر فون کریں۔ ہم کوئی اور وقت تلاش کر سکتے ہیں۔",
  signOff: "نیک خواہشات کے ساتھ،",
  movedSubject: "ہماری ملاقات {when} پر منتقل ہو گئی ہے: ایجنڈا",
  movedIntro: "ہماری ملاقات نئے وقت پر منتقل ہو گئی ہے: {when}۔ نئے وقت کے لیے ایجنڈا دوبارہ یہ ہے۔",
};

/** The built-in agenda items. */
export const agendaItems: Words<"agendaItems"> = {
  welcome: "خوش آمدید اور تعارف",
  strengths: "کیا اچھا چل رہا ہے: خوبیاں اور دلچسپیاں",
  familyViews: "آپ کی رائے",
  childViews: "آپ کے بچے کی رائے",
  progress: "پچھلی ملاقات کے بعد سے کیسا رہا",
  assess: "ہم کیا جانتے ہیں کہ آپ کا بچہ کیسا کر رہا ہے",
  plan: "ہم کون سی مدد کا منصوبہ بنا رہے ہیں، اور اس سے کیا امید ہے",
  doSupport: "مدد روزانہ کیسے کام کر رہی ہے",
  review: "کیا یہ کام کر رہا ہے؟ کیا بدلنا چاہیے؟",
  planTargets: "منصوبے کے اہداف پر اتفاق",
  cspObjectives: "مربوط معاونتی منصوبے کے اہداف",
  cspSupport: "مدد، اور کون دیتا ہے",
  ehcpOutcomes: "منصوبے کے نتائج کی طرف پیش رفت",
  ehcpProvision: "کیا منصوبے میں دی گئی مدد اب بھی ٹھیک ہے؟",
  ehcpChanges: "کونسل سے مانگنے والی تبدیلیاں",
  transitionMove: "منتقلی: کیا بدلے گا، اور کب",
  transitionSupport: "منتقلی کے لیے دورے، معلومات اور مدد",
  adulthood: "آگے کی سوچ: تعلیم، دوست، صحت اور خود مختاری",
  concernsShared: "ہم میں سے ہر ایک نے کیا دیکھا ہے",
  whatMightHelp: "کیا مدد کر سکتا ہے",
  nextSteps: "ہم کس بات پر متفق ہیں: کون کیا کرے گا، اور کب تک",
  nextMeeting: "ہم اگلی بار کب ملیں گے",
  breakTime: "ایک مختصر وقفہ",
};

/** The meeting summary: its email and its document. */
export const summary: Words<"summary"> = {
  title: "ہماری میٹنگ کے نوٹس",
  subject: "{date} کی میٹنگ کے نوٹس",
  subjectCorrection: "{date} کی میٹنگ کے درست کیے گئے نوٹس (ورژن {version})",
  greeting: "محترم {name}،",
  intro:
    "{date} کو ہم سے ملنے کا شکریہ۔ ان نوٹس میں لکھا ہے کہ ہم نے کس بارے میں بات کی اور کیا طے کیا۔ یہی نوٹس اس ای میل کے ساتھ لگی دستاویز میں بھی ہیں۔",
  correctionIntro: "ہم نے یہ نوٹس درست کیے ہیں۔ یہ ورژن {version} ہے۔ کیا بدلا:",
  staffLabel: "{name} نے لکھا، انگریزی میں:",
  attendance: "کون موجود تھا",
  present: "میٹنگ میں آئے",
  apologies: "نہیں آ سکے",
  h_strengths: "کیا اچھا چل رہا ہے",
  h_familyViews: "خاندان نے ہمیں کیا بتایا",
  h_childViews: "بچے نے ہمیں کیا بتایا",
  h_childViewsHow: "ہم نے بچے سے کیسے پوچھا",
  h_discussed: "ہم نے کس بارے میں بات کی",
  h_agreed: "ہم نے کیا طے کیا، اور کیوں",
  h_notAgreed: "کس بات پر اتفاق نہیں ہوا",
  h_actions: "کون کیا کرے گا",
  h_contacts: "کس سے رابطہ کریں",
  h_next: "اگلی میٹنگ",
  h_rights: "اگر آپ متفق نہیں ہیں",
  colWhat: "کیا",
  colWho: "کون",
  colBy: "کب تک",
  yourActions: "جو کام آپ نے کرنے کا کہا",
  nextDate: "ہماری اگلی میٹنگ {date} کو ہوگی۔",
  nextToArrange: "ہم آپ کے ساتھ اگلی میٹنگ کی تاریخ طے کریں گے۔",
  dueNone: "ابھی کوئی تاریخ نہیں",
  rightsIntro:
    "آپ ہم سے یہ نوٹس درست کرنے کو کہہ سکتے ہیں۔ اگر آپ اپنے بچے کی مدد کے کسی فیصلے سے متفق نہیں ہیں، تو آپ اسکول سے الگ مفت مدد لے سکتے ہیں:",
  answerInvite:
    "براہ کرم ہمیں بتائیں کہ کیا یہ نوٹس ٹھیک ہیں، یا درستی کے لیے کہیں۔ ہم یہ بھی جاننا چاہتے ہیں: کیا آپ کو لگا کہ آپ کی بات سنی گئی؟",
  answerLink: "یہاں جواب دیں",
  signoff: "نیک خواہشات کے ساتھ،",
  phone: "آپ اسکول کو {phone} پر فون کر سکتے ہیں۔",
  r_enquire: "Enquire: اسکاٹ لینڈ میں سیکھنے کے لیے اضافی مدد کے بارے میں مفت مشورہ۔",
  r_mediationSc: "ثالثی: ایک آزاد شخص کے ساتھ مفت ملاقات، جو آپ اور اسکول کو متفق ہونے میں مدد دیتا ہے۔",
  r_disputeSc: "تنازعہ کا حل: ایک آزاد شخص اختلاف کو دیکھتا ہے اور بتاتا ہے کہ کیا ہونا چاہیے۔",
  r_tribunalSc:
    "ٹریبونل (Health and Education Chamber): کچھ فیصلوں پر، جیسے مربوط مدد کا منصوبہ (CSP)، آپ اپیل کر سکتے ہیں۔",
  r_sendiass: "SENDIASS: SEND کے بارے میں آپ کی مقامی مفت اور آزاد مشاورتی سروس۔",
  r_mediationEn: "ثالثی: EHC پلان کی اپیل سے پہلے ایک آزاد شخص کے ساتھ مفت ملاقات۔",
  r_disagreementEn: "اختلاف کا حل: ایک مفت، آزاد سروس جو آپ اور اسکول یا کونسل کو متفق ہونے میں مدد دیتی ہے۔",
  r_tribunalEn:
    "First-tier Tribunal (SEND): آپ EHC جانچ یا پلان کے بارے میں کونسل کے کچھ فیصلوں پر اپیل کر سکتے ہیں۔",
  yourAction: "آپ: {what}، {date} تک",
  yourActionNoDate: "آپ: {what} (ابھی کوئی تاریخ نہیں)",
  youOwner: "آپ ({name})",
  actionsWritten: "{name} نے انگریزی میں لکھا کہ کون کیا کرے گا۔ یہ ویسے ہی دکھایا گیا ہے جیسے لکھا گیا۔",
};

/** A summary's easy-read copy: short sentences, one idea to a line, headings as questions. */
export const easyRead: Words<"easyRead"> = {
  intro: "ان نوٹس میں لکھا ہے کہ ہم نے میٹنگ میں کس بارے میں بات کی۔",
  met: "ہم {date} کو ملے۔",
  changed: "ہم نے یہ نوٹس بدلے ہیں۔",
  changedVersion: "یہ ورژن {version} ہے۔",
  changedWhat: "یہ بدلا ہے:",
  h_attendance: "میٹنگ میں کون آیا؟",
  came: "{name} آئے۔",
  apologies: "{name} نہیں آ سکے۔",
  h_strengths: "کیا اچھا چل رہا ہے؟",
  h_familyViews: "آپ کے خاندان نے ہمیں کیا بتایا؟",
  h_childViews: "آپ کے بچے نے ہمیں کیا بتایا؟",
  h_childViewsHow: "ہم نے آپ کے بچے سے کیسے پوچھا؟",
  h_discussed: "ہم نے کس بارے میں بات کی؟",
  h_agreed: "ہم نے کیا طے کیا؟ کیوں؟",
  h_notAgreed: "کس بات پر اتفاق نہیں ہوا؟",
  h_actions: "کون کیا کرے گا؟",
  h_contacts: "آپ کس سے بات کر سکتے ہیں؟",
  h_next: "اگلی میٹنگ کب ہے؟",
  h_rights: "اگر آپ متفق نہیں ہیں تو کیا کریں؟",
  wrote: "{name} نے یہ انگریزی میں لکھا:",
  empty: "ہم نے یہاں کچھ نہیں لکھا۔",
  willDo: "{name} یہ کریں گے:",
  youDo: "آپ یہ کریں گے:",
  due: "کب تک: {date}۔",
  dueNone: "کب تک: ہم تاریخ چنیں گے۔",
  nextDate: "ہم دوبارہ {date} کو ملیں گے۔",
  nextToArrange: "ہم آپ کے ساتھ تاریخ چنیں گے۔",
  rightsChange: "آپ ہم سے یہ نوٹس بدلنے کو کہہ سکتے ہیں۔",
  rightsHelp: "آپ مفت مدد لے سکتے ہیں۔",
  rightsWho: "یہ لوگ اسکول کے لیے کام نہیں کرتے:",
};
