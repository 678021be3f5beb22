import type { EmailMessages } from "./emailMessages";

/** The emails' words (offer, confirmation, notices). Arabic. */
export const messages: EmailMessages = {
  greeting: "مرحبًا ⁨{name}⁩،",
  signOff: "مع أطيب التمنيات،",
  contact: "إذا كانت لديك أسئلة، ردّ على هذه الرسالة أو اتصل بالمدرسة ⁨{school}⁩ على الرقم ⁨{phone}⁩.",
  offerSubject: "مواعيد اجتماع من ⁨{school}⁩",
  offerWhy: "أنت تعرف طفلك أكثر من أي أحد، ونريد أن نسمع رأيك.",
  offerWho: "من سيحضر:",
  offerTimes: "هذه المواعيد تناسب جميع الحاضرين. يرجى اختيار الموعد الذي يناسبك أكثر:",
  offerFormatInPerson: "سنلتقي في المدرسة.",
  offerFormatOnline: "سنلتقي عبر الإنترنت على Microsoft Teams. سنرسل لك رابطًا.",
  offerFormatHybrid: "يمكنك الحضور إلى المدرسة أو الانضمام عبر الإنترنت على Microsoft Teams، كما يناسبك.",
  offerChoose: "اختر موعدًا",
  offerNoneWork:
    "إذا لم يناسبك أي من هذه المواعيد، يمكنك في الصفحة نفسها أن تخبرنا بالأيام والأوقات التي تناسبك.",
  offerRightsTitle: "قبل الاجتماع",
  offerSupporter: "يمكنك أن تُحضر شخصًا معك: صديقًا أو قريبًا أو مناصرًا.",
  offerAdjustments:
    "أخبرنا إذا كان هناك ما يسهّل عليك الاجتماع: مترجم فوري، أو مدخل بلا درج، أو حلقة سمعية لضعاف السمع، أو أوراق بخط كبير، أو المشاركة عبر الإنترنت، أو اجتماع أطول.",
  offerAdviceScotland:
    "للحصول على استشارة مجانية ومستقلة يمكنك التواصل مع Enquire، وهي الخدمة الاسكتلندية للاستشارة حول الدعم الإضافي للتعلّم: ⁨0345 123 2303, enquire.org.uk⁩.",
  offerAdviceEngland:
    "للحصول على استشارة مجانية ومستقلة يمكنك التواصل مع خدمة ⁨SEND Information, Advice and Support Service (SENDIASS)⁩ المحلية.",
  offerPlainReply: "يمكنك أيضًا أن تردّ على هذه الرسالة ببساطة، مثلًا: «الثلاثاء مناسب لي».",
  confirmationSubject: "تم حجز اجتماعك مع ⁨{school}⁩",
  confirmationBooked: "شكرًا لك. تم حجز اجتماعك. الموعد: ⁨{when}⁩.",
  confirmationWhere: "مكان الاجتماع: ⁨{place}⁩.",
  confirmationOnline: "ستنضم إلى الاجتماع عبر الإنترنت على Microsoft Teams، من خلال الرابط أدناه.",
  confirmationOrOnline:
    "يمكنك الحضور إلى المدرسة، أو الانضمام عبر الإنترنت على Microsoft Teams إن كنت تفضّل ذلك، من خلال الرابط أدناه.",
  confirmationJoin: "انضم إلى الاجتماع",
  confirmationAdjustments: "نحن نرتّب ما طلبته:",
  confirmationSupporter: "يسعدنا أن يأتي ⁨{name}⁩ معك.",
  confirmationPapers: "سنرسل لك جدول الأعمال وأي أوراق قبل الاجتماع.",
  confirmationNotAnswered:
    "لم يصلنا ردّك بعد، ويسعدنا كثيرًا أن تحضر. إذا كنت تحتاج إلى أي شيء يسهّل عليك الاجتماع، أو تفضّل الانضمام عبر الإنترنت، فما عليك إلا أن تردّ على هذه الرسالة.",
  confirmationOtherTime:
    "نعلم أن هذا الموعد قد لا يكون الموعد الذي كنت ستختاره. إذا لم تستطع الحضور، ردّ على هذه الرسالة وسنجد طريقة لتشارك في الاجتماع.",
  confirmationChange:
    "إذا احتجت إلى تغيير الموعد، ردّ على هذه الرسالة أو اتصل بالمدرسة ⁨{school}⁩ على الرقم ⁨{phone}⁩.",
  noticeCancelSubject: "تم إلغاء اجتماعك مع ⁨{school}⁩",
  noticeCancelled: "نأسف لإبلاغك بأن الاجتماع قد أُلغي. موعد الاجتماع الملغى: ⁨{when}⁩.",
  staffWords: "رسالة من ⁨{name}⁩، باللغة الإنجليزية كما كُتبت:",
  noticeCancelNext: "سنتواصل معك بشأن الخطوات التالية. لا يُطلب منك أي شيء الآن.",
  noticeWithdrawSubject: "مواعيد الاجتماع من ⁨{school}⁩ لم تعد متاحة",
  noticeWithdrawn:
    "مواعيد الاجتماع التي عرضناها عليك لم تعد متاحة، لذا يرجى عدم اختيار أي منها. نعتذر عن أي إزعاج، وسنتواصل معك.",
  noticeChaseSubject: "تذكير: مواعيد اجتماع من ⁨{school}⁩",
  noticeChase:
    "نكتب إليك مرة أخرى بخصوص مواعيد الاجتماع التي عرضناها. يسعدنا أن نعرف أي موعد يناسبك، أو ما الذي قد يناسبك أكثر. لن يستغرق ذلك سوى دقيقة.",
  noticeMoved:
    "نحتاج إلى تغيير موعد اجتماعنا. الموعد الحالي: ⁨{when}⁩. يبقى الاجتماع محجوزًا في هذا الموعد إلى أن تختار أحد المواعيد الجديدة أدناه.",
};
