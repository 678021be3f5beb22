import type { MessageTable } from "../i18n/messages";

/**
 * Every fixed text a family reads in a meeting summary (its email and its document), in every
 * family language. Plain words, short sentences. What staff wrote is never translated: it is shown
 * as written, under `staffLabel`.
 */
export type SummaryMessageKey =
  | "title"
  | "subject"
  | "subjectCorrection"
  | "greeting"
  | "intro"
  | "correctionIntro"
  | "staffLabel"
  | "attendance"
  | "present"
  | "apologies"
  | "h_strengths"
  | "h_familyViews"
  | "h_childViews"
  | "h_childViewsHow"
  | "h_discussed"
  | "h_agreed"
  | "h_notAgreed"
  | "h_actions"
  | "h_contacts"
  | "h_next"
  | "h_rights"
  | "colWhat"
  | "colWho"
  | "colBy"
  | "yourActions"
  | "yourAction"
  | "yourActionNoDate"
  | "youOwner"
  | "actionsWritten"
  | "nextDate"
  | "nextToArrange"
  | "dueNone"
  | "rightsIntro"
  | "answerInvite"
  | "answerLink"
  | "signoff"
  | "phone"
  | "r_enquire"
  | "r_mediationSc"
  | "r_disputeSc"
  | "r_tribunalSc"
  | "r_sendiass"
  | "r_mediationEn"
  | "r_disagreementEn"
  | "r_tribunalEn";

