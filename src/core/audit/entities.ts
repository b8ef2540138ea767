/**
 * Countries and peoples a claim is about, with their role: "place:cn" for China (or a Chinese thing: "Chinese gas",
 * "Beijing") and "people:ru" for Russians ("Russian citizens", "Russians"). The role keeps directions apart:
 * "China lets Russians stay 30 days" is {place:cn, people:ru}, "Russia lets Chinese stay 30 days" is {place:ru, people:cn}.
 */
import { PEOPLE_NOUNS } from "./lexicon";

interface Country {
  code: string;
  name: string;
  names: string[];
  demonyms: string[];
  plural?: string[];
}

const COUNTRIES: Country[] = [
  { code: "ru", name: "Russia", names: ["russia", "russian federation", "moscow", "kremlin"], demonyms: ["russian"], plural: ["russians"] },
  { code: "cn", name: "China", names: ["china", "prc", "people's republic of china", "beijing"], demonyms: ["chinese"] },
  { code: "us", name: "US", names: ["united states", "u.s.", "us", "usa", "america", "washington"], demonyms: ["american"], plural: ["americans"] },
  { code: "eu", name: "EU", names: ["european union", "eu", "europe", "brussels"], demonyms: ["european"], plural: ["europeans"] },
  { code: "ua", name: "Ukraine", names: ["ukraine", "kyiv", "kiev"], demonyms: ["ukrainian"], plural: ["ukrainians"] },
  { code: "in", name: "India", names: ["india", "new delhi"], demonyms: ["indian"], plural: ["indians"] },
  { code: "jp", name: "Japan", names: ["japan", "tokyo"], demonyms: ["japanese"] },
  { code: "de", name: "Germany", names: ["germany", "berlin"], demonyms: ["german"], plural: ["germans"] },
  { code: "fr", name: "France", names: ["france", "paris"], demonyms: ["french"] },
  { code: "gb", name: "UK", names: ["united kingdom", "uk", "u.k.", "britain", "great britain", "london"], demonyms: ["british"], plural: ["britons"] },
  { code: "ir", name: "Iran", names: ["iran", "tehran"], demonyms: ["iranian"], plural: ["iranians"] },
  { code: "tr", name: "Turkey", names: ["turkey", "türkiye", "turkiye", "ankara"], demonyms: ["turkish"] },
  { code: "kz", name: "Kazakhstan", names: ["kazakhstan", "astana"], demonyms: ["kazakh"], plural: ["kazakhs"] },
  { code: "by", name: "Belarus", names: ["belarus", "minsk"], demonyms: ["belarusian"], plural: ["belarusians"] },
  { code: "mn", name: "Mongolia", names: ["mongolia", "ulaanbaatar"], demonyms: ["mongolian"], plural: ["mongolians"] },
  { code: "kp", name: "North Korea", names: ["north korea", "pyongyang", "dprk"], demonyms: ["north korean"] },
  { code: "kr", name: "South Korea", names: ["south korea", "seoul"], demonyms: ["south korean"] },
  { code: "br", name: "Brazil", names: ["brazil", "brasilia"], demonyms: ["brazilian"], plural: ["brazilians"] },
  { code: "sa", name: "Saudi Arabia", names: ["saudi arabia", "riyadh"], demonyms: ["saudi"], plural: ["saudis"] },
  { code: "qa", name: "Qatar", names: ["qatar", "doha"], demonyms: ["qatari"] },
  { code: "ve", name: "Venezuela", names: ["venezuela", "caracas"], demonyms: ["venezuelan"] },
  { code: "cu", name: "Cuba", names: ["cuba", "havana"], demonyms: ["cuban"] },
  { code: "tw", name: "Taiwan", names: ["taiwan", "taipei"], demonyms: ["taiwanese"] },
  { code: "il", name: "Israel", names: ["israel"], demonyms: ["israeli"], plural: ["israelis"] },
  { code: "ps", name: "Gaza", names: ["gaza", "palestine"], demonyms: ["palestinian"], plural: ["palestinians"] },
  { code: "sy", name: "Syria", names: ["syria", "damascus"], demonyms: ["syrian"] },
  { code: "it", name: "Italy", names: ["italy", "rome"], demonyms: ["italian"], plural: ["italians"] },
  { code: "es", name: "Spain", names: ["spain", "madrid"], demonyms: ["spanish"] },
  { code: "pl", name: "Poland", names: ["poland", "warsaw"], demonyms: ["polish"] },
  { code: "ca", name: "Canada", names: ["canada", "ottawa"], demonyms: ["canadian"], plural: ["canadians"] },
  { code: "mx", name: "Mexico", names: ["mexico"], demonyms: ["mexican"], plural: ["mexicans"] },
  { code: "au", name: "Australia", names: ["australia", "canberra"], demonyms: ["australian"], plural: ["australians"] },
  { code: "vn", name: "Vietnam", names: ["vietnam", "hanoi"], demonyms: ["vietnamese"] },
  { code: "eg", name: "Egypt", names: ["egypt", "cairo"], demonyms: ["egyptian"] },
  { code: "no", name: "Norway", names: ["norway", "oslo"], demonyms: ["norwegian"] },
  { code: "nl", name: "Netherlands", names: ["netherlands", "holland", "amsterdam"], demonyms: ["dutch"] },
];

