/*
 * Character references as mail clients write them. Not the full HTML table (2,000+ names): the
 * ones mail actually contains, Latin-1 and the Polish and Romanian letters. An unknown name is
 * left as written, which is what a reader would want to see.
 */

const LATIN1_FROM_A0 =
  "nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr deg plusmn sup2 sup3 acute micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest Agrave Aacute Acirc Atilde Auml Aring AElig Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml ETH Ntilde Ograve Oacute Ocirc Otilde Ouml times Oslash Ugrave Uacute Ucirc Uuml Yacute THORN szlig agrave aacute acirc atilde auml aring aelig ccedil egrave eacute ecirc euml igrave iacute icirc iuml eth ntilde ograve oacute ocirc otilde ouml divide oslash ugrave uacute ucirc uuml yacute thorn yuml";

const OTHERS: Readonly<Record<string, number>> = {
  amp: 0x26,
  lt: 0x3c,
  gt: 0x3e,
  quot: 0x22,
  apos: 0x27,
  ensp: 0x2002,
  emsp: 0x2003,
  thinsp: 0x2009,
  zwnj: 0x200c,
  zwj: 0x200d,
  lrm: 0x200e,
  rlm: 0x200f,
  ndash: 0x2013,
  mdash: 0x2014,
  lsquo: 0x2018,
  rsquo: 0x2019,
  sbquo: 0x201a,
  ldquo: 0x201c,
  rdquo: 0x201d,
  bdquo: 0x201e,
  bull: 0x2022,
  hellip: 0x2026,
  euro: 0x20ac,
  trade: 0x2122,
  Aogon: 0x104,
  aogon: 0x105,
  Cacute: 0x106,
  cacute: 0x107,
  Eogon: 0x118,
  eogon: 0x119,
  Lstrok: 0x141,
  lstrok: 0x142,
  Nacute: 0x143,
  nacute: 0x144,
  Sacute: 0x15a,
  sacute: 0x15b,
  Zacute: 0x179,
  zacute: 0x17a,
  Zdot: 0x17b,
  zdot: 0x17c,
  Abreve: 0x102,
  abreve: 0x103,
  Scedil: 0x15e,
  scedil: 0x15f,
  Tcedil: 0x162,
  tcedil: 0x163,
};

const NAMED = new Map<string, string>([
  ...LATIN1_FROM_A0.split(" ").map((name, i): [string, string] => [name, String.fromCodePoint(0xa0 + i)]),
  ...Object.entries(OTHERS).map(([name, code]): [string, string] => [name, String.fromCodePoint(code)]),
]);

// Old mail software writes Windows-1252 bytes as numeric references (&#146; for ’).
const WINDOWS_1252 = new Map<number, number>([
  [0x80, 0x20ac],
  [0x85, 0x2026],
  [0x91, 0x2018],
  [0x92, 0x2019],
  [0x93, 0x201c],
  [0x94, 0x201d],
  [0x95, 0x2022],
  [0x96, 0x2013],
  [0x97, 0x2014],
  [0x99, 0x2122],
]);

// These few are so common that HTML lets them go without the semicolon.
const LEGACY_WITHOUT_SEMICOLON = new Set(["amp", "lt", "gt", "quot", "nbsp"]);
const REFERENCE = /&(?:#(\d{1,8})|#[xX]([0-9a-fA-F]{1,7})|([A-Za-z][A-Za-z0-9]{1,31}))(;?)/g;
const REPLACEMENT = "\ufffd";

function fromCodePoint(code: number): string {
  const mapped = WINDOWS_1252.get(code);
  if (mapped !== undefined) return String.fromCodePoint(mapped);
  const invalid =
    code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff) || (code >= 0x80 && code < 0xa0);
  return invalid ? REPLACEMENT : String.fromCodePoint(code);
}

/** Decodes character references once (so `&amp;lt;` becomes `&lt;`, never `<`). */
export function decodeEntities(text: string): string {
  return text.replace(REFERENCE, (whole, dec?: string, hex?: string, name?: string, semicolon?: string) => {
    if (dec !== undefined) return fromCodePoint(Number.parseInt(dec, 10));
    if (hex !== undefined) return fromCodePoint(Number.parseInt(hex, 16));
    if (name === undefined) return whole;
    const char =
      NAMED.get(name) ??
      (LEGACY_WITHOUT_SEMICOLON.has(name.toLowerCase()) ? NAMED.get(name.toLowerCase()) : undefined);
    if (char === undefined) return whole;
    if (semicolon === "" && !LEGACY_WITHOUT_SEMICOLON.has(name.toLowerCase())) return whole;
    return char;
  });
}
