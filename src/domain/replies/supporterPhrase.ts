/*
 * "I'll bring my sister", "my advocate from Enquire will come", "przyjdę z siostrą": who a family
 * says will come with them, in their own words (original case and accents, for staff to read).
 */

const L = "[\\p{L}\\p{M}'’.-]+";
// Up to four more words of a name or description: "my advocate from Enquire", "Zofia Wiśniewska".
const SOME = `${L}(?:\\s+${L}){0,4}?`;
const END =
  "(?=\\s+(?:with|along|to|as|for|if|too|and|who|because|since|so|in case|on|at)\\b|\\s*[.,;:!?)]|\\s*$)";
const PEOPLE =
  "sister|brother|mum|mother|mam|dad|father|husband|wife|partner|friend|advocate|support worker|social worker|key worker|keyworker|aunt|auntie|uncle|gran|granny|grandmother|grandma|grandad|grandfather|grandpa|neighbour|cousin|carer|foster carer|childminder";

const PATTERNS: readonly RegExp[] = [
  // English: bring someone.
  new RegExp(`\\b(?:bring|bringing|brought)\\s+(?:along\\s+)?((?:my|our|a|an|the)\\s+${SOME})${END}`, "iu"),
  new RegExp(`\\b(?:bring|bringing)\\s+(?:along\\s+)?(\\p{Lu}${L}(?:\\s+\\p{Lu}${L})?)${END}`, "u"),
  // English: someone will come.
  new RegExp(
    `\\b((?:my|our)\\s+${SOME})\\s+(?:will|would|is going to|are going to|can|may|might|'ll|’ll)\\s+(?:also\\s+)?(?:come|attend|join|be there|be with me|be coming|be joining|come along)\\b`,
    "iu",
  ),
  new RegExp(
    `\\b((?:my|our)\\s+${SOME})\\s+(?:is|are|'s|’s)\\s+(?:also\\s+)?(?:coming|attending|joining)\\b`,
    "iu",
  ),
  // English: coming with someone.
  new RegExp(
    `\\b(?:with|alongside|accompanied by)\\s+((?:my|our)\\s+(?:${L}\\s+){0,2}?(?:${PEOPLE})(?:\\s+from\\s+${L}(?:\\s+${L})?)?)\\b`,
    "iu",
  ),
  // Polish: przyjdę z …, przyprowadzę …, … przyjdzie ze mną.
  new RegExp(`(?:przyjdę|przyjde|przyjdziemy|będę|bede)\\s+(?:razem\\s+)?(?:z|ze)\\s+(${SOME})${END}`, "iu"),
  new RegExp(`(?:przyprowadzę|przyprowadze|wezmę ze sobą|wezme ze soba)\\s+(${SOME})${END}`, "iu"),
  new RegExp(`(${L}(?:\\s+${L})?)\\s+(?:przyjdzie|będzie|bedzie)\\s+ze\\s+mną`, "iu"),
  // Romanian: vin cu …, aduc ….
  new RegExp(
    `(?:vin|voi veni|o să vin|o sa vin|venim)\\s+(?:împreună\\s+|impreuna\\s+)?cu\\s+(${SOME})${END}`,
    "iu",
  ),
  new RegExp(`(?:aduc|voi aduce|o să aduc|o sa aduc)\\s+(?:cu mine\\s+)?(${SOME})${END}`, "iu"),
  // Ukrainian: прийду з …, візьму з собою ….
  new RegExp(`(?:прийду|прийдемо|буду)\\s+(?:разом\\s+)?(?:з|із|зі)\\s+(${SOME})${END}`, "iu"),
  new RegExp(`(?:візьму з собою|приведу)\\s+(${SOME})${END}`, "iu"),
  // Arabic: سأحضر مع …, … سيأتي معي.
  /(?:سأحضر|ساحضر|سآتي|سأتي|سوف أحضر|سوف آتي)\s+مع\s+(\S+(?:\s+\S+)?)/u,
  /(\S+(?:\s+\S+)?)\s+(?:سيأتي|ستأتي|سيحضر|ستحضر)\s+معي/u,
  // Urdu in Latin letters: meri behen bhi saath aayegi.
  new RegExp(
    `\\b((?:meri|mera|mere)\\s+${L})\\s+(?:bhi\\s+)?(?:saath|sath)\\s+(?:aayegi|aayega|aaegi|aaega|aayenge|aaenge|ayegi|ayega|aayengi)\\b`,
    "iu",
  ),
];

// A child's parent bringing the child is not a supporter; neither is "the papers".
const NOT_A_SUPPORTER =
  /^(?:(?:my|our|the)\s+)?(?:son|daughter|child|children|kids?|papers?|documents?|notes?|reports?|letter)\b/iu;

/** Who the family says will come with them, as they wrote it, or undefined. */
export function supporterIn(piece: string): string | undefined {
  for (const re of PATTERNS) {
    const who = re
      .exec(piece)?.[1]
      ?.trim()
      .replace(/[.’']+$/u, "");
    if (who && who.length <= 80 && !NOT_A_SUPPORTER.test(who)) return who;
  }
  return undefined;
}
