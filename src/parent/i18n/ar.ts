import { adjustmentLabels } from "../../domain/adjustments/adjustmentLabels";
import { ADJUSTMENT_CODES } from "../../domain/replies/replyAnswer";
import { isolate, type Strings } from "./strings";

const adjustments: Strings["adjustments"] = adjustmentLabels(ADJUSTMENT_CODES, "ar");

export const ar: Strings = {
  title: (school) => `اختر موعد الاجتماع – ${isolate(school)}`,
  heading: "اختر موعدًا للاجتماع",
  greeting: (school) => `مرحبًا. تودّ ${isolate(school)} أن تلتقي بك بخصوص طفلك. شكرًا لك على تخصيص وقت لذلك.`,
  whyHeading: "سبب الاجتماع",
  whoHeading: "من سيحضر",
  formatHeading: "كيف سنلتقي",
  formats: {
    inPerson: "حضوريًا، في المدرسة.",
    online: "عبر الإنترنت، بمكالمة فيديو. سنرسل لك رابطًا.",
    hybrid: "في المدرسة أو عبر الإنترنت بمكالمة فيديو. يمكنك الاختيار.",
  },

  rightsHeading: "من المفيد أن تعرف",
  rightViews: "رأيك مهم. أنت تعرف طفلك أكثر من أي أحد، ونريد أن نسمع منك.",
  rightSupporter: "يمكنك أن تُحضر شخصًا معك. قد يكون صديقًا أو فردًا من العائلة أو مناصرًا.",
  rightAdjustments: "يمكنك أن تطلب ما يسهّل عليك المشاركة في الاجتماع، مثل مترجم فوري أو غرفة هادئة.",
  adviceHeading: "استشارة مجانية ومستقلة",
  adviceScotland: "تقدّم Enquire للعائلات استشارة مجانية ومستقلة حول دعم التعلّم في اسكتلندا.",
  adviceEngland:
    "تقدّم خدمة SEND Information, Advice and Support Service (SENDIASS) المحلية للعائلات استشارة مجانية ومحايدة. ابحث على الإنترنت عن SENDIASS واسم منطقتك.",
  phone: "الهاتف",
  website: "الموقع الإلكتروني",
  email: "البريد الإلكتروني",

  timesLegend: "أي موعد يناسبك؟",
  timesZone: (zone) => `هذه المواعيد بتوقيت: ${isolate(zone)}.`,
  slotPassed: "مضى هذا الموعد",
  noneWork: "لا يناسبني أي من هذه المواعيد",
  availabilityLabel: "ما الأيام والأوقات التي تناسبك؟",
  availabilityHint: "مثلًا: صباح الثلاثاء أو الخميس، لكن ليس في العطلة المدرسية.",

  adjustmentsLegend: "هل هناك ما يساعدك على المشاركة؟",
  adjustmentsHint: "اختر كل ما تحتاجه. لست مضطرًا لاختيار أي شيء.",
  adjustments,
  interpreterLanguage: "ما اللغة؟",
  otherNeeds: "هل تحتاج شيئًا آخر؟",

  supporterLegend: "إحضار شخص معك",
  supporterHint: "أخبرنا إذا كان أحد سيأتي معك. يمكنك ترك هذا فارغًا.",
  supporterName: "اسم الشخص",
  supporterRelationship: "صلته بك",
  supporterRelationshipHint: "مثلًا: صديق، جدّة، مناصر.",
  sharePapers: "يمكن للمدرسة أن ترسل له أوراق الاجتماع",

  speakingLegend: "في الاجتماع، متى تحب أن تتكلم؟",
  speakingHint: "بعض الناس يحبون أن يتكلموا أولًا. وآخرون يحبون أن يسمعوا موظفي المدرسة أولًا.",
  speaking: {
    first: "أودّ أن أتكلم أولًا",
    after: "أودّ أن أتكلم بعد موظفي المدرسة",
    noPreference: "لا يهمّني",
  },

  message: "رسالة إلى المدرسة",
  optional: "(اختياري)",
  send: "أرسل إجابتي",

  errorSummary: "يرجى مراجعة إجابتك. بعض الأجزاء تحتاج إلى تصحيح.",
  errChooseTime: "اختر موعدًا، أو اختر «لا يناسبني أي من هذه المواعيد».",
  errAvailability: "أخبرنا ما الأيام والأوقات التي تناسبك.",
  errInterpreterLanguage: "أخبرنا بأي لغة يجب أن يتكلم المترجم.",
  errSupporterName: "اكتب اسم الشخص الذي سيأتي معك.",

  sentHeading: "شكرًا لك",
  sentEmail: "يجب أن يُفتح الآن تطبيق البريد الإلكتروني وفيه إجابتك. يرجى الضغط على «إرسال» في تطبيق البريد.",
  youChose: (time) => `اخترت: ${isolate(time)}.`,
  youChoseNone: "أخبرتنا أن أيًّا من المواعيد لا يناسبك.",
  nextHeading: "ماذا سيحدث بعد ذلك",
  nextChosen: "ستتحقق المدرسة من أن الموعد ما زال متاحًا. ثم سترسل لك دعوة بالبريد الإلكتروني.",
  nextNone: "ستنظر المدرسة في الأيام والأوقات التي ذكرتها. ثم ستقترح عليك مواعيد جديدة.",
  noEmailApp: (email) =>
    `إذا لم يُفتح تطبيق البريد، انسخ إجابتك وأرسلها بالبريد الإلكتروني إلى ${isolate(email)}.`,
  openEmailAgain: "افتح البريد مرة أخرى",
  copy: "انسخ إجابتي",
  copied: "تم النسخ. يمكنك الآن لصق إجابتك في رسالة بريد إلكتروني.",
  copyFailed: "تعذّر النسخ. يرجى تحديد النص أدناه ونسخه.",
  answerText: "إجابتك",
  shortened:
    "كانت رسالتك أطول من أن تُرسل عبر رابط البريد، لذلك تحتوي الرسالة على نسخة أقصر. الإجابة الكاملة في المربع أدناه، ويمكنك نسخها.",
  changeAnswer: "غيّر إجابتي",

  questions: (school) => `هل لديك أسئلة؟ تواصل مع ${isolate(school)}.`,
  reference: (ref) => `الرقم المرجعي: ${isolate(ref)}`,

  expiredHeading: "انتهت صلاحية هذا الرابط",
  expiredBody: "المواعيد في هذا الرابط لم تعد متاحة. يرجى التواصل مع المدرسة، وستقترح عليك مواعيد جديدة.",
  brokenHeading: "هذا الرابط لا يعمل",
  brokenBody:
    "ربما فُقد جزء من الرابط أو تغيّر. يرجى الرد على رسالة المدرسة وإخبارهم بالأيام والأوقات التي تناسبك.",
  emailSchool: "راسل المدرسة",

  reply: {
    reference: "الرقم المرجعي",
    choice: "الموعد المختار",
    noneWork: "لا يناسبني أي من هذه المواعيد",
    availability: "ما يناسبني",
    adjustments: "أحتاج إلى",
    adjustment: adjustments,
    interpreterFor: (language) => `مترجم فوري (${language})`,
    otherNeeds: "احتياجات أخرى",
    supporter: "الشخص المرافق",
    supporterText: (s) =>
      `${s.name}${s.relationship.trim() ? ` (${s.relationship})` : ""} – يمكن إرسال الأوراق إليه: ${s.sharePapers ? "نعم" : "لا"}`,
    speakingOrder: "متى أريد أن أتكلم",
    speaking: { first: "أولًا", after: "بعد موظفي المدرسة" },
    message: "رسالة",
  },
};
