import { fold } from "./textFold";

/*
 * Words families use to point at an offered time, in English and in the languages our schools'
 * families most often write (Polish, Urdu written in Latin letters, Arabic, Ukrainian, Romanian),
 * with the common phone spellings (no diacritics) and inflected forms. Entries are written
 * naturally and folded once here, so lookups compare folded text with folded text.
 */

const lookup = <T>(entries: readonly (readonly [string, T])[]): ReadonlyMap<string, T> => {
  const map = new Map<string, T>();
  for (const [words, value] of entries) for (const word of words.split(" ")) map.set(fold(word), value);
  return map;
};

/** Folded word → ISO weekday (Monday 1). Arabic forms carry the article, as they are written. */
export const WEEKDAY_WORDS = lookup<number>([
  ["monday mondays mon poniedziałek poniedziałku poniedziałki pon luni понеділок понеділка понеділку пн", 1],
  ["الاثنين الإثنين peer pir somvar پیر", 1],
  ["tuesday tuesdays tue tues wtorek wtorku wtorki wt marți marţi marti вівторок вівторка вівторку вт", 2],
  ["الثلاثاء الثلاثا mangal mangalwar منگل", 2],
  ["wednesday wednesdays wed weds środa środę środy środzie śr miercuri середа середу середи ср", 3],
  ["الأربعاء الاربعاء budh budhwar بدھ", 3],
  ["thursday thursdays thu thur thurs czwartek czwartku czw joi четвер четверга четвергу чт", 4],
  ["الخميس jumeraat jumerat jumeraat jumarat جمعرات", 4],
  ["friday fridays fri piątek piątku pt vineri п'ятниця п'ятницю п'ятниці пт", 5],
  ["الجمعة الجمعه jumma juma jummah", 5],
  // "sat" and "sun" are left out: as words they turn up in replies far more often than as days.
  [
    "saturday saturdays sobota sobotę soboty sobocie sâmbătă sambata sâmbăta субота суботу суботи сб السبت",
    6,
  ],
  [
    "sunday sundays niedziela niedzielę niedzieli duminică duminica неділя неділю неділі нд الأحد الاحد itwar itwaar اتوار",
    7,
  ],
]);

/** English weekday names, for recognising misspellings ("tusday", "thrusday", "wendsday"). */
export const ENGLISH_WEEKDAYS: readonly (readonly [string, number])[] = [
  ["monday", 1],
  ["tuesday", 2],
  ["wednesday", 3],
  ["thursday", 4],
  ["friday", 5],
  ["saturday", 6],
  ["sunday", 7],
];

/** Folded month name → month number. English "may" and "mar" need a day beside them to count. */
export const MONTH_WORDS = lookup<number>([
  ["january jan styczeń stycznia ianuarie ian січень січня يناير", 1],
  ["february feb luty lutego februarie лютий лютого فبراير", 2],
  ["march mar marzec marca martie березень березня مارس", 3],
  ["april apr kwiecień kwietnia aprilie квітень квітня أبريل ابريل", 4],
  ["may maj maja mai травень травня مايو", 5],
  ["june jun czerwiec czerwca iunie червень червня يونيو", 6],
  ["july jul lipiec lipca iulie липень липня يوليو", 7],
  ["august aug sierpień sierpnia серпень серпня أغسطس اغسطس", 8],
  ["september sep sept wrzesień września septembrie вересень вересня سبتمبر", 9],
  ["october oct październik października octombrie жовтень жовтня أكتوبر اكتوبر", 10],
  ["november nov listopad listopada lis noiembrie noi листопад листопада نوفمبر", 11],
  ["december dec grudzień grudnia gru decembrie грудень грудня ديسمبر", 12],
]);

/** "last" stands for the last offered time, whatever their number. */
export const LAST = 0;

/** Ordinals that mean an offered time only with "the" or a noun beside them (English). */
export const ENGLISH_ORDINALS = lookup<number>([
  ["first", 1],
  ["second", 2],
  ["third", 3],
  ["fourth", 4],
  ["fifth", 5],
  ["sixth", 6],
  ["last final latter", LAST],
]);

/** Ordinals in other languages, where they are used on their own ("drugi", "a doua", "الثاني"). */
export const OTHER_ORDINALS = lookup<number>([
  ["pierwszy pierwsza pierwsze pierwszego pierwszą pierwszym primul prima întâi întâia", 1],
  ["перший перша перше першого першому الأول الاول الأولى الاولى pehla pehli pehle pahla pahli", 1],
  ["drugi druga drugie drugiego drugą drugim doilea doua другий друге другого", 2],
  ["الثاني الثانية doosra doosri doosre dusra dusri dusre", 2],
  ["trzeci trzecia trzecie trzeciego trzecią trzecim treilea treia третій третя третє третього", 3],
  ["الثالث الثالثة teesra teesri teesre tisra tisri", 3],
  ["czwarty czwarta czwartego patrulea patra четвертий четверта الرابع الرابعة chautha chauthi", 4],
  ["ostatni ostatnia ostatnie ostatniego ostatnią ultimul ultima останній остання останнє", LAST],
  ["الأخير الاخير الأخيرة الاخيرة aakhri akhri aakhiri", LAST],
]);

