import type { LanguageAbout, Words } from "../languageFile";

/* Every word a family reads, in Punjabi in Shahmukhi script: the same sections and keys as en.ts. */

/** The language's name in itself (for the switcher), the tag `Intl` formats with, and its direction. */
export const about = { name: "پنجابی (شاہ مکھی)", intl: "pa-Arab", dir: "rtl" } satisfies LanguageAbout;

/** The parent page: choosing a time and answering. */
export const page: Words<"page"> = {
  title: "میٹنگ دا ویلا چݨو – ⁨{school}⁩",
  heading: "ملن لئی ویلا چݨو",
  greeting: "سلام۔ ⁨{school}⁩ تہاڈے بچے بارے تہاڈے نال ملنا چاہندا اے۔ ایس لئی ویلا کڈھن دا شکریہ۔",
  whyHeading: "اسیں کیوں مل رہے آں",
  whoHeading: "کون ہووے گا",
  formatHeading: "اسیں کیویں ملاں گے",
  formatsInPerson: "آمنے سامنے، سکول وچ۔",
  formatsOnline: "آن لائن، ویڈیو کال راہیں۔ اسیں تہانوں لنک گھلاں گے۔",
  formatsHybrid: "سکول وچ یا ویڈیو کال راہیں آن لائن۔ تسیں چݨ سکدے او۔",
  rightsHeading: "جانن والیاں گلاں",
  rightViews: "تہاڈی رائے اہم اے۔ تسیں اپنے بچے نوں سب توں چنگا جاندے او، تے اسیں تہاڈی گل سننا چاہندے آں۔",
  rightSupporter: "تسیں کسے نوں نال لیا سکدے او۔ ایہہ کوئی دوست، ٹبر دا جی یا وکیل (مددگار) ہو سکدا اے۔",
  rightAdjustments:
    "تسیں اوہ چیزاں منگ سکدے او جیہڑیاں میٹنگ نوں تہاڈے لئی سوکھا بناؤن، جیویں ترجمان یا چپ چاپ کمرہ۔",
  adviceHeading: "مفت، آزاد صلاح",
  adviceScotland:
    "Enquire اک مفت سروس اے۔ ایہہ سکول دا حصہ نہیں۔ ایہہ ٹبراں نوں سکاٹ لینڈ وچ پڑھائی وچ مدد بارے صلاح دیندی اے۔",
  adviceEngland:
    "تہاڈی مقامی SENDIASS ٹبراں نوں مفت صلاح دیندی اے۔ ایہہ سکول دا حصہ نہیں۔ آن لائن SENDIASS تے اپنے علاقے دا ناں لبھو۔",
  phone: "فون",
  website: "ویب سائٹ",
  email: "ای میل",
  timesLegend: "تہاڈے لئی کیہڑا ویلا ٹھیک اے؟",
  timesZone: "ایہہ ویلے ⁨{zone}⁩ دے ٹائم دے مطابق نیں۔",
  slotPassed: "ایہہ ویلا لنگھ گیا اے",
  noneWork: "ایہناں وچوں کوئی ویلا میرے لئی ٹھیک نہیں",
  availabilityLabel: "تہاڈے لئی کیہڑے دن تے ویلے ٹھیک نیں؟",
  availabilityHint: "مثال دے طور تے: منگل یا جمعرات سویرے، پر سکول دیاں چھٹیاں وچ نہیں۔",
  adjustmentsLegend: "کیہ کوئی چیز تہانوں حصہ لین وچ مدد دیوے گی؟",
  adjustmentsHint: "جو وی تہانوں چاہیدا اے اوہدے تے نشان لاؤ۔ کجھ وی چݨنا ضروری نہیں۔",
  interpreterLanguage: "کیہڑی بولی؟",
  otherNeeds: "ہور کجھ؟",
  supporterLegend: "کسے نوں نال لیاؤنا",
  supporterHint: "جے کوئی تہاڈے نال آ رہیا اے تے سانوں دسو۔ تسیں ایہنوں خالی چھڈ سکدے او۔",
  supporterName: "اوہناں دا ناں",
  supporterRelationship: "اوہ تہاڈے کیہ لگدے نیں",
  supporterRelationshipHint: "مثال دے طور تے: دوست، دادی، وکیل۔",
  sharePapers: "سکول اوہناں نوں میٹنگ دے کاغذ گھل سکدا اے",
  speakingLegend: "میٹنگ وچ تسیں کدوں بولنا چاہو گے؟",
  speakingHint: "کجھ لوک پہلاں بولنا پسند کردے نیں۔ کجھ پہلاں سٹاف نوں سننا پسند کردے نیں۔",
  speakingFirst: "میں پہلاں بولنا چاہواں گا/گی",
  speakingAfter: "میں سٹاف توں بعد بولنا چاہواں گا/گی",
  speakingNoPreference: "مینوں کوئی فرق نہیں پیندا",
  message: "سکول لئی سنیہا",
  optional: "(ضروری نہیں)",
  send: "میرا جواب گھلو",
  errorSummary: "مہربانی کر کے اپنا جواب ویکھو۔ کجھ حصے ٹھیک کرنے نیں۔",
  errChooseTime: "اک ویلا چݨو، یا “ایہناں وچوں کوئی ویلا میرے لئی ٹھیک نہیں” چݨو۔",
  errAvailability: "سانوں دسو کہ تہاڈے لئی کیہڑے دن تے ویلے ٹھیک نیں۔",
  errInterpreterLanguage: "سانوں دسو کہ ترجمان کیہڑی بولی بولے۔",
  errSupporterName: "تہاڈے نال آؤن والے بندے دا ناں دسو۔",
  sentHeading: "شکریہ",
  sentEmail: "ہݨ تہاڈی ای میل ایپ تہاڈے جواب نال کھلنی چاہیدی اے۔ مہربانی کر کے ای میل ایپ وچ Send دباؤ۔",
  youChose: "تسیں چݨیا: ⁨{time}⁩۔",
  youChoseNone: "تسیں سانوں دسیا کہ کوئی وی ویلا ٹھیک نہیں۔",
  nextHeading: "اگے کیہ ہووے گا",
  nextChosen: "سکول ویکھے گا کہ ویلا حالے وی خالی اے۔ فیر اوہ تہانوں ای میل راہیں سدا گھلن گے۔",
  nextNone: "سکول تہاڈے دسے دن تے ویلے ویکھے گا۔ فیر اوہ تہانوں نویں ویلے دین گے۔",
  noEmailApp: "جے کوئی ای میل ایپ نہیں کھلی، تے اپنا جواب کاپی کرو تے ایہنوں ⁨{email}⁩ تے ای میل کرو۔",
  openEmailAgain: "میری ای میل فیر کھولو",
  copy: "میرا جواب کاپی کرو",
  copied: "کاپی ہو گیا۔ ہݨ تسیں اپنا جواب ای میل وچ پیسٹ کر سکدے او۔",
  copyFailed: "کاپی نہیں ہو سکیا۔ مہربانی کر کے ہیٹھاں والی لکھت چݨو تے کاپی کرو۔",
  answerText: "تہاڈا جواب",
  shortened:
    "تہاڈا سنیہا ای میل لنک لئی بہت لما سی، ایس لئی ای میل وچ چھوٹا روپ اے۔ پورا جواب ہیٹھاں والے ڈبے وچ اے۔ تسیں ایہنوں کاپی کر سکدے او۔",
  changeAnswer: "میرا جواب بدلو",
  questions: "کوئی سوال؟ ⁨{school}⁩ نال رابطہ کرو۔",
  reference: "حوالہ نمبر: ⁨{ref}⁩",
  expiredHeading: "ایس لنک دی مدت مک گئی اے",
  expiredBody:
    "ایس لنک والے ویلے ہݨ موجود نہیں۔ مہربانی کر کے سکول نال رابطہ کرو۔ اوہ تہانوں نویں ویلے دین گے۔",
  brokenHeading: "ایہہ لنک کم نہیں کر رہیا",
  brokenBody:
    "لنک دا کجھ حصہ گم یا بدلیا ہو سکدا اے۔ مہربانی کر کے سکول دی ای میل دا جواب دیو تے دسو کہ تہاڈے لئی کیہڑے دن تے ویلے ٹھیک نیں۔",
  emailSchool: "سکول نوں ای میل کرو",
  replyReference: "حوالہ نمبر",
  replyChoice: "چݨیا ویلا",
  replyNoneWork: "ایہناں وچوں کوئی ویلا ٹھیک نہیں",
  replyAvailability: "میرے لئی ٹھیک اے",
  replyAdjustments: "مینوں چاہیدا اے",
  replyInterpreterFor: "ترجمان (⁨{language}⁩)",
  replyOtherNeeds: "ہور لوڑاں",
  replySupporter: "نال آؤن والا بندہ",
  replySupporterText:
    "⁨{name}⁩{hasRelationship, select, yes { (⁨{relationship}⁩)} other {}} – کاغذ گھلے جا سکدے نیں: {sharePapers, select, yes {ہاں} other {نہیں}}",
  replySpeakingOrder: "میں کدوں بولنا چاہندا/چاہندی آں",
  replySpeakingFirst: "پہلاں",
  replySpeakingAfter: "سٹاف توں بعد",
  replyMessage: "سنیہا",
  languageLabel: "بولی",
};

