import { wordsPattern } from "./textFold";

/*
 * Phrases that say how a family feels about the offered times: no, none, any, something else.
 * Patterns run on folded text.
 */

const pattern = (list: readonly string[]) => new RegExp(wordsPattern(list), "u");
// Phrases are written "a|b c|d": one string per list keeps the lists readable.
const words = (list: string) => list.split("|");

// "I don't mind": any time will do, though it has a "not" in it.
const NO_PREFERENCE = words(
  "no preference|don't mind|do not mind|not bothered|don't have a preference|nie ma znaczenia|" +
    "wszystko jedno|nu contează|не важливо|لا يهم|koi farq nahi|koi farq nahin",
);

/**
 * Set phrases that would be misread word by word: a "no" that means yes ("no problem") and
 * greetings that name a part of the day ("good afternoon"). Blanked before reading the rest.
 */
export const SET_PHRASES = new RegExp(
  wordsPattern([
    ...NO_PREFERENCE,
    ...words(
      "good morning|good afternoon|good evening|have a good evening|bună dimineața|bună seara|" +
        "доброго ранку|добрий ранок|добрий вечір|صباح الخير|مساء الخير|subah bakhair|no problem|" +
        "no problems|not a problem|no worries|no bother|nae bother|can't wait|cannot wait|no doubt|" +
        "nie ma problemu|nie ma sprawy|nicio problemă|nu e problemă|nu este problemă|без проблем|" +
        "не проблема|لا مشكلة|لا بأس|ما في مشكلة|koi masla nahi|koi masla nahin|koi baat nahi",
    ),
  ]),
  "gu",
);

/** Saying a time does not work. */
export const NEGATION = new RegExp(
  `${wordsPattern(
    words(
      "not|no|nope|never|cannot|can not|unable|busy|impossible|except|apart from|other than|" +
        "anything but|nor|neither|clash|clashes|are away|am away|be away|we're away|i'm away|" +
        "im away|cant|dont|doesnt|isnt|arent|couldnt|wasnt|didnt|wouldnt|at work|i work|we work|" +
        "working|on holiday|out of the question|nie|niestety nie|nu|nici|не|ні|ніяк|لا|لن|ليس|ليست|" +
        "مش|غير|nahi|nahin|nahee|nai|mat",
    ),
  )}|n't`,
  "u",
);

/** Where a reason starts; a "no" after it is about the reason ("Thursday, as I can't …"). */
export const REASON = pattern(
  words(
    "because|as|since|cos|cause|bo|ponieważ|pentru că|pentru ca|deoarece|бо|тому що|оскільки|" +
      "لأن|لان|kyunki|kyon ke",
  ),
);

/** Unmistakably none of the times: "none of these", "żaden", "niciuna", "жоден", "ولا واحد". */
export const NONE_WORK = pattern(
  words(
    "none of|none work|none works|none suit|none suits|none fit|none fits|none are|none is|" +
      "none of them|none of these|none of those|żaden|żadna|żadne|żadnym|żadnego|żadnej|niciuna|" +
      "niciunul|niciun|nicio|nici una|nici unul|жоден|жодна|жодне|жодний|жодного|жодному|ні один|" +
      "ولا واحد|ولا موعد|ولا أي|koi bhi nahi|koi nahi|koi bhi nahin|koi nahin",
  ),
);

/** Words that, in a "no" sentence with no time named, cover every time ("can't do *any*"). */
export const ALL_OF_THEM = pattern(words("any|either|vreuna|vreunul|oricare|будь-який|жодного|أي|اي|koi"));

/** "Any other": not all of them. */
export const ANY_OTHER = pattern(["any other", "anything else", "orice alta", "будь-який інший"]);

/** Asking for something else, which says none suit when no time is picked. */
export const OTHER_TIMES = pattern(
  words(
    "another day|another time|another date|other days|other times|other dates|different day|" +
      "different time|different date|alternative|alternatives|later date|later time|earlier time|" +
      "rearrange|inny termin|innym terminie|inny dzień|innego dnia|inną godzinę|inna godzina|" +
      "altă zi|altă dată|alt termen|altă oră|інший день|інший час|інший термін|іншого дня|" +
      "інша дата|موعد آخر|يوم آخر|وقت آخر|koi aur din|koi aur waqt",
  ),
);

/** Any of the times would do. */
export const ANY_WILL_DO = pattern([
  ...NO_PREFERENCE,
  ...words(
    "any of them|any of these|any of those|any time|anytime|either|either one|all of them|" +
      "whichever|whatever suits|każdy termin|którykolwiek|obojętnie|oricare|orice variantă|" +
      "будь-який|будь-коли|أي موعد|أي واحد|koi bhi",
  ),
]);

/** Yes, for an offer with a single time. */
export const AFFIRMATIVE = pattern(
  words(
    "yes|yeah|yep|ok|okay|fine|great|perfect|lovely|works|suits|good|see you then|tak|dobrze|" +
      "pasuje|da|bine|так|добре|підходить|гаразд|نعم|موافق|تمام|حسنا|مناسب|haan|ji|theek|thik",
  ),
);