export const SUMMARY_MESSAGES: MessageTable<SummaryMessageKey> = {
  en: {
    title: "Notes from our meeting",
    subject: "Notes from our meeting on {date}",
    subjectCorrection: "Corrected notes from our meeting on {date} (version {version})",
    greeting: "Dear {name},",
    intro:
      "Thank you for meeting with us on {date}. These notes say what we talked about and what we agreed. The same notes are in the document attached to this email.",
    correctionIntro: "We have corrected these notes. This is version {version}. What changed:",
    staffLabel: "Written by {name}, in English:",
    attendance: "Who was there",
    present: "Came to the meeting",
    apologies: "Could not come",
    h_strengths: "What is going well",
    h_familyViews: "What the family told us",
    h_childViews: "What the child told us",
    h_childViewsHow: "How we asked the child",
    h_discussed: "What we talked about",
    h_agreed: "What we agreed, and why",
    h_notAgreed: "What we did not agree",
    h_actions: "Who will do what",
    h_contacts: "Who to contact",
    h_next: "The next meeting",
    h_rights: "If you disagree",
    colWhat: "What",
    colWho: "Who",
    colBy: "By when",
    yourActions: "Things we agreed you would do",
    yourAction: "You: {what}, by {date}",
    yourActionNoDate: "You: {what} (no date yet)",
    youOwner: "You ({name})",
    actionsWritten: "{name} wrote what each person will do, in English. It is shown as they wrote it.",
    nextDate: "Our next meeting will be on {date}.",
    nextToArrange: "We will agree a date for the next meeting with you.",
    dueNone: "no date yet",
    rightsIntro:
      "You can ask us to change these notes. Do you disagree with what we decided? You can get free help from people who do not work for the school:",
    answerInvite:
      "Please tell us if these notes are right, or ask us to correct them. We would also like to know: did you feel listened to?",
    answerLink: "Answer here",
    signoff: "With best wishes,",
    phone: "You can phone the school on {phone}.",
    r_enquire: "Enquire: free advice in Scotland when a child needs extra help at school.",
    r_mediationSc:
      "Mediation: a free meeting. Someone from outside the school helps you and the school agree.",
    r_disputeSc:
      "Dispute resolution: someone from outside looks at what you disagree about. Then they say what should happen.",
    r_tribunalSc:
      "The Health and Education Chamber: you can ask it to look again at some choices, like a support plan (CSP).",
    r_sendiass: "SENDIASS: free advice near you when a child has SEND. They do not work for the school.",
    r_mediationEn:
      "Mediation: a free meeting with someone from outside. It comes first if you want to appeal about an EHC plan.",
    r_disagreementEn:
      "Disagreement resolution: free help from someone outside. They help you and the school or council agree.",
    r_tribunalEn:
      "The First-tier Tribunal (SEND): you can ask it to look again at some things the council decides about an EHC plan.",
  },
  pl: {
    title: "Notatki z naszego spotkania",
    subject: "Notatki z naszego spotkania {date}",
    subjectCorrection: "Poprawione notatki z naszego spotkania {date} (wersja {version})",
    greeting: "Szanowni Państwo, {name},",
    intro:
      "Dziękujemy za spotkanie {date}. W tych notatkach jest to, o czym rozmawialiśmy i co ustaliliśmy. Te same notatki są w dokumencie dołączonym do tego e-maila.",
    correctionIntro: "Poprawiliśmy te notatki. To jest wersja {version}. Co się zmieniło:",
    staffLabel: "Napisał(a) {name}, po angielsku:",
    attendance: "Kto był",
    present: "Był(a) na spotkaniu",
    apologies: "Nie mógł (mogła) przyjść",
    h_strengths: "Co idzie dobrze",
    h_familyViews: "Co powiedziała nam rodzina",
    h_childViews: "Co powiedziało nam dziecko",
    h_childViewsHow: "Jak zapytaliśmy dziecko",
    h_discussed: "O czym rozmawialiśmy",
    h_agreed: "Co ustaliliśmy i dlaczego",
    h_notAgreed: "Czego nie ustaliliśmy",
    h_actions: "Kto co zrobi",
    h_contacts: "Z kim się kontaktować",
    h_next: "Następne spotkanie",
    h_rights: "Jeśli się Państwo nie zgadzają",
    colWhat: "Co",
    colWho: "Kto",
    colBy: "Do kiedy",
    yourActions: "Co Państwo mają zrobić (tak ustaliliśmy)",
    yourAction: "Państwo: {what}. Termin: {date}",
    yourActionNoDate: "Państwo: {what} (jeszcze bez terminu)",
    youOwner: "Państwo ({name})",
    actionsWritten: "{name} napisał(a) po angielsku, kto co zrobi. Pokazujemy to tak, jak zostało napisane.",
    nextDate: "Nasze następne spotkanie będzie {date}.",
    nextToArrange: "Ustalimy z Państwem datę następnego spotkania.",
    dueNone: "bez daty",
    rightsIntro:
      "Mogą Państwo poprosić nas o poprawienie tych notatek. Jeśli nie zgadzają się Państwo z decyzją o wsparciu dziecka, mogą Państwo dostać bezpłatną pomoc spoza szkoły:",
    answerInvite:
      "Prosimy napisać, czy te notatki są dobre, albo poprosić o poprawkę. Chcemy też wiedzieć: czy czuli się Państwo wysłuchani?",
    answerLink: "Odpowiedz tutaj",
    signoff: "Z pozdrowieniami,",
    phone: "Można zadzwonić do szkoły: {phone}.",
    r_enquire: "Enquire: szkocka bezpłatna porada w sprawie dodatkowego wsparcia w nauce.",
    r_mediationSc:
      "Mediacja: bezpłatne spotkanie z niezależną osobą, która pomaga Państwu i szkole dojść do porozumienia.",
    r_disputeSc: "Rozstrzyganie sporów: niezależna osoba rozpatruje spór i mówi, co powinno się stać.",
    r_tribunalSc:
      "Trybunał (Health and Education Chamber): od niektórych decyzji, np. o planie wsparcia (CSP), można się odwołać.",
    r_sendiass: "SENDIASS: lokalna, bezpłatna i niezależna porada w sprawie SEND.",
    r_mediationEn: "Mediacja: bezpłatne spotkanie z niezależną osobą przed odwołaniem w sprawie planu EHC.",
    r_disagreementEn:
      "Rozwiązywanie nieporozumień: bezpłatna, niezależna usługa, która pomaga Państwu i szkole lub gminie się porozumieć.",
    r_tribunalEn:
      "First-tier Tribunal (SEND): od niektórych decyzji gminy w sprawie oceny lub planu EHC można się odwołać.",
  },
  ur: {
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
    yourAction: "آپ: {what}، {date} تک",
    yourActionNoDate: "آپ: {what} (ابھی کوئی تاریخ نہیں)",
    youOwner: "آپ ({name})",
    actionsWritten: "{name} نے انگریزی میں لکھا کہ کون کیا کرے گا۔ یہ ویسے ہی دکھایا گیا ہے جیسے لکھا گیا۔",
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
    r_disagreementEn:
      "اختلاف کا حل: ایک مفت، آزاد سروس جو آپ اور اسکول یا کونسل کو متفق ہونے میں مدد دیتی ہے۔",
    r_tribunalEn:
      "First-tier Tribunal (SEND): آپ EHC جانچ یا پلان کے بارے میں کونسل کے کچھ فیصلوں پر اپیل کر سکتے ہیں۔",
  },
  ar: {
    title: "ملاحظات من اجتماعنا",
    subject: "ملاحظات من اجتماعنا يوم {date}",
    subjectCorrection: "ملاحظات مصحّحة من اجتماعنا يوم {date} (النسخة {version})",
    greeting: "عزيزي/عزيزتي {name}،",
    intro:
      "شكرًا لحضورك اجتماعنا يوم {date}. تذكر هذه الملاحظات ما تحدثنا عنه وما اتفقنا عليه. الملاحظات نفسها موجودة في المستند المرفق بهذه الرسالة.",
    correctionIntro: "صحّحنا هذه الملاحظات. هذه هي النسخة {version}. ما الذي تغيّر:",
    staffLabel: "كتبها {name}، باللغة الإنجليزية:",
    attendance: "من كان حاضرًا",
    present: "حضر الاجتماع",
    apologies: "لم يستطع الحضور",
    h_strengths: "ما الذي يسير بشكل جيد",
    h_familyViews: "ما قالته لنا العائلة",
    h_childViews: "ما قاله لنا الطفل",
    h_childViewsHow: "كيف سألنا الطفل",
    h_discussed: "ما تحدثنا عنه",
    h_agreed: "ما اتفقنا عليه، ولماذا",
    h_notAgreed: "ما لم نتفق عليه",
    h_actions: "من سيفعل ماذا",
    h_contacts: "بمن تتصل",
    h_next: "الاجتماع القادم",
    h_rights: "إذا كنت لا توافق",
    colWhat: "ماذا",
    colWho: "من",
    colBy: "متى",
    yourActions: "ما اتفقنا على أن تقوم به",
    yourAction: "أنتم: {what}، بحلول {date}",
    yourActionNoDate: "أنتم: {what} (لا يوجد تاريخ بعد)",
    youOwner: "أنتم ({name})",
    actionsWritten: "كتب {name} باللغة الإنجليزية ما سيفعله كل شخص. نعرضه كما كُتب.",
    nextDate: "سيكون اجتماعنا القادم يوم {date}.",
    nextToArrange: "سنتفق معك على موعد الاجتماع القادم.",
    dueNone: "لا يوجد موعد بعد",
    rightsIntro:
      "يمكنك أن تطلب منا تصحيح هذه الملاحظات. إذا كنت لا توافق على قرار بشأن دعم طفلك، يمكنك الحصول على مساعدة مجانية مستقلة عن المدرسة:",
    answerInvite:
      "من فضلك أخبرنا إن كانت هذه الملاحظات صحيحة، أو اطلب منا تصحيحها. ونود أن نعرف أيضًا: هل شعرت أننا استمعنا إليك؟",
    answerLink: "أجب هنا",
    signoff: "مع أطيب التمنيات،",
    phone: "يمكنك الاتصال بالمدرسة على الرقم {phone}.",
    r_enquire: "Enquire: خدمة استشارية مجانية في اسكتلندا بشأن الدعم الإضافي للتعلّم.",
    r_mediationSc: "الوساطة: لقاء مجاني مع شخص مستقل يساعدك أنت والمدرسة على الاتفاق.",
    r_disputeSc: "حل النزاعات: شخص مستقل ينظر في الخلاف ويقول ما يجب أن يحدث.",
    r_tribunalSc:
      "المحكمة (Health and Education Chamber): يمكنك الطعن في بعض القرارات، مثل خطة الدعم المنسّقة (CSP).",
    r_sendiass: "SENDIASS: خدمتك المحلية للمشورة المجانية المستقلة بشأن SEND.",
    r_mediationEn: "الوساطة: لقاء مجاني مع شخص مستقل، قبل الطعن بشأن خطة EHC.",
    r_disagreementEn: "حل الخلافات: خدمة مجانية مستقلة تساعدك أنت والمدرسة أو المجلس على الاتفاق.",
    r_tribunalEn: "First-tier Tribunal (SEND): يمكنك الطعن في بعض قرارات المجلس بشأن تقييم أو خطة EHC.",
  },
  uk: {
    title: "Нотатки з нашої зустрічі",
    subject: "Нотатки з нашої зустрічі {date}",
    subjectCorrection: "Виправлені нотатки з нашої зустрічі {date} (версія {version})",
    greeting: "Шановні {name},",
    intro:
      "Дякуємо за зустріч {date}. У цих нотатках написано, про що ми говорили і про що домовилися. Ті самі нотатки є в документі, доданому до цього листа.",
    correctionIntro: "Ми виправили ці нотатки. Це версія {version}. Що змінилося:",
    staffLabel: "Написав(ла) {name}, англійською:",
    attendance: "Хто був",
    present: "Був(ла) на зустрічі",
    apologies: "Не зміг(ла) прийти",
    h_strengths: "Що йде добре",
    h_familyViews: "Що нам сказала сім'я",
    h_childViews: "Що нам сказала дитина",
    h_childViewsHow: "Як ми запитали дитину",
    h_discussed: "Про що ми говорили",
    h_agreed: "Про що ми домовилися і чому",
    h_notAgreed: "Про що ми не домовилися",
    h_actions: "Хто що зробить",
    h_contacts: "До кого звертатися",
    h_next: "Наступна зустріч",
    h_rights: "Якщо ви не згодні",
    colWhat: "Що",
    colWho: "Хто",
    colBy: "До коли",
    yourActions: "Що ви погодилися зробити",
    yourAction: "Ви: {what}. Термін: {date}",
    yourActionNoDate: "Ви: {what} (дати ще немає)",
    youOwner: "Ви ({name})",
    actionsWritten: "{name} написав(ла) англійською, хто що зробить. Ми показуємо це так, як написано.",
    nextDate: "Наша наступна зустріч буде {date}.",
    nextToArrange: "Ми домовимося з вами про дату наступної зустрічі.",
    dueNone: "дати ще немає",
    rightsIntro:
      "Ви можете попросити нас виправити ці нотатки. Якщо ви не згодні з рішенням про підтримку дитини, ви можете отримати безкоштовну допомогу поза школою:",
    answerInvite:
      "Будь ласка, скажіть нам, чи ці нотатки правильні, або попросіть їх виправити. Ми також хочемо знати: чи відчували ви, що вас вислухали?",
    answerLink: "Відповісти тут",
    signoff: "З найкращими побажаннями,",
    phone: "Ви можете зателефонувати до школи: {phone}.",
    r_enquire: "Enquire: безкоштовні поради в Шотландії щодо додаткової підтримки в навчанні.",
    r_mediationSc:
      "Медіація: безкоштовна зустріч з незалежною людиною, яка допомагає вам і школі домовитися.",
    r_disputeSc: "Вирішення спорів: незалежна людина розглядає незгоду і каже, що має статися.",
    r_tribunalSc:
      "Трибунал (Health and Education Chamber): деякі рішення, наприклад щодо плану підтримки (CSP), можна оскаржити.",
    r_sendiass: "SENDIASS: ваша місцева безкоштовна незалежна служба порад щодо SEND.",
    r_mediationEn: "Медіація: безкоштовна зустріч з незалежною людиною перед оскарженням щодо плану EHC.",
    r_disagreementEn:
      "Вирішення розбіжностей: безкоштовна незалежна служба, яка допомагає вам і школі чи раді домовитися.",
    r_tribunalEn: "First-tier Tribunal (SEND): деякі рішення ради щодо оцінки або плану EHC можна оскаржити.",
  },
  ro: {
    title: "Notițe de la întâlnirea noastră",
    subject: "Notițe de la întâlnirea noastră din {date}",
    subjectCorrection: "Notițe corectate de la întâlnirea noastră din {date} (versiunea {version})",
    greeting: "Dragă {name},",
    intro:
      "Vă mulțumim că v-ați întâlnit cu noi pe {date}. Aceste notițe spun despre ce am vorbit și ce am stabilit. Aceleași notițe sunt în documentul atașat la acest e-mail.",
    correctionIntro: "Am corectat aceste notițe. Aceasta este versiunea {version}. Ce s-a schimbat:",
    staffLabel: "Scris de {name}, în engleză:",
    attendance: "Cine a fost acolo",
    present: "A venit la întâlnire",
    apologies: "Nu a putut veni",
    h_strengths: "Ce merge bine",
    h_familyViews: "Ce ne-a spus familia",
    h_childViews: "Ce ne-a spus copilul",
    h_childViewsHow: "Cum l-am întrebat pe copil",
    h_discussed: "Despre ce am vorbit",
    h_agreed: "Ce am stabilit și de ce",
    h_notAgreed: "Ce nu am stabilit",
    h_actions: "Cine ce face",
    h_contacts: "Pe cine să contactați",
    h_next: "Următoarea întâlnire",
    h_rights: "Dacă nu sunteți de acord",
    colWhat: "Ce",
    colWho: "Cine",
    colBy: "Până când",
    yourActions: "Ce am stabilit să faceți dumneavoastră",
    yourAction: "Dumneavoastră: {what}. Termen: {date}",
    yourActionNoDate: "Dumneavoastră: {what} (încă fără dată)",
    youOwner: "Dumneavoastră ({name})",
    actionsWritten: "{name} a scris în engleză cine ce face. Textul este așa cum a fost scris.",
    nextDate: "Următoarea noastră întâlnire va fi pe {date}.",
    nextToArrange: "Vom stabili împreună data următoarei întâlniri.",
    dueNone: "încă fără dată",
    rightsIntro:
      "Ne puteți cere să corectăm aceste notițe. Dacă nu sunteți de acord cu o decizie despre sprijinul copilului, puteți primi ajutor gratuit, care nu ține de școală:",
    answerInvite:
      "Vă rugăm să ne spuneți dacă aceste notițe sunt corecte sau să ne cereți să le corectăm. Vrem să știm și: ați simțit că v-am ascultat?",
    answerLink: "Răspundeți aici",
    signoff: "Cu cele mai bune urări,",
    phone: "Puteți suna la școală la {phone}.",
    r_enquire: "Enquire: serviciul scoțian gratuit de sfaturi despre sprijinul suplimentar la învățare.",
    r_mediationSc:
      "Medierea: o întâlnire gratuită cu o persoană independentă, care vă ajută pe dumneavoastră și școala să vă înțelegeți.",
    r_disputeSc:
      "Rezolvarea disputelor: o persoană independentă analizează neînțelegerea și spune ce ar trebui să se întâmple.",
    r_tribunalSc:
      "Tribunalul (Health and Education Chamber): puteți contesta unele decizii, cum ar fi un plan de sprijin coordonat (CSP).",
    r_sendiass: "SENDIASS: serviciul local de sfaturi gratuite și independente despre SEND.",
    r_mediationEn:
      "Medierea: o întâlnire gratuită cu o persoană independentă, înainte de o contestație despre un plan EHC.",
    r_disagreementEn:
      "Rezolvarea neînțelegerilor: un serviciu gratuit și independent care vă ajută pe dumneavoastră și școala sau consiliul să vă înțelegeți.",
    r_tribunalEn:
      "First-tier Tribunal (SEND): puteți contesta unele decizii ale consiliului despre o evaluare sau un plan EHC.",
  },
  "pa-Guru": {
    title: "ਸਾਡੀ ਮੀਟਿੰਗ ਦੇ ਨੋਟ",
    subject: "{date} ਦੀ ਸਾਡੀ ਮੀਟਿੰਗ ਦੇ ਨੋਟ",
    subjectCorrection: "{date} ਦੀ ਸਾਡੀ ਮੀਟਿੰਗ ਦੇ ਠੀਕ ਕੀਤੇ ਨੋਟ (ਰੂਪ {version})",
    greeting: "ਪਿਆਰੇ {name},",
    intro:
      "{date} ਨੂੰ ਸਾਡੇ ਨਾਲ ਮਿਲਣ ਲਈ ਧੰਨਵਾਦ। ਇਨ੍ਹਾਂ ਨੋਟਾਂ ਵਿੱਚ ਲਿਖਿਆ ਹੈ ਕਿ ਅਸੀਂ ਕਿਸ ਬਾਰੇ ਗੱਲ ਕੀਤੀ ਅਤੇ ਕੀ ਤੈਅ ਕੀਤਾ। ਇਹੀ ਨੋਟ ਇਸ ਈਮੇਲ ਨਾਲ ਲੱਗੇ ਦਸਤਾਵੇਜ਼ ਵਿੱਚ ਵੀ ਹਨ।",
    correctionIntro: "ਅਸੀਂ ਇਹ ਨੋਟ ਠੀਕ ਕੀਤੇ ਹਨ। ਇਹ ਰੂਪ {version} ਹੈ। ਕੀ ਬਦਲਿਆ:",
    staffLabel: "{name} ਨੇ ਲਿਖਿਆ, ਅੰਗਰੇਜ਼ੀ ਵਿੱਚ:",
    attendance: "ਕੌਣ ਹਾਜ਼ਰ ਸੀ",
    present: "ਮੀਟਿੰਗ ਵਿੱਚ ਆਏ",
    apologies: "ਨਹੀਂ ਆ ਸਕੇ",
    h_strengths: "ਕੀ ਚੰਗਾ ਚੱਲ ਰਿਹਾ ਹੈ",
    h_familyViews: "ਪਰਿਵਾਰ ਨੇ ਸਾਨੂੰ ਕੀ ਦੱਸਿਆ",
    h_childViews: "ਬੱਚੇ ਨੇ ਸਾਨੂੰ ਕੀ ਦੱਸਿਆ",
    h_childViewsHow: "ਅਸੀਂ ਬੱਚੇ ਤੋਂ ਕਿਵੇਂ ਪੁੱਛਿਆ",
    h_discussed: "ਅਸੀਂ ਕਿਸ ਬਾਰੇ ਗੱਲ ਕੀਤੀ",
    h_agreed: "ਅਸੀਂ ਕੀ ਤੈਅ ਕੀਤਾ, ਅਤੇ ਕਿਉਂ",
    h_notAgreed: "ਕਿਸ ਗੱਲ 'ਤੇ ਸਹਿਮਤੀ ਨਹੀਂ ਹੋਈ",
    h_actions: "ਕੌਣ ਕੀ ਕਰੇਗਾ",
    h_contacts: "ਕਿਸ ਨਾਲ ਸੰਪਰਕ ਕਰਨਾ ਹੈ",
    h_next: "ਅਗਲੀ ਮੀਟਿੰਗ",
    h_rights: "ਜੇ ਤੁਸੀਂ ਸਹਿਮਤ ਨਹੀਂ ਹੋ",
    colWhat: "ਕੀ",
    colWho: "ਕੌਣ",
    colBy: "ਕਦੋਂ ਤੱਕ",
    yourActions: "ਜੋ ਕੰਮ ਤੁਸੀਂ ਕਰਨੇ ਮੰਨੇ",
    yourAction: "ਤੁਸੀਂ: {what}, {date} ਤੱਕ",
    yourActionNoDate: "ਤੁਸੀਂ: {what} (ਅਜੇ ਕੋਈ ਤਾਰੀਖ਼ ਨਹੀਂ)",
    youOwner: "ਤੁਸੀਂ ({name})",
    actionsWritten: "{name} ਨੇ ਅੰਗਰੇਜ਼ੀ ਵਿੱਚ ਲਿਖਿਆ ਕਿ ਕੌਣ ਕੀ ਕਰੇਗਾ। ਇਹ ਉਵੇਂ ਹੀ ਦਿਖਾਇਆ ਗਿਆ ਹੈ ਜਿਵੇਂ ਲਿਖਿਆ ਗਿਆ।",
    nextDate: "ਸਾਡੀ ਅਗਲੀ ਮੀਟਿੰਗ {date} ਨੂੰ ਹੋਵੇਗੀ।",
    nextToArrange: "ਅਸੀਂ ਤੁਹਾਡੇ ਨਾਲ ਅਗਲੀ ਮੀਟਿੰਗ ਦੀ ਤਾਰੀਖ਼ ਤੈਅ ਕਰਾਂਗੇ।",
    dueNone: "ਅਜੇ ਕੋਈ ਤਾਰੀਖ਼ ਨਹੀਂ",
    rightsIntro:
      "ਤੁਸੀਂ ਸਾਨੂੰ ਇਹ ਨੋਟ ਠੀਕ ਕਰਨ ਲਈ ਕਹਿ ਸਕਦੇ ਹੋ। ਜੇ ਤੁਸੀਂ ਆਪਣੇ ਬੱਚੇ ਦੀ ਮਦਦ ਬਾਰੇ ਕਿਸੇ ਫ਼ੈਸਲੇ ਨਾਲ ਸਹਿਮਤ ਨਹੀਂ ਹੋ, ਤਾਂ ਤੁਸੀਂ ਸਕੂਲ ਤੋਂ ਵੱਖਰੀ ਮੁਫ਼ਤ ਮਦਦ ਲੈ ਸਕਦੇ ਹੋ:",
    answerInvite:
      "ਕਿਰਪਾ ਕਰਕੇ ਸਾਨੂੰ ਦੱਸੋ ਕਿ ਕੀ ਇਹ ਨੋਟ ਠੀਕ ਹਨ, ਜਾਂ ਇਨ੍ਹਾਂ ਨੂੰ ਠੀਕ ਕਰਨ ਲਈ ਕਹੋ। ਅਸੀਂ ਇਹ ਵੀ ਜਾਣਨਾ ਚਾਹੁੰਦੇ ਹਾਂ: ਕੀ ਤੁਹਾਨੂੰ ਲੱਗਾ ਕਿ ਤੁਹਾਡੀ ਗੱਲ ਸੁਣੀ ਗਈ?",
    answerLink: "ਇੱਥੇ ਜਵਾਬ ਦਿਓ",
    signoff: "ਸ਼ੁਭ ਕਾਮਨਾਵਾਂ ਸਹਿਤ,",
    phone: "ਤੁਸੀਂ ਸਕੂਲ ਨੂੰ {phone} 'ਤੇ ਫ਼ੋਨ ਕਰ ਸਕਦੇ ਹੋ।",
    r_enquire: "Enquire: ਸਿੱਖਣ ਲਈ ਵਾਧੂ ਮਦਦ ਬਾਰੇ ਸਕਾਟਲੈਂਡ ਦੀ ਮੁਫ਼ਤ ਸਲਾਹ ਸੇਵਾ।",
    r_mediationSc: "ਵਿਚੋਲਗੀ: ਇੱਕ ਸੁਤੰਤਰ ਵਿਅਕਤੀ ਨਾਲ ਮੁਫ਼ਤ ਮੁਲਾਕਾਤ, ਜੋ ਤੁਹਾਨੂੰ ਅਤੇ ਸਕੂਲ ਨੂੰ ਸਹਿਮਤ ਹੋਣ ਵਿੱਚ ਮਦਦ ਕਰਦਾ ਹੈ।",
    r_disputeSc: "ਝਗੜੇ ਦਾ ਹੱਲ: ਇੱਕ ਸੁਤੰਤਰ ਵਿਅਕਤੀ ਅਸਹਿਮਤੀ ਨੂੰ ਵੇਖਦਾ ਹੈ ਅਤੇ ਦੱਸਦਾ ਹੈ ਕਿ ਕੀ ਹੋਣਾ ਚਾਹੀਦਾ ਹੈ।",
    r_tribunalSc:
      "ਟ੍ਰਿਬਿਊਨਲ (Health and Education Chamber): ਕੁਝ ਫ਼ੈਸਲਿਆਂ, ਜਿਵੇਂ ਤਾਲਮੇਲ ਵਾਲੀ ਮਦਦ ਯੋਜਨਾ (CSP), ਵਿਰੁੱਧ ਤੁਸੀਂ ਅਪੀਲ ਕਰ ਸਕਦੇ ਹੋ।",
    r_sendiass: "SENDIASS: SEND ਬਾਰੇ ਮੁਫ਼ਤ ਅਤੇ ਸੁਤੰਤਰ ਸਲਾਹ ਲਈ ਤੁਹਾਡੀ ਸਥਾਨਕ ਸੇਵਾ।",
    r_mediationEn: "ਵਿਚੋਲਗੀ: EHC ਯੋਜਨਾ ਬਾਰੇ ਅਪੀਲ ਤੋਂ ਪਹਿਲਾਂ ਇੱਕ ਸੁਤੰਤਰ ਵਿਅਕਤੀ ਨਾਲ ਮੁਫ਼ਤ ਮੁਲਾਕਾਤ।",
    r_disagreementEn: "ਅਸਹਿਮਤੀ ਦਾ ਹੱਲ: ਇੱਕ ਮੁਫ਼ਤ, ਸੁਤੰਤਰ ਸੇਵਾ ਜੋ ਤੁਹਾਨੂੰ ਅਤੇ ਸਕੂਲ ਜਾਂ ਕੌਂਸਲ ਨੂੰ ਸਹਿਮਤ ਹੋਣ ਵਿੱਚ ਮਦਦ ਕਰਦੀ ਹੈ।",
    r_tribunalEn: "First-tier Tribunal (SEND): EHC ਜਾਂਚ ਜਾਂ ਯੋਜਨਾ ਬਾਰੇ ਕੌਂਸਲ ਦੇ ਕੁਝ ਫ਼ੈਸਲਿਆਂ ਵਿਰੁੱਧ ਤੁਸੀਂ ਅਪੀਲ ਕਰ ਸਕਦੇ ਹੋ।",
  },
  "pa-Arab": {
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
    yourAction: "تسیں: {what}، {date} تک",
    yourActionNoDate: "تسیں: {what} (اجے کوئی تریخ نئیں)",
    youOwner: "تسیں ({name})",
    actionsWritten:
      "{name} نے انگریزی وچ لکھیا کہ کون کیہ کرے گا۔ ایہہ اوویں ای وکھایا گیا اے جیویں لکھیا گیا۔",
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
  },
  gd: {
    title: "Notaichean bhon choinneimh againn",
    subject: "Notaichean bhon choinneimh againn air {date}",
    subjectCorrection: "Notaichean ceartaichte bhon choinneimh againn air {date} (tionndadh {version})",
    greeting: "A {name} chòir,",
    intro:
      "Tapadh leibh airson coinneachadh rinn air {date}. Tha na notaichean seo ag innse mu na bhruidhinn sinn agus na dh'aontaich sinn. Tha na h-aon notaichean anns an sgrìobhainn ris a' phost-d seo.",
    correctionIntro: "Cheartaich sinn na notaichean seo. Seo tionndadh {version}. Na dh'atharraich:",
    staffLabel: "Sgrìobh {name} seo, ann am Beurla:",
    attendance: "Cò a bha ann",
    present: "Thàinig iad dhan choinneimh",
    apologies: "Cha b' urrainn dhaibh tighinn",
    h_strengths: "Na tha a' dol gu math",
    h_familyViews: "Na dh'innis an teaghlach dhuinn",
    h_childViews: "Na dh'innis an leanabh dhuinn",
    h_childViewsHow: "Mar a dh'fhaighnich sinn dhen leanabh",
    h_discussed: "Na bhruidhinn sinn mu dheidhinn",
    h_agreed: "Na dh'aontaich sinn, agus carson",
    h_notAgreed: "Na nach do dh'aontaich sinn",
    h_actions: "Cò nì dè",
    h_contacts: "Cò ris a bhruidhneas sibh",
    h_next: "An ath choinneamh",
    h_rights: "Mura h-eil sibh ag aontachadh",
    colWhat: "Dè",
    colWho: "Cò",
    colBy: "Ro cuin",
    yourActions: "Na dh'aontaich sinn a nì sibh",
    yourAction: "Sibhse: {what}, ro {date}",
    yourActionNoDate: "Sibhse: {what} (gun cheann-latha fhathast)",
    youOwner: "Sibhse ({name})",
    actionsWritten: "Sgrìobh {name} ann am Beurla cò nì dè. Tha e an seo mar a chaidh a sgrìobhadh.",
    nextDate: "Bidh an ath choinneamh againn air {date}.",
    nextToArrange: "Cuiridh sinn ceann-latha air dòigh còmhla ribh airson an ath choinneimh.",
    dueNone: "gun cheann-latha fhathast",
    rightsIntro:
      "Faodaidh sibh iarraidh oirnn na notaichean seo a cheartachadh. Mura h-eil sibh ag aontachadh le co-dhùnadh mu thaic an leanaibh agaibh, gheibh sibh cuideachadh an-asgaidh nach buin dhan sgoil:",
    answerInvite:
      "Innsibh dhuinn a bheil na notaichean seo ceart, no iarraibh oirnn an ceartachadh. Bu toigh leinn fios a bhith againn cuideachd: an robh sibh a' faireachdainn gun robh sinn ag èisteachd ribh?",
    answerLink: "Freagair an seo",
    signoff: "Leis gach deagh dhùrachd,",
    phone: "Faodaidh sibh fònadh dhan sgoil air {phone}.",
    r_enquire:
      "Enquire: seirbheis comhairle na h-Alba mu thaic a bharrachd airson ionnsachadh. Tha i an-asgaidh.",
    r_mediationSc:
      "Eadar-mheadhanachadh: coinneamh an-asgaidh le neach neo-eisimeileach a chuidicheas sibh fhèin is an sgoil gus aontachadh.",
    r_disputeSc:
      "Fuasgladh connspaid: bidh neach neo-eisimeileach a' coimhead air an eas-aonta agus ag ràdh dè bu chòir tachairt.",
    r_tribunalSc:
      "An tribiunal (Health and Education Chamber): airson cuid de cho-dhùnaidhean, leithid plana taic co-òrdanaichte (CSP), faodaidh sibh tagradh a dhèanamh.",
    r_sendiass:
      "SENDIASS: an t-seirbheis ionadail agaibh airson comhairle an-asgaidh, neo-eisimeileach mu SEND.",
    r_mediationEn:
      "Eadar-mheadhanachadh: coinneamh an-asgaidh le neach neo-eisimeileach, ro thagradh mu phlana EHC.",
    r_disagreementEn:
      "Fuasgladh eas-aonta: seirbheis an-asgaidh, neo-eisimeileach a chuidicheas sibh fhèin agus an sgoil no a' chomhairle gus aontachadh.",
    r_tribunalEn:
      "First-tier Tribunal (SEND): faodaidh sibh tagradh a dhèanamh an aghaidh cuid de cho-dhùnaidhean na comhairle mu mheasadh no plana EHC.",
  },
  cy: {
    title: "Nodiadau o'n cyfarfod",
    subject: "Nodiadau o'n cyfarfod ar {date}",
    subjectCorrection: "Nodiadau wedi'u cywiro o'n cyfarfod ar {date} (fersiwn {version})",
    greeting: "Annwyl {name},",
    intro:
      "Diolch am gwrdd â ni ar {date}. Mae'r nodiadau hyn yn dweud beth wnaethon ni siarad amdano a beth wnaethon ni ei gytuno. Mae'r un nodiadau yn y ddogfen sydd ynghlwm wrth yr e-bost hwn.",
    correctionIntro: "Rydyn ni wedi cywiro'r nodiadau hyn. Dyma fersiwn {version}. Beth sydd wedi newid:",
    staffLabel: "Ysgrifennwyd gan {name}, yn Saesneg:",
    attendance: "Pwy oedd yno",
    present: "Daeth i'r cyfarfod",
    apologies: "Methu dod",
    h_strengths: "Beth sy'n mynd yn dda",
    h_familyViews: "Beth ddywedodd y teulu wrthon ni",
    h_childViews: "Beth ddywedodd y plentyn wrthon ni",
    h_childViewsHow: "Sut wnaethon ni ofyn i'r plentyn",
    h_discussed: "Beth wnaethon ni siarad amdano",
    h_agreed: "Beth wnaethon ni ei gytuno, a pham",
    h_notAgreed: "Beth na wnaethon ni ei gytuno",
    h_actions: "Pwy fydd yn gwneud beth",
    h_contacts: "Pwy i gysylltu â nhw",
    h_next: "Y cyfarfod nesaf",
    h_rights: "Os ydych chi'n anghytuno",
    colWhat: "Beth",
    colWho: "Pwy",
    colBy: "Erbyn pryd",
    yourActions: "Pethau y cytunon ni y byddech chi'n eu gwneud",
    yourAction: "Chi: {what}, erbyn {date}",
    yourActionNoDate: "Chi: {what} (dim dyddiad eto)",
    youOwner: "Chi ({name})",
    actionsWritten: "Ysgrifennodd {name} yn Saesneg pwy fydd yn gwneud beth. Mae fel y cafodd ei ysgrifennu.",
    nextDate: "Bydd ein cyfarfod nesaf ar {date}.",
    nextToArrange: "Byddwn ni'n cytuno ar ddyddiad ar gyfer y cyfarfod nesaf gyda chi.",
    dueNone: "dim dyddiad eto",
    rightsIntro:
      "Gallwch chi ofyn i ni gywiro'r nodiadau hyn. Os ydych chi'n anghytuno â phenderfyniad am gymorth eich plentyn, gallwch chi gael help am ddim nad yw'n perthyn i'r ysgol:",
    answerInvite:
      "Dywedwch wrthon ni a yw'r nodiadau hyn yn gywir, neu gofynnwch i ni eu cywiro. Hoffen ni wybod hefyd: oeddech chi'n teimlo ein bod ni wedi gwrando arnoch chi?",
    answerLink: "Atebwch yma",
    signoff: "Gyda dymuniadau gorau,",
    phone: "Gallwch chi ffonio'r ysgol ar {phone}.",
    r_enquire: "Enquire: gwasanaeth cyngor yr Alban am gymorth ychwanegol ar gyfer dysgu. Mae am ddim.",
    r_mediationSc: "Cyfryngu: cyfarfod am ddim gyda pherson annibynnol sy'n helpu chi a'r ysgol i gytuno.",
    r_disputeSc:
      "Datrys anghydfod: mae person annibynnol yn edrych ar yr anghytundeb ac yn dweud beth ddylai ddigwydd.",
    r_tribunalSc:
      "Y tribiwnlys (Health and Education Chamber): ar gyfer rhai penderfyniadau, fel cynllun cymorth cydlynol (CSP), gallwch chi apelio.",
    r_sendiass: "SENDIASS: eich gwasanaeth lleol am gyngor annibynnol am ddim am SEND.",
    r_mediationEn: "Cyfryngu: cyfarfod am ddim gyda pherson annibynnol, cyn apêl am gynllun EHC.",
    r_disagreementEn:
      "Datrys anghytundeb: gwasanaeth annibynnol am ddim sy'n helpu chi a'r ysgol neu'r cyngor i gytuno.",
    r_tribunalEn:
      "First-tier Tribunal (SEND): gallwch chi apelio yn erbyn rhai o benderfyniadau'r cyngor am asesiad neu gynllun EHC.",
  },
};