/** The parent page: a supporter's email address. */
export const supporter: Words<"supporter"> = {
  supporterEmail: "اوہناں دا ای میل پتہ",
  supporterEmailHint:
    "جے تسیں تھلے والے خانے تے نشان لاؤ، تاں اسیں اوہناں نوں ملاقات وچ سداں گے تے کاغذ گھلاں گے۔",
  errSupporterEmail: "اوہناں دا ای میل پتہ لکھو، جیویں name@example.com، یا اینوں خالی چھڈ دیو۔",
};

/** The name of each adjustment, as a family would ask for it (parent page and emails). */
export const adjustments: Words<"adjustments"> = {
  interpreter: "ترجمان",
  bslInterpreter: "برٹش سائن لینگویج (BSL) دا ترجمان",
  hearingLoop: "سنن لئی ہیئرنگ لوپ",
  quietRoom: "سکون والا کمرہ",
  stepFree: "پوڑیاں توں بغیر رسائی",
  online: "آن لائن شامل ہونا",
  timeOfDay: "دن دے اجیہے ویلے ملاقات جو میرے لئی ٹھیک ہووے",
  longerMeeting: "لمی ملاقات",
  breaks: "ملاقات دوران وقفے",
  fewerPeople: "گھٹ لوک، یا کوئی جنہوں میں جاندا یا جاندی ہاں",
  papersInAdvance: "ملاقات توں کجھ دن پہلاں کاغذ",
  largePrint: "وڈے اکھراں وچ کاغذ",
  easyRead: "سوکھی بولی وچ کاغذ",
  papersTranslated: "میری اپنی بولی وچ کاغذ",
  speakingOrder: "پہلاں بولنا یا سکول دے عملے توں بعد",
  other: "کجھ ہور",
};

