import type { MessageTable } from "../i18n/messages";

type FollowUpKey = "subject" | "greeting" | "intro" | "notPossible" | "staffWords" | "next" | "signOff";

/**
 * The email a family gets when something they asked for cannot be arranged, in every family
 * language. Staff's reason follows `staffWords`, as they wrote it.
 */
export const FOLLOW_UP_MESSAGES: MessageTable<FollowUpKey> = {
  en: {
    subject: "About your meeting on {date}",
    greeting: "Hello {name},",
    intro: "Thank you for telling us what would help you at the meeting on {when}.",
    notPossible: "We are sorry. We cannot arrange this: {adjustment}.",
    staffWords: "Message from {staff}, in English:",
    next: "Would you like to talk about this? Would something else help? Reply to this email or call us on {phone}.",
    signOff: "With best wishes,",
  },
  pl: {
    subject: "W sprawie spotkania {date}",
    greeting: "Dzień dobry, {name},",
    intro: "Dziękujemy za informację, co pomoże Państwu na spotkaniu {when}.",
    notPossible: "Przepraszamy. Nie możemy tego zapewnić: {adjustment}.",
    staffWords: "Wiadomość od {staff}, po angielsku:",
    next: "Jeśli chcą Państwo o tym porozmawiać albo coś innego by pomogło, prosimy odpowiedzieć na tę wiadomość lub zadzwonić pod numer {phone}.",
    signOff: "Z pozdrowieniami",
  },
  ur: {
    subject: "{date} کی ملاقات کے بارے میں",
    greeting: "السلام علیکم {name}،",
    intro: "یہ بتانے کا شکریہ کہ {when} کی ملاقات میں آپ کی کس چیز سے مدد ہوگی۔",
    notPossible: "ہمیں افسوس ہے۔ ہم اس کا انتظام نہیں کر سکتے: {adjustment}۔",
    staffWords: "{staff} کا پیغام، انگریزی میں:",
    next: "اگر آپ اس بارے میں بات کرنا چاہیں، یا کسی اور چیز سے مدد ہو، تو اس ای میل کا جواب دیں یا ہمیں {phone} پر فون کریں۔",
    signOff: "نیک خواہشات کے ساتھ،",
  },
  ar: {
    subject: "بخصوص اجتماعك يوم {date}",
    greeting: "مرحبًا {name}،",
    intro: "شكرًا لإخبارنا بما يساعدك في الاجتماع يوم {when}.",
    notPossible: "نحن آسفون. لا نستطيع ترتيب هذا: {adjustment}.",
    staffWords: "رسالة من {staff}، باللغة الإنجليزية:",
    next: "إذا أردت التحدث عن هذا، أو إذا كان شيء آخر سيساعدك، يرجى الرد على هذا البريد أو الاتصال بنا على {phone}.",
    signOff: "مع أطيب التمنيات،",
  },
  uk: {
    subject: "Щодо зустрічі {date}",
    greeting: "Добрий день, {name},",
    intro: "Дякуємо, що розповіли, що допоможе вам на зустрічі {when}.",
    notPossible: "Нам шкода. Ми не можемо це організувати: {adjustment}.",
    staffWords: "Повідомлення від {staff}, англійською:",
    next: "Якщо ви хочете поговорити про це або вам допомогло б щось інше, дайте відповідь на цей лист або зателефонуйте нам: {phone}.",
    signOff: "З найкращими побажаннями,",
  },
  ro: {
    subject: "Despre întâlnirea din {date}",
    greeting: "Bună ziua, {name},",
    intro: "Vă mulțumim că ne-ați spus ce v-ar ajuta la întâlnirea din {when}.",
    notPossible: "Ne pare rău. Nu putem asigura acest lucru: {adjustment}.",
    staffWords: "Mesaj de la {staff}, în engleză:",
    next: "Dacă doriți să vorbim despre asta sau dacă v-ar ajuta altceva, răspundeți la acest e-mail sau sunați-ne la {phone}.",
    signOff: "Cu cele mai bune urări,",
  },
  "pa-Guru": {
    subject: "{date} ਦੀ ਮੀਟਿੰਗ ਬਾਰੇ",
    greeting: "ਸਤਿ ਸ੍ਰੀ ਅਕਾਲ {name},",
    intro: "ਇਹ ਦੱਸਣ ਲਈ ਧੰਨਵਾਦ ਕਿ {when} ਦੀ ਮੀਟਿੰਗ ਵਿੱਚ ਤੁਹਾਡੀ ਕਿਸ ਚੀਜ਼ ਨਾਲ ਮਦਦ ਹੋਵੇਗੀ।",
    notPossible: "ਸਾਨੂੰ ਅਫ਼ਸੋਸ ਹੈ। ਅਸੀਂ ਇਸਦਾ ਪ੍ਰਬੰਧ ਨਹੀਂ ਕਰ ਸਕਦੇ: {adjustment}।",
    staffWords: "{staff} ਦਾ ਸੁਨੇਹਾ, ਅੰਗਰੇਜ਼ੀ ਵਿੱਚ:",
    next: "ਜੇ ਤੁਸੀਂ ਇਸ ਬਾਰੇ ਗੱਲ ਕਰਨਾ ਚਾਹੁੰਦੇ ਹੋ, ਜਾਂ ਕੋਈ ਹੋਰ ਚੀਜ਼ ਮਦਦ ਕਰੇਗੀ, ਤਾਂ ਇਸ ਈਮੇਲ ਦਾ ਜਵਾਬ ਦਿਓ ਜਾਂ ਸਾਨੂੰ {phone} 'ਤੇ ਫ਼ੋਨ ਕਰੋ।",
    signOff: "ਸ਼ੁਭ ਕਾਮਨਾਵਾਂ ਸਹਿਤ,",
  },
  "pa-Arab": {
    subject: "{date} دی ملاقات بارے",
    greeting: "السلام علیکم {name}،",
    intro: "ایہ دسن لئی شکریہ کہ {when} دی ملاقات وچ تہاڈی کس شے نال مدد ہووے گی۔",
    notPossible: "سانوں افسوس اے۔ اسیں ایہدا انتظام نہیں کر سکدے: {adjustment}۔",
    staffWords: "{staff} دا سنیہا، انگریزی وچ:",
    next: "جے تسیں ایس بارے گل کرنا چاہندے او، یا کوئی ہور شے مدد کرے گی، تاں ایس ای میل دا جواب دیو یا سانوں {phone} تے فون کرو۔",
    signOff: "نیک خواہشاں نال،",
  },
  gd: {
    subject: "Mun choinneamh agaibh air {date}",
    greeting: "Halò {name},",
    intro: "Mòran taing airson innse dhuinn dè chuidicheadh sibh aig a' choinneamh air {when}.",
    notPossible: "Tha sinn duilich. Chan urrainn dhuinn seo a chur air dòigh: {adjustment}.",
    staffWords: "Teachdaireachd bho {staff}, sa Bheurla:",
    next: "Ma tha sibh airson bruidhinn mu dheidhinn seo, no ma chuidicheadh rudeigin eile, freagairt am post-d seo no cuiribh fòn thugainn air {phone}.",
    signOff: "Leis gach deagh dhùrachd,",
  },
  cy: {
    subject: "Ynglŷn â'ch cyfarfod ar {date}",
    greeting: "Helo {name},",
    intro: "Diolch am ddweud wrthym beth fyddai'n eich helpu yn y cyfarfod ar {when}.",
    notPossible: "Mae'n ddrwg gennym. Allwn ni ddim trefnu hyn: {adjustment}.",
    staffWords: "Neges gan {staff}, yn Saesneg:",
    next: "Os hoffech siarad am hyn, neu os byddai rhywbeth arall yn helpu, atebwch yr e-bost hwn neu ffoniwch ni ar {phone}.",
    signOff: "Gyda dymuniadau gorau,",
  },
};