const NAME_OF = new Map(COUNTRIES.map((c) => [c.code, c.name]));

/** Readable country name for an entity key ("place:cn" → "China"). */
export function entityName(key: string): string {
  return NAME_OF.get(key.slice(key.indexOf(":") + 1)) ?? key;
}

type Kind = "name" | "demonym" | "plural";
const LOOKUP = new Map<string, { code: string; kind: Kind }>();
for (const c of COUNTRIES) {
  for (const n of c.names) LOOKUP.set(n, { code: c.code, kind: "name" });
  for (const d of c.demonyms) LOOKUP.set(d, { code: c.code, kind: "demonym" });
  for (const p of c.plural ?? []) LOOKUP.set(p, { code: c.code, kind: "plural" });
}
const ALTERNATION = [...LOOKUP.keys()]
  .sort((a, b) => b.length - a.length || (a < b ? -1 : 1))
  .map((k) => k.replace(/[.'()]/g, (ch) => "\\" + ch))
  .join("|");
// Case-sensitive start (a country is written with a capital), matched on the original text.
const ENTITY_RE = new RegExp(`(?<![A-Za-z])(${ALTERNATION})(?![A-Za-z])`, "gi");
const ADJECTIVES_BEFORE_PEOPLE = new Set(["ordinary", "young", "foreign", "international", "visiting", "private"]);
const UPPER_ONLY = new Set(["us", "eu", "uk", "prc", "dprk", "usa"]);

/** Entity keys mentioned in `text`, sorted and unique. */
export function findEntities(text: string): string[] {
  if (!text) return [];
  const out = new Set<string>();
  ENTITY_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = ENTITY_RE.exec(text))) {
    const word = m[1];
    if (word[0] !== word[0].toUpperCase()) continue; // "china" as porcelain, "us" as a pronoun
    const lower = word.toLowerCase();
    if (UPPER_ONLY.has(lower) && word !== word.toUpperCase()) continue; // "Us" at a sentence start
    const hit = LOOKUP.get(lower);
    if (!hit) continue;
    let role = "place";
    if (hit.kind === "plural") role = "people";
    else if (hit.kind === "demonym") {
      const next = /^[\s-]+([A-Za-z]+)(?:[\s-]+([A-Za-z]+))?/.exec(text.slice(m.index + word.length, m.index + word.length + 40));
      // "Chinese students", "Russian passport holders", "Chinese nationals"; "the Chinese" alone are people too.
      const first = next?.[1].toLowerCase() ?? "";
      const second = next?.[2]?.toLowerCase() ?? "";
      if (PEOPLE_NOUNS.has(first) || (ADJECTIVES_BEFORE_PEOPLE.has(first) && PEOPLE_NOUNS.has(second))) role = "people";
    }
    out.add(`${role}:${hit.code}`);
  }
  return [...out].sort();
}

/** `text` with country names and demonyms blanked out (their role is kept by findEntities, not by the subject). */
export function stripEntities(text: string): string {
  ENTITY_RE.lastIndex = 0;
  return text.replace(ENTITY_RE, (w) => (w[0] === w[0].toUpperCase() ? " " : w));
}