/** Why we are meeting, one whole sentence per kind of meeting (parent page and emails). */
export const purposes: Words<"purposes"> = {
  supportPlanReview:
    "اسیں مل کے ویکھنا چاہندے آں کہ سب کیویں چل رہیا اے، تے اگلے قدم رل کے طے کرنا چاہندے آں۔",
  initialConcern:
    "اسیں تہاڈی گل سنن تے جو اسیں ویکھیا اے اوہ دسن لئی ملنا چاہندے آں۔ فیر اسیں رل کے فیصلہ کر سکدے آں کہ کیہ مدد کر سکدا اے۔",
  transitionPlanning:
    "اسیں اگلی جماعت یا سکول وچ جان دی منصوبہ بندی لئی ملنا چاہندے آں، تاں جو سب ٹھیک رہوے۔",
  annualReview: "اسیں مل کے سال دی منصوبہ بندی ویکھنا تے اگے کیہ ہووے گا ایہہ طے کرنا چاہندے آں۔",
  checkIn: "اسیں ایہہ گل کرن لئی ملنا چاہندے آں کہ سب کیویں چل رہیا اے۔",
};

/** The parent page for answering a meeting summary. */
export const feedback: Words<"feedback"> = {
  title: "میٹنگ دے نوٹساں بارے تہاڈا جواب",
  heading: "سانوں میٹنگ بارے دسو",
  lead: "تہاڈا جواب ای میل راہیں سکول نوں جاوے گا۔ تسیں اک سوال دا جواب دے سکدے او، یا ساریاں دا۔",
  listened: "کیہ تہانوں لگیا کہ تہاڈی گل سنی گئی؟",
  yes: "ہاں",
  partly: "کجھ حد تک",
  no: "نئیں",
  notes: "کیہ نوٹس ٹھیک نیں؟",
  confirm: "ہاں، نوٹس ٹھیک نیں",
  correct: "مہربانی کر کے نوٹس ٹھیک کرو",
  comment: "کجھ ہور جو تسیں جوڑنا چاہو (ضروری نئیں)",
  send: "میرا جواب گھلو",
  sentHeading: "شکریہ",
  sentBody: "تہاڈی ای میل ایپ تہاڈے جواب نال کھلنی چاہیدی اے۔ مہربانی کر کے اوتھے گھلو دباؤ۔",
  subject: "میٹنگ دے نوٹساں بارے ساڈا جواب",
  broken: "ایہ لنک کم نئیں کر رہیا۔ مہربانی کر کے سکول دی ای میل دا جواب دیو۔",
};

