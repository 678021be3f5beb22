import { familyLocale } from "../domain/i18n/locales";
import { formatMessage, type MessageTable } from "../domain/i18n/messages";

type SupporterKey = "supporterEmail" | "supporterEmailHint" | "errSupporterEmail";

/**
 * The parent page's words for a supporter's email, in every family language. Kept apart from the
 * page's other strings so the message catalogue can take them in as they are.
 */
export const SUPPORTER_MESSAGES: MessageTable<SupporterKey> = {
  en: {
    supporterEmail: "Their email address",
    supporterEmailHint:
      "If you tick the box below, we will invite them to the meeting and send them the papers.",
    errSupporterEmail: "Write their email, like name@example.com. Or leave it empty.",
  },
  pl: {
    supporterEmail: "Jej lub jego adres e-mail",
    supporterEmailHint:
      "Jeśli zaznaczą Państwo pole poniżej, zaprosimy tę osobę na spotkanie i wyślemy jej dokumenty.",
    errSupporterEmail: "Proszę wpisać adres e-mail, na przykład imie@example.com, albo zostawić puste pole.",
  },
  ur: {
    supporterEmail: "ان کا ای میل پتہ",
    supporterEmailHint:
      "اگر آپ نیچے والے خانے پر نشان لگائیں تو ہم انہیں ملاقات میں بلائیں گے اور کاغذات بھیجیں گے۔",
    errSupporterEmail: "ان کا ای میل پتہ لکھیں، جیسے name@example.com، یا اسے خالی چھوڑ دیں۔",
  },
  ar: {
    supporterEmail: "عنوان بريده الإلكتروني",
    supporterEmailHint: "إذا وضعت علامة في المربع أدناه، سندعوه إلى الاجتماع ونرسل إليه الأوراق.",
    errSupporterEmail: "اكتب عنوان بريده الإلكتروني، مثل name@example.com، أو اتركه فارغًا.",
  },
  uk: {
    supporterEmail: "Її або його електронна адреса",
    supporterEmailHint:
      "Якщо ви позначите поле нижче, ми запросимо цю людину на зустріч і надішлемо їй документи.",
    errSupporterEmail: "Напишіть електронну адресу, наприклад name@example.com, або залиште поле порожнім.",
  },
  ro: {
    supporterEmail: "Adresa sa de e-mail",
    supporterEmailHint:
      "Dacă bifați căsuța de mai jos, o vom invita la întâlnire și îi vom trimite documentele.",
    errSupporterEmail: "Scrieți adresa de e-mail, de exemplu nume@example.com, sau lăsați câmpul gol.",
  },
  "pa-Guru": {
    supporterEmail: "ਉਹਨਾਂ ਦਾ ਈਮੇਲ ਪਤਾ",
    supporterEmailHint: "ਜੇ ਤੁਸੀਂ ਹੇਠਾਂ ਵਾਲੇ ਖਾਨੇ ਵਿੱਚ ਨਿਸ਼ਾਨ ਲਗਾਓ, ਤਾਂ ਅਸੀਂ ਉਹਨਾਂ ਨੂੰ ਮੀਟਿੰਗ ਵਿੱਚ ਬੁਲਾਵਾਂਗੇ ਅਤੇ ਕਾਗਜ਼ ਭੇਜਾਂਗੇ।",
    errSupporterEmail: "ਉਹਨਾਂ ਦਾ ਈਮੇਲ ਪਤਾ ਲਿਖੋ, ਜਿਵੇਂ name@example.com, ਜਾਂ ਇਸਨੂੰ ਖਾਲੀ ਛੱਡ ਦਿਓ।",
  },
  "pa-Arab": {
    supporterEmail: "اوہناں دا ای میل پتہ",
    supporterEmailHint:
      "جے تسیں تھلے والے خانے تے نشان لاؤ، تاں اسیں اوہناں نوں ملاقات وچ سداں گے تے کاغذ گھلاں گے۔",
    errSupporterEmail: "اوہناں دا ای میل پتہ لکھو، جیویں name@example.com، یا اینوں خالی چھڈ دیو۔",
  },
  gd: {
    supporterEmail: "An seòladh post-d aca",
    supporterEmailHint:
      "Ma chuireas tu strìochag sa bhogsa gu h-ìosal, bheir sinn cuireadh dhaibh chun na coinneimh agus cuiridh sinn na pàipearan thuca.",
    errSupporterEmail: "Sgrìobh an seòladh post-d aca, mar ainm@example.com, no fàg bàn e.",
  },
  cy: {
    supporterEmail: "Eu cyfeiriad e-bost",
    supporterEmailHint:
      "Os byddwch yn ticio'r blwch isod, byddwn yn eu gwahodd i'r cyfarfod ac yn anfon y papurau atyn nhw.",
    errSupporterEmail: "Ysgrifennwch eu cyfeiriad e-bost, fel enw@example.com, neu gadewch yn wag.",
  },
};

/** One of the supporter's words in the page's language (a BCP 47 tag; English when we have none). */
export const supporterText = (key: SupporterKey, tag: string): string =>
  formatMessage(SUPPORTER_MESSAGES, familyLocale(tag), key);