/** Number words, for "option two", "opcja dwa", "варіант два". */
export const NUMBER_WORDS = lookup<number>([
  ["one jeden jedna jedynka unu una один одна واحد", 1],
  ["two dwa dwie dwójka doi două два дві اثنان", 2],
  ["three trzy trójka trei три ثلاثة ثلاثه", 3],
  ["four cztery patru чотири أربعة اربعة", 4],
  ["five pięć cinci п'ять خمسة", 5],
  ["six sześć șase шість ستة", 6],
]);

/** English hour words, for "at four", "half three". */
export const HOUR_WORDS = lookup<number>([
  ["one", 1],
  ["two", 2],
  ["three", 3],
  ["four", 4],
  ["five", 5],
  ["six", 6],
  ["seven", 7],
  ["eight", 8],
  ["nine", 9],
  ["ten", 10],
  ["eleven", 11],
  ["twelve noon midday", 12],
]);

const words = (list: string) => new Set(list.split(" ").map(fold));

/** Nouns before a number that make it an offered time's number: "option 2", "opcja 2", "الخيار 2". */
export const NUMBER_NOUNS = words(
  "option options opt choice number no nr num # slot opcja opcję opcji opcje numer wariant propozycja propozycję varianta variantă opțiunea opțiune numărul număr варіант варіанту опція опцію номер الخيار خيار رقم الرقم",
);

/** Nouns beside an ordinal that make it an offered time: "second option", "drugi termin", "الموعد الأول". */
export const ORDINAL_NOUNS = words(
  "one ones option options choice time times slot slots date appointment suggestion termin terminu terminie opcja opcję opcji wariant propozycja propozycję godzina data variantă varianta variante opțiune opțiunea dată ora propunere propunerea варіант варіанту час дата термін опція опцію الخيار خيار الموعد موعد الوقت وقت waqt wala wali",
);

/** Words between an ordinal and its noun that change nothing ("the second *one*", "a doua *variantă*"). */
export const FILLERS = words("the a al one");

/** Nouns after an ordinal that make it something else: "first week", "first of all", "drugi tydzień". */
export const NOT_A_TIME_AFTER_ORDINAL = words(
  "week weeks weekend month half thing things of place tydzień tygodniu tygodnia miesiąc miesiąca raz săptămână săptămâna luna тиждень тижня місяць місяця раз أسبوع الأسبوع شهر مرة hafta hafte mahina dafa baar",
);

/** Parts of the day, with the start times (minutes after midnight) each covers. */
export const PARTS_OF_DAY: readonly {
  readonly words: readonly string[];
  readonly from: number;
  readonly to: number;
}[] = [
  {
    words: [
      "morning",
      "mornings",
      "first thing",
      "before lunch",
      "rano",
      "rankiem",
      "przed południem",
      "dimineață",
      "dimineața",
      "de dimineață",
      "вранці",
      "зранку",
      "ранок",
      "ранку",
      "до обіду",
      "صباحا",
      "الصباح",
      "صباح",
      "subah",
      "subha",
    ],
    from: 0,
    to: 12 * 60,
  },
  {
    words: [
      "afternoon",
      "afternoons",
      "after lunch",
      "after school",
      "lunchtime",
      "po południu",
      "popołudnie",
      "popołudniu",
      "po szkole",
      "după-amiază",
      "după-amiaza",
      "după amiază",
      "după amiaza",
      "dupamiaza",
      "după masă",
      "după-masă",
      "після обіду",
      "по обіді",
      "вдень",
      "після школи",
      "بعد الظهر",
      "بعد الظهيرة",
      "الظهر",
      "العصر",
      "dopahar",
      "dopehar",
      "school ke baad",
    ],
    from: 12 * 60,
    to: 17 * 60,
  },
  {
    words: [
      "evening",
      "evenings",
      "after work",
      "wieczorem",
      "wieczór",
      "seara",
      "seară",
      "ввечері",
      "вечір",
      "вечора",
      "مساء",
      "مساءً",
      "المساء",
      "shaam",
      "sham",
    ],
    from: 17 * 60,
    to: 24 * 60,
  },
];