/** The emails: the offer, the confirmation and the short notices. */
export const email: Words<"email"> = {
  greeting: "پیارے ⁨{name}⁩ جی،",
  signOff: "نیک تمناواں نال،",
  contact: "جے تہاڈا کوئی سوال اے، تے ایس ای میل دا جواب دیو یا ⁨{school}⁩ نوں ⁨{phone}⁩ تے فون کرو۔",
  offerSubject: "⁨{school}⁩ ولوں میٹنگ دے ویلے",
  offerWhy: "تسیں اپنے بچے نوں سب توں چنگا جاندے او، تے اسیں سننا چاہندے آں کہ تسیں کیہ سوچدے او۔",
  offerWho: "کون ہووے گا:",
  offerTimes: "ایہہ ویلے سب لئی خالی نیں۔ مہربانی کر کے اوہ ویلا چݨو جیہڑا تہاڈے لئی سب توں ٹھیک اے:",
  offerFormatInPerson: "اسیں سکول وچ ملاں گے۔",
  offerFormatOnline: "اسیں Microsoft Teams تے آن لائن ملاں گے۔ اسیں تہانوں لنک گھلاں گے۔",
  offerFormatHybrid:
    "تسیں سکول آ سکدے او یا Microsoft Teams تے آن لائن شامل ہو سکدے او، جیویں تہانوں ٹھیک لگے۔",
  offerChoose: "ویلا چݨو",
  offerNoneWork: "جے ایہناں وچوں کوئی ویلا ٹھیک نہیں، تے اوسے صفحے تے تسیں دس سکدے او کہ کیہڑا ویلا ٹھیک اے۔",
  offerRightsTitle: "میٹنگ توں پہلاں",
  offerSupporter: "تسیں کسے نوں نال لیا سکدے او: کوئی دوست، رشتے دار یا وکیل (مددگار)۔",
  offerAdjustments:
    "سانوں دسو جے کوئی چیز تہانوں حصہ لین وچ مدد دیوے گی۔ مثال دے طور تے: ترجمان، پوڑیاں توں بغیر رستہ، ہیئرنگ لوپ، وڈے اکھر، آن لائن شامل ہونا یا لمی میٹنگ۔",
  offerAdviceScotland:
    "مفت صلاح لئی، تسیں Enquire نال رابطہ کر سکدے او۔ ایہہ سکول دا حصہ نہیں۔ ایہہ سکاٹ لینڈ وچ پڑھائی لئی مدد بارے ٹبراں دی مدد کردی اے۔ فون ⁨0345 123 2303⁩ یا enquire.org.uk ویکھو۔",
  offerAdviceEngland: "مفت صلاح لئی، تسیں اپنی مقامی SENDIASS نال رابطہ کر سکدے او۔ ایہہ سکول دا حصہ نہیں۔",
  offerPlainReply: "یا بس ایس ای میل دا جواب دیو، جیویں “منگل ٹھیک اے”۔",
  confirmationSubject: "⁨{school}⁩ نال تہاڈی میٹنگ پکی ہو گئی اے",
  confirmationBooked: "شکریہ۔ تہاڈی میٹنگ پکی ہو گئی اے۔ ویلا: ⁨{when}⁩۔",
  confirmationWhere: "ملن دی تھاں: ⁨{place}⁩۔",
  confirmationOnline: "تسیں ہیٹھاں دتے لنک نال Microsoft Teams تے آن لائن شامل ہووو گے۔",
  confirmationOrOnline:
    "تسیں سکول آ سکدے او، یا جے چاہو تے ہیٹھاں دتے لنک نال Microsoft Teams تے آن لائن شامل ہو سکدے او۔",
  confirmationJoin: "میٹنگ وچ شامل ہووو",
  confirmationAdjustments: "تسیں جو منگیا سی، اسیں اوہدا انتظام کر رہے آں:",
  confirmationSupporter: "تہاڈے نال آؤن لئی جی آیاں نوں: ⁨{name}⁩۔",
  confirmationPapers: "اسیں میٹنگ توں پہلاں تہانوں ایجنڈا تے کوئی وی کاغذ گھلاں گے۔",
  confirmationNotAnswered:
    "سانوں حالے تہاڈا جواب نہیں ملیا، پر تہاڈا آؤنا بہت جی آیاں نوں اے۔ جے تہانوں میٹنگ نوں سوکھا بناؤن لئی کجھ چاہیدا اے، یا تسیں آن لائن شامل ہونا چاہندے او، تے بس ایس ای میل دا جواب دیو۔",
  confirmationOtherTime:
    "سانوں پتہ اے کہ شاید ایہہ اوہ ویلا نہیں جو تسیں چݨدے۔ جے تسیں نہیں آ سکدے، تے ایس ای میل دا جواب دیو تے اسیں تہاڈے حصہ لین دا کوئی طریقہ لبھاں گے۔",
  confirmationChange:
    "جے تہانوں ویلا بدلنا اے، تے ایس ای میل دا جواب دیو یا ⁨{school}⁩ نوں ⁨{phone}⁩ تے فون کرو۔",
  noticeCancelSubject: "⁨{school}⁩ نال تہاڈی میٹنگ منسوخ ہو گئی اے",
  noticeCancelled: "سانوں افسوس اے: میٹنگ منسوخ ہو گئی اے۔ منسوخ ہویا ویلا: ⁨{when}⁩۔",
  staffWords: "⁨{name}⁩ ولوں سنیہا، انگریزی وچ، جیویں لکھیا گیا:",
  noticeCancelNext: "اگے کیہ ہووے گا، ایس بارے اسیں تہاڈے نال رابطہ کراں گے۔ ہݨ تہانوں کجھ کرن دی لوڑ نہیں۔",
  noticeWithdrawSubject: "⁨{school}⁩ ولوں میٹنگ دے ویلے ہݨ موجود نہیں",
  noticeWithdrawn:
    "جیہڑے میٹنگ دے ویلے اسیں دتے سن اوہ ہݨ موجود نہیں، ایس لئی مہربانی کر کے کوئی نہ چݨو۔ کسے وی پریشانی لئی سانوں افسوس اے، تے اسیں تہاڈے نال رابطہ کراں گے۔",
  noticeChaseSubject: "یاد دہانی: ⁨{school}⁩ ولوں میٹنگ دے ویلے",
  noticeChase:
    "اسیں دتے میٹنگ دے ویلیاں بارے فیر لکھ رہے آں۔ اسیں جاننا چاہواں گے کہ کیہڑا ویلا تہاڈے لئی ٹھیک اے، یا کیہ بہتر رہے گا۔ ایس وچ بس اک منٹ لگدا اے۔",
  noticeMoved:
    "سانوں اپنی میٹنگ دا ویلا بدلنا پوے گا۔ ہݨ والا ویلا: ⁨{when}⁩۔ جدوں تک تسیں ہیٹھاں دتے نویں ویلیاں وچوں اک نہیں چݨدے، میٹنگ ایسے ویلے پکی رہے گی۔",
};

