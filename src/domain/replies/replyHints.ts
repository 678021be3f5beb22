import { NEGATION, REASON, SET_PHRASES } from "./replyPhrases";
import { supporterIn } from "./supporterPhrase";
import { fold, wordsPattern } from "./textFold";

/*
 * What else a family asks for in a free-text reply: an interpreter (and in which language),
 * bringing someone with them, joining online. Shown to staff as prompts, never acted on alone.
 */

/** Requests found in a reply, each with the words that show it. */
export interface ReplyHints {
  readonly interpreter: { readonly language: string | null; readonly evidence: string } | null;
  readonly supporter: { readonly who: string; readonly evidence: string } | null;
  readonly online: { readonly evidence: string } | null;
}

/** No requests. */
export const NO_HINTS: ReplyHints = { interpreter: null, supporter: null, online: null };

const INTERPRETER = new RegExp(
  wordsPattern(
    "interpreter interpreters interpreting interpretation translator translation tłumacz tłumacza tłumaczem tłumaczka tłumaczki tłumaczenie interpret interpretul traducător traducere перекладач перекладача перекладачем переклад مترجم مترجمة ترجمة tarjuman mutarjim".split(
      " ",
    ),
  ),
  "u",
);

// Language names people write, in English and in their own words, to the name staff book by.
const LANGUAGES: readonly (readonly [string, string])[] = [
  ["Polish", "polish polski polskiego polsku polskim język polski"],
  ["Urdu", "urdu اردو"],
  ["Arabic", "arabic عربي العربية عربية العربي"],
  ["Ukrainian", "ukrainian українська українською української ukraiński ukraińskiego ukraińsku"],
  ["Romanian", "romanian română romana românește romaneste rumuński rumuńskiego"],
  ["Russian", "russian русский русском російська російською rosyjski"],
  ["Punjabi", "punjabi panjabi پنجابی"],
  ["Bengali", "bengali bangla sylheti"],
  ["Somali", "somali"],
  ["Farsi", "farsi persian"],
  ["Dari", "dari"],
  ["Pashto", "pashto pushto"],
  ["Kurdish", "kurdish sorani kurmanji"],
  ["Tigrinya", "tigrinya"],
  ["Amharic", "amharic"],
  ["Mandarin", "mandarin chinese"],
  ["Cantonese", "cantonese"],
  ["Portuguese", "portuguese"],
  ["Spanish", "spanish"],
  ["French", "french"],
  ["Italian", "italian"],
  ["German", "german"],
  ["Lithuanian", "lithuanian"],
  ["Latvian", "latvian"],
  ["Slovak", "slovak"],
  ["Czech", "czech"],
  ["Hungarian", "hungarian"],
  ["Bulgarian", "bulgarian"],
  ["Turkish", "turkish"],
  ["Albanian", "albanian"],
  ["Tamil", "tamil"],
  ["Gujarati", "gujarati"],
  ["Hindi", "hindi"],
  ["Vietnamese", "vietnamese"],
  ["Tagalog", "tagalog filipino"],
  ["Swahili", "swahili"],
  ["Yoruba", "yoruba"],
  ["Scottish Gaelic", "gaelic gàidhlig"],
  ["Welsh", "welsh"],
  ["British Sign Language", "bsl"],
];
const LANGUAGE_PATTERNS = LANGUAGES.map(([name, words]) => ({
  name,
  re: new RegExp(wordsPattern(words.split(" ")), "u"),
}));
const SIGN_LANGUAGE = new RegExp(
  wordsPattern(["sign language", "british sign language", "sign interpreter"]),
  "u",
);

const ONLINE = new RegExp(
  wordsPattern([
    "teams",
    "ms teams",
    "zoom",
    "video call",
    "video",
    "videocall",
    "online",
    "on-line",
    "virtually",
    "virtual",
    "remotely",
    "facetime",
    "skype",
    "google meet",
    "przez internet",
    "wideo",
    "zdalnie",
    "apel video",
    "la distanță",
    "онлайн",
    "відео",
    "дистанційно",
    "اونلاين",
    "أونلاين",
    "عبر الإنترنت",
    "فيديو",
    "عن بعد",
    "تيمز",
  ]),
  "u",
);
// "in person rather than online": only what comes before the comparison is wanted.
const COMPARISON = new RegExp(
  wordsPattern(["rather than", "instead of", "than", "zamiast", "în loc de", "замість", "بدلا من"]),
  "u",
);

function languageIn(folded: string): string | null {
  if (SIGN_LANGUAGE.test(folded)) return "British Sign Language";
  return LANGUAGE_PATTERNS.find((l) => l.re.test(folded))?.name ?? null;
}

/** A clause's folded text up to any comparison, or undefined when it says no (before any reason). */
function wanted(piece: string): string | undefined {
  const folded = fold(piece).replace(SET_PHRASES, " ");
  const before = folded.split(COMPARISON)[0] ?? "";
  return NEGATION.test(before.split(REASON)[0] ?? "") ? undefined : before;
}

/** Finds requests in the pieces of a reply (its comma-separated clauses, original text). */
export function replyHints(pieces: readonly string[]): ReplyHints {
  let interpreter: ReplyHints["interpreter"] = null;
  let supporter: ReplyHints["supporter"] = null;
  let online: ReplyHints["online"] = null;
  for (const piece of pieces) {
    const text = wanted(piece);
    if (text === undefined) continue;
    if (!interpreter && (INTERPRETER.test(text) || SIGN_LANGUAGE.test(text))) {
      // "An interpreter, Polish please": the language may be in the next piece.
      const language = languageIn(text) ?? languageIn(pieces.map((p) => fold(p)).join(" "));
      interpreter = { language, evidence: piece };
    }
    if (!online && ONLINE.test(text)) online = { evidence: piece };
    const who: string | undefined = supporter ? undefined : supporterIn(piece);
    if (who) supporter = { who, evidence: piece };
  }
  return { interpreter, supporter, online };
}
