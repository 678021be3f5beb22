import type { ConfirmationText } from "../confirmationText";
import type { NoticeText } from "../noticeText";
import type { OfferEmailText } from "../offerEmailText";

/**
 * Wraps a name, number, time or English phrase in Unicode isolates, so inside right-to-left text
 * it keeps its own order and its trailing punctuation stays where it belongs.
 */
const isolate = (text: string): string => `\u2068${text}\u2069`;

/** Arabic. The purpose and room are staff's own words, so each follows a label. */
export const AR_OFFER_EMAIL: OfferEmailText = {
  subject: (school) => `مواعيد اجتماع من ${isolate(school)}`,
  greeting: (name) => `مرحبًا ${isolate(name)}،`,
  why: (purpose) =>
    `نودّ أن نلتقي بك. سبب الاجتماع: ${isolate(purpose)}. أنت تعرف طفلك أكثر من أي أحد، ونريد أن نسمع رأيك.`,
  who: "من سيحضر:",
  times: "هذه المواعيد تناسب جميع الحاضرين. يرجى اختيار الموعد الذي يناسبك أكثر:",
  format: {
    inPerson: "سنلتقي في المدرسة.",
    online: "سنلتقي عبر الإنترنت على Microsoft Teams. سنرسل لك رابطًا.",
    hybrid: "يمكنك الحضور إلى المدرسة أو الانضمام عبر الإنترنت على Microsoft Teams، كما يناسبك.",
  },
  choose: "اختر موعدًا",
  noneWork: "إذا لم يناسبك أي من هذه المواعيد، يمكنك في الصفحة نفسها أن تخبرنا بالأيام والأوقات التي تناسبك.",
  rightsTitle: "قبل الاجتماع",
  supporter: "يمكنك أن تُحضر شخصًا معك: صديقًا أو قريبًا أو مناصرًا.",
  adjustments:
    "أخبرنا إذا كان هناك ما يسهّل عليك الاجتماع: مترجم فوري، أو مدخل بلا درج، أو حلقة سمعية لضعاف السمع، أو أوراق بخط كبير، أو المشاركة عبر الإنترنت، أو اجتماع أطول.",
  advice: {
    scotland: `للحصول على استشارة مجانية ومستقلة يمكنك التواصل مع Enquire، وهي الخدمة الاسكتلندية للاستشارة حول الدعم الإضافي للتعلّم: ${isolate("0345 123 2303, enquire.org.uk")}.`,
    england: `للحصول على استشارة مجانية ومستقلة يمكنك التواصل مع خدمة ${isolate("SEND Information, Advice and Support Service (SENDIASS)")} المحلية.`,
  },
  contact: (school, phone) =>
    `إذا كانت لديك أسئلة، ردّ على هذه الرسالة أو اتصل بالمدرسة ${isolate(school)} على الرقم ${isolate(phone)}.`,
  plainReply: "يمكنك أيضًا أن تردّ على هذه الرسالة ببساطة، مثلًا: «الثلاثاء مناسب لي».",
  signOff: "مع أطيب التمنيات،",
};

export const AR_CONFIRMATION: ConfirmationText = {
  subject: (school) => `تم حجز اجتماعك مع ${isolate(school)}`,
  greeting: (name) => `مرحبًا ${isolate(name)}،`,
  booked: (when) => `شكرًا لك. تم حجز اجتماعك. الموعد: ${isolate(when)}.`,
  where: (place) => `مكان الاجتماع: ${isolate(place)}.`,
  online: "ستنضم إلى الاجتماع عبر الإنترنت على Microsoft Teams، من خلال الرابط أدناه.",
  orOnline:
    "يمكنك الحضور إلى المدرسة، أو الانضمام عبر الإنترنت على Microsoft Teams إن كنت تفضّل ذلك، من خلال الرابط أدناه.",
  join: "انضم إلى الاجتماع",
  adjustments: "نحن نرتّب ما طلبته:",
  supporter: (name) => `يسعدنا أن يأتي ${isolate(name)} معك.`,
  papers: "سنرسل لك جدول الأعمال وأي أوراق قبل الاجتماع.",
  notAnswered:
    "لم يصلنا ردّك بعد، ويسعدنا كثيرًا أن تحضر. إذا كنت تحتاج إلى أي شيء يسهّل عليك الاجتماع، أو تفضّل الانضمام عبر الإنترنت، فما عليك إلا أن تردّ على هذه الرسالة.",
  otherTime:
    "نعلم أن هذا الموعد قد لا يكون الموعد الذي كنت ستختاره. إذا لم تستطع الحضور، ردّ على هذه الرسالة وسنجد طريقة لتشارك في الاجتماع.",
  change: (school, phone) =>
    `إذا احتجت إلى تغيير الموعد، ردّ على هذه الرسالة أو اتصل بالمدرسة ${isolate(school)} على الرقم ${isolate(phone)}.`,
  signOff: "مع أطيب التمنيات،",
};

/** Arabic notices. The date follows a label, and every embedded value is isolated. */
export const AR_NOTICE: NoticeText = {
  cancelSubject: (school) => `تم إلغاء اجتماعك مع ${isolate(school)}`,
  cancelled: (when) => `نأسف لإبلاغك بأن الاجتماع قد أُلغي. موعد الاجتماع الملغى: ${isolate(when)}.`,
  staffWords: (name) => `رسالة من ${isolate(name)}، كما كُتبت دون تغيير:`,
  cancelNext: "سنتواصل معك بشأن الخطوات التالية. لا يُطلب منك أي شيء الآن.",
  withdrawSubject: (school) => `مواعيد الاجتماع من ${isolate(school)} لم تعد متاحة`,
  withdrawn:
    "مواعيد الاجتماع التي عرضناها عليك لم تعد متاحة، لذا يرجى عدم اختيار أي منها. نعتذر عن أي إزعاج، وسنتواصل معك.",
  chaseSubject: (school) => `تذكير: مواعيد اجتماع من ${isolate(school)}`,
  chase:
    "نكتب إليك مرة أخرى بخصوص مواعيد الاجتماع التي عرضناها. يسعدنا أن نعرف أي موعد يناسبك، أو ما الذي قد يناسبك أكثر. لن يستغرق ذلك سوى دقيقة.",
  moved: (when) =>
    `نحتاج إلى تغيير موعد اجتماعنا. الموعد الحالي: ${isolate(when)}. يبقى الاجتماع محجوزًا في هذا الموعد إلى أن تختار أحد المواعيد الجديدة أدناه.`,
  contact: (school, phone) =>
    `إذا كانت لديك أسئلة، ردّ على هذه الرسالة أو اتصل بالمدرسة ${isolate(school)} على الرقم ${isolate(phone)}.`,
};