/** The email when something a family asked for cannot be arranged. */
export const followUp: Words<"followUp"> = {
  subject: "{date} دی ملاقات بارے",
  greeting: "السلام علیکم {name}،",
  intro: "ایہ دسن لئی شکریہ کہ {when} دی ملاقات وچ تہاڈی کس شے نال مدد ہووے گی۔",
  notPossible: "سانوں افسوس اے۔ اسیں ایہدا انتظام نہیں کر سکدے: {adjustment}۔",
  staffWords: "{staff} دا سنیہا، انگریزی وچ:",
  next: "جے تسیں ایس بارے گل کرنا چاہندے او، یا کوئی ہور شے مدد کرے گی، تاں ایس ای میل دا جواب دیو یا سانوں {phone} تے فون کرو۔",
  signOff: "نیک خواہشاں نال،",
};

/** The agenda, its update and the reminder. */
export const agenda: Words<"agenda"> = {
  title: "ساڈی میٹنگ دا ایجنڈا",
  when: "کدوں: {when}",
  whereRoom: "کتھے: {room}، سکول وچ",
  whereOnline: "کتھے: آن لائن، Microsoft Teams تے",
  whereRoomOrOnline: "کتھے: {room}، سکول وچ، یا آن لائن Microsoft Teams تے",
  length: "میٹنگ {n, plural, one {# منٹ} other {# منٹ}} دی اے۔",
  whoHeading: "کون آ رہیا اے",
  whoStaff: "{name}، {role}: {why}",
  whoCarer: "{name}، ٹبر",
  whoSupporter: "{name} ({relationship})، {carer} دی مدد لئی آ رہے نیں",
  whySenco: "سکول وچ ودھیک مدد دی یوجنا بناندے تے جانچدے نیں",
  whyClassTeacher: "تہاڈے بچے نوں ہر روز پڑھاندے نیں",
  whyGuidance: "تہاڈے بچے دی بھلائی دا دھیان رکھدے نیں تے تہاڈے نال اگے دی یوجنا بناندے نیں",
  whyPupilSupport: "کلاس وچ ہر روز تہاڈے بچے دی مدد کردے نیں",
  whyPastoral: "سکول وچ بچیاں دی بھلائی دا دھیان رکھدے نیں",
  whyHead: "سکول دی اگوائی کردے نیں تے تبدیلیاں منظور کر سکدے نیں",
  whyEal: "انگریزی سکھن والے بچیاں دی مدد کردے نیں",
  whyOther: "سکول وچ تہاڈے بچے نال کم کردے نیں",
  itemsHeading: "اسیں کس بارے گل کراں گے",
  itemLine: "{title} ({n, plural, one {# منٹ} other {# منٹ}}، اگوائی: {lead})",
  familyItem: "{carer} ایس بارے گل کرنا چاہندے نیں، اپنے لفظاں وچ: {text}",
  schoolWords: "سکول دے لفظاں وچ، انگریزی وچ: {text}",
  leadFamily: "تسیں",
  leadChild: "تہاڈا بچہ، جے اوہ چاہوے",
  leadEveryone: "سارے",
  prefsHeading: "تسیں سانوں کی دسیا",
  speakFirst: "تسیں پہلاں بولنا چاہندے او۔ اسیں سٹاف توں پہلاں تہاڈی گل سناں گے۔",
  speakAfter: "تسیں پہلاں سٹاف دی گل سننا چاہندے او۔ تسیں اوہناں توں بعد بولو گے۔",
  breaks: "اسیں اک چھوٹی چھٹی کراں گے۔ جے تہانوں ہور چاہیدی اے تاں دسو۔",
  adjustHeading: "اسیں تہاڈے لئی کی انتظام کر رہے آں",
  adjInterpreterFor: "اک ترجمان ({language})",
  supporterSend: "{name} تہاڈے نال آ رہے نیں۔ اسیں اوہناں نوں وی ایہہ ایجنڈا بھیجاں گے۔",
  supporterShare:
    "{name} تہاڈے نال آ رہے نیں۔ تسیں آکھیا کہ اسیں اوہناں نوں کاغذ وکھا سکدے آں، ایس لئی مہربانی کر کے ایہہ ایجنڈا اوہناں نوں دے دیو۔",
  supporterNoShare: "{name} تہاڈے نال آ رہے نیں۔ اسیں اوہناں نوں کاغذ نہیں وکھاواں گے۔",
  contact: "کی تسیں کجھ جوڑنا چاہندے او؟ ایس ای میل دا جواب دیو یا {phone} تے فون کرو۔",
  greeting: "پیارے {name}،",
  sendSubject: "{when} نوں ساڈی میٹنگ دا ایجنڈا",
  sendIntro: "ایہہ ساڈی میٹنگ دا ایجنڈا اے۔ ایہہ اک دستاویز دے طور تے وی نال لگا اے جنہوں تسیں چھاپ سکدے او۔",
  changeSubject: "{when} نوں ساڈی میٹنگ دے ایجنڈے وچ تبدیلی",
  changeIntro: "اسیں ایجنڈا بدلیا اے۔ ایہہ بدلیا اے:",
  changeAdded: "جوڑیا: {title}",
  changeRemoved: "ہٹایا: {title}",
  changeChanged: "بدلیا: {title}",
  changeReason: "کیوں، سکول دے لفظاں وچ (انگریزی وچ):",
  changeAttached: "نواں ایجنڈا نال لگا اے۔",
  reminderSubject: "یاد دہانی: کل ساڈی میٹنگ، {when}",
  reminderIntro: "ایہہ کل ساڈی میٹنگ دی اک دوستانہ یاد دہانی اے۔",
  reminderCantCome:
    "جے تسیں نہیں آ سکدے، تاں مہربانی کر کے ایس ای میل دا جواب دیو یا {phone} تے فون کرو۔ اسیں کوئی ہور ویلا لبھ سکدے آں۔",
  signOff: "نیک خواہشاں نال،",
  movedSubject: "ساڈی میٹنگ {when} تے بدل گئی اے: ایجنڈا",
  movedIntro: "ساڈی میٹنگ نویں ویلے تے بدل گئی اے: {when}۔ نویں ویلے لئی ایجنڈا فیر ایہہ اے۔",
};

/** The built-in agenda items. */
export const agendaItems: Words<"agendaItems"> = {
  welcome: "جی آیاں نوں تے جان پچھان",
  strengths: "کی چنگا چل رہیا اے: خوبیاں تے دلچسپیاں",
  familyViews: "تہاڈے وچار",
  childViews: "تہاڈے بچے دے وچار",
  progress: "پچھلی میٹنگ توں بعد کیویں رہیا",
  assess: "اسیں کی جاندے آں کہ تہاڈا بچہ کیویں کر رہیا اے",
  plan: "جس مدد دی اسیں یوجنا بناندے آں، تے اوہدے توں کی امید اے",
  doSupport: "مدد روز دی روز کیویں کم کر رہی اے",
  review: "کی ایہہ کم کر رہیا اے؟ کی بدلنا چاہیدا اے؟",
  planTargets: "یوجنا دے ٹیچیاں تے اتفاق",
  cspObjectives: "تال میل والی مدد یوجنا دے ٹیچے",
  cspSupport: "مدد، تے کون دیندا اے",
  ehcpOutcomes: "یوجنا دے نتیجیاں ول ترقی",
  ehcpProvision: "کی یوجنا وچ دتی مدد ہُن وی ٹھیک اے؟",
  ehcpChanges: "کونسل توں منگن والیاں تبدیلیاں",
  transitionMove: "بدلاؤ: کی بدلے گا، تے کدوں",
  transitionSupport: "بدلاؤ لئی دورے، جانکاری تے مدد",
  adulthood: "اگے دی سوچ: پڑھائی، دوست، صحت تے خود مختاری",
  concernsShared: "ساڈے وچوں ہر اک نے کی ویکھیا اے",
  whatMightHelp: "کی مدد کر سکدا اے",
  nextSteps: "اسیں کی طے کردے آں: کون کی کرے گا، تے کدوں تک",
  nextMeeting: "اسیں اگلی وار کدوں ملاں گے",
  breakTime: "اک چھوٹی چھٹی",
};

/** The meeting summary: its email and its document. */
export const summary: Words<"summary"> = {
  title: "ساڈی میٹنگ دے نوٹس",
  subject: "{date} دی ساڈی میٹنگ دے نوٹس",
  subjectCorrection: "{date} دی ساڈی میٹنگ دے ٹھیک کیتے نوٹس (روپ {version})",
  greeting: "پیارے {name}،",
  intro:
    "{date} نوں ساڈے نال ملن دا شکریہ۔ ایہناں نوٹساں وچ لکھیا اے کہ اسیں کس بارے گل کیتی تے کیہ طے کیتا۔ ایہو نوٹس ایس ای میل نال لگے دستاویز وچ وی نیں۔",
  correctionIntro: "اسیں ایہ نوٹس ٹھیک کیتے نیں۔ ایہ روپ {version} اے۔ کیہ بدلیا:",
  staffLabel: "{name} نے لکھیا، انگریزی وچ:",
  attendance: "کون حاضر سی",
  present: "میٹنگ وچ آئے",
  apologies: "نئیں آ سکے",
  h_strengths: "کیہ چنگا چل رہیا اے",
  h_familyViews: "ٹبر نے سانوں کیہ دسیا",
  h_childViews: "بچے نے سانوں کیہ دسیا",
  h_childViewsHow: "اسیں بچے توں کیویں پچھیا",
  h_discussed: "اسیں کس بارے گل کیتی",
  h_agreed: "اسیں کیہ طے کیتا، تے کیوں",
  h_notAgreed: "کس گل تے اتفاق نئیں ہویا",
  h_actions: "کون کیہ کرے گا",
  h_contacts: "کس نال رابطہ کرنا اے",
  h_next: "اگلی میٹنگ",
  h_rights: "جے تسیں متفق نئیں",
  colWhat: "کیہ",
  colWho: "کون",
  colBy: "کدوں تک",
  yourActions: "جو کم تسیں کرنے منے",
  nextDate: "ساڈی اگلی میٹنگ {date} نوں ہووے گی۔",
  nextToArrange: "اسیں تہاڈے نال اگلی میٹنگ دی تریخ طے کراں گے۔",
  dueNone: "اجے کوئی تریخ نئیں",
  rightsIntro:
    "تسیں سانوں ایہ نوٹس ٹھیک کرن لئی کہہ سکدے او۔ جے تسیں اپنے بچے دی مدد بارے کسے فیصلے نال متفق نئیں، تے تسیں سکول توں وکھری مفت مدد لے سکدے او:",
  answerInvite:
    "مہربانی کر کے سانوں دسو کہ ایہ نوٹس ٹھیک نیں، یا ایہناں نوں ٹھیک کرن لئی کہو۔ اسیں ایہ وی جاننا چاہندے آں: کیہ تہانوں لگیا کہ تہاڈی گل سنی گئی؟",
  answerLink: "ایتھے جواب دیو",
  signoff: "نیک خواہشاں نال،",
  phone: "تسیں سکول نوں {phone} تے فون کر سکدے او۔",
  r_enquire: "Enquire: سکھن لئی وادھو مدد بارے سکاٹ لینڈ دی مفت صلاح سروس۔",
  r_mediationSc: "ثالثی: اک آزاد بندے نال مفت ملاقات، جو تہانوں تے سکول نوں متفق ہون وچ مدد دیندا اے۔",
  r_disputeSc: "جھگڑے دا حل: اک آزاد بندہ اختلاف نوں ویکھدا اے تے دسدا اے کہ کیہ ہونا چاہیدا اے۔",
  r_tribunalSc:
    "ٹریبونل (Health and Education Chamber): کجھ فیصلیاں، جیویں رلی ملی مدد دی سکیم (CSP)، خلاف تسیں اپیل کر سکدے او۔",
  r_sendiass: "SENDIASS: SEND بارے مفت تے آزاد صلاح لئی تہاڈی مقامی سروس۔",
  r_mediationEn: "ثالثی: EHC پلان بارے اپیل توں پہلاں اک آزاد بندے نال مفت ملاقات۔",
  r_disagreementEn:
    "اختلاف دا حل: اک مفت، آزاد سروس جو تہانوں تے سکول یا کونسل نوں متفق ہون وچ مدد دیندی اے۔",
  r_tribunalEn:
    "First-tier Tribunal (SEND): EHC جانچ یا پلان بارے کونسل دے کجھ فیصلیاں خلاف تسیں اپیل کر سکدے او۔",
  yourAction: "تسیں: {what}، {date} تک",
  yourActionNoDate: "تسیں: {what} (اجے کوئی تریخ نئیں)",
  youOwner: "تسیں ({name})",
  actionsWritten:
    "{name} نے انگریزی وچ لکھیا کہ کون کیہ کرے گا۔ ایہہ اوویں ای وکھایا گیا اے جیویں لکھیا گیا۔",
};

/** A summary's easy-read copy: short sentences, one idea to a line, headings as questions. */
export const easyRead: Words<"easyRead"> = {
  intro: "ایہناں نوٹساں وچ لکھیا اے کہ اسیں میٹنگ وچ کس بارے گل کیتی۔",
  met: "اسیں {date} نوں ملے۔",
  changed: "اسیں ایہہ نوٹس بدلے نیں۔",
  changedVersion: "ایہہ ورژن {version} اے۔",
  changedWhat: "ایہہ بدلیا اے:",
  h_attendance: "میٹنگ وچ کون آیا؟",
  came: "{name} آئے۔",
  apologies: "{name} نئیں آ سکے۔",
  h_strengths: "کیہ چنگا چل رہیا اے؟",
  h_familyViews: "تہاڈے ٹبر نے سانوں کیہ دسیا؟",
  h_childViews: "تہاڈے بچے نے سانوں کیہ دسیا؟",
  h_childViewsHow: "اسیں تہاڈے بچے توں کیویں پچھیا؟",
  h_discussed: "اسیں کس بارے گل کیتی؟",
  h_agreed: "اسیں کیہ طے کیتا؟ کیوں؟",
  h_notAgreed: "کس گل تے اتفاق نئیں ہویا؟",
  h_actions: "کون کیہ کرے گا؟",
  h_contacts: "تسیں کس نال گل کر سکدے او؟",
  h_next: "اگلی میٹنگ کدوں اے؟",
  h_rights: "جے تسیں متفق نئیں تے کیہ کرو؟",
  wrote: "{name} نے ایہہ انگریزی وچ لکھیا:",
  empty: "اسیں ایتھے کجھ نئیں لکھیا۔",
  willDo: "{name} ایہہ کرن گے:",
  youDo: "تسیں ایہہ کرو گے:",
  due: "کدوں تک: {date}۔",
  dueNone: "کدوں تک: اسیں تریخ چناں گے۔",
  nextDate: "اسیں فیر {date} نوں ملاں گے۔",
  nextToArrange: "اسیں تہاڈے نال تریخ چناں گے۔",
  rightsChange: "تسیں سانوں ایہہ نوٹس بدلن لئی کہہ سکدے او۔",
  rightsHelp: "تسیں مفت مدد لے سکدے او۔",
  rightsWho: "ایہہ لوک سکول لئی کم نئیں کردے:",
};
