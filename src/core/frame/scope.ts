/**
 * The places a number is about and the roles they play: for a flow of goods, which side exports and which imports
 * ("exports from Russia to the EU", "EU imports of Russian LNG", "India's crude imports", "Russia supplied"); for
 * anything else, the places named ("trade between India and Russia", "prices in the EU").
 *
 * Roles come from the words around each mention: "from X" exports; "to X", "into X", "at X ports" import; a
 * demonym before a product ("Russian LNG") is where the goods come from; a possessive or the subject of a flow verb
 * stands on the side the flow word says ("India's imports", "Russia supplied").
 */
import type { FlowSide, MeasureHit } from "./measure";
import type { PlaceMention } from "./places";
import type { ProductHit } from "./product";

export type Role = FlowSide | "pair" | "place" | "people";

/** Nouns for people: "Chinese students", "Russian citizens" name a people, not a place. */
const PEOPLE_AFTER = /^[\s-]+(?:(?:young|foreign|ordinary|visiting|international|private)\s+)?(?:citizens?|nationals?|students?|tourists?|people|workers?|residents?|travell?ers?|visitors?|migrants?|soldiers?|troops|children|women|men|patients?|voters?|pilgrims?|refugees?|expats?|passport\s+holders|enrol(?:l)?ments?|applicants?|graduates?|diaspora|holiday-?makers|vacationers|arrivals)\b/i;

/** Is the mention a people ("Chinese students", "Russians") rather than a place? */
export function isPeople(sentence: string, mention: PlaceMention): boolean {
  if (mention.form !== "demonym") return false;
  const written = sentence.slice(mention.start, mention.end);
  if (/s$/.test(written) && !/ss$/.test(written)) return true;
  return PEOPLE_AFTER.test(sentence.slice(mention.end, mention.end + 40));
}

export interface ScopedPlace {
  code: string;
  role: Role;
  /** Read from the claim's own words (not filled in from the article). */
  explicit: boolean;
}

const FROM_BEFORE = /\b(?:from|out\s+of|by)\s+(?:the\s+)?$/i;
const TO_BEFORE = /\b(?:to|into|at|toward|towards|bound\s+for)\s+(?:the\s+)?$/i;

/** An aside set off by commas right after a subject, with no number in it (", the largest market outside Europe,"). */
const SUBJECT_ASIDE = /^,[^,;:()\d]{3,120},(?=\s)/;

/** The role of one mention of the stretch, given the measure of the number (undefined: a plain place). */
export function roleOf(sentence: string, mention: PlaceMention, measure: MeasureHit | undefined, products: readonly ProductHit[], product?: string, nearestBefore = true): Role {
  const before = sentence.slice(Math.max(0, mention.start - 20), mention.start);
  // ("applications from Indian students" are applications from India, as another outlet says: the people after "from"
  // say where the number comes from)
  if (isPeople(sentence, mention) && !/\bfrom\s+$/i.test(before)) return "people";
  const side = measure?.concept.side;
  if (measure?.concept.key === "trade" || measure?.concept.key === "trade-balance") return "pair";
  if (!side) return "place";
  if (FROM_BEFORE.test(before)) return "exporter";
  if (TO_BEFORE.test(before)) return "importer";
  if (mention.form === "demonym") {
    // "Russian LNG", "Russian crude deliveries": the goods' origin; "Indian refiners", "European ports": a buyer.
    // ... only when those goods are the flow's ("a substitute for Russian gas drove US LNG exports up" is not Russian)
    const next = products.find((p) => p.start >= mention.end && p.start - mention.end <= 25 && !/[,.;]/.test(sentence.slice(mention.end, p.start)));
    if (next && (!product || product.split(" + ").includes(next.key))) return "exporter";
    if (/^\s+(?:refiners?|buyers?|importers?|ports?|terminals?|customers?|consumers?|markets?|utilities|households)\b/i.test(sentence.slice(mention.end, mention.end + 20))) return "importer";
    if (/^\s+(?:producers?|exporters?|suppliers?|sellers?|companies|firms)\b/i.test(sentence.slice(mention.end, mention.end + 20))) return "exporter";
  }
  // A possessive or the subject of the flow word: the side the word names ("India's imports", "Russia supplied"),
  // past an aside about the subject ("Britain, for generations the anchor of the trade, bought")
  const between = mention.end <= measure.start ? sentence.slice(mention.end, measure.start).replace(SUBJECT_ASIDE, "") : "";
  if (nearestBefore && mention.end <= measure.start && /^[^,;:()]{0,30}$/.test(between)) return side;
  return "place";
}

/** After a demonym, the noun of an organisation and its name ("Swedish truckmaker Hallberg"), or of a player or a club. */
// (or a person or a club: "Nigerian striker Tunde Okonjo", "Spanish side Valdemar", "the Nigerian international")
const ORG_AFTER = /^\s+(?:(?:\p{Ll}+maker|company|firm|group|lender|bank|insurer|retailer|airline|carrier|miner|producer|conglomerate|utility|brewer)\s+\p{Lu}|(?:side|club|team|striker|forward|winger|midfielder|defender|goalkeeper|keeper|player|international|star|coach|manager|champion)\b)/u;
/** After a place's possessive, a rank among its kind: "Europe's busiest airport", "Asia's third-largest port". */
const RANK_AFTER = /^\s+(?:(?:[a-z]+est|top|leading|largest-ever|(?:second|third|fourth|fifth|sixth)(?:-[a-z]+)?|No\.\s?\d+)\s+)(?:[\p{Ll}-]+\s+){0,2}?[\p{Ll}-]+/u;
/** A rank among entities of a place, which names one of them: "Europe's largest port", "Asia's third-busiest airport". */
const RANKED_ENTITY_AFTER = /^\s+(?:[a-z]+est|top|leading|(?:second|third|fourth|fifth)-[a-z]+)\s+(?:[\p{Ll}-]+\s+){0,2}?(?:port|airport|city|company|bank|lender|carmaker|automaker|economy|club|team|mine|oilfield|refinery|plant|hub|university|retailer|airline|carrier|insurer|utility|miner|steelmaker|brewer|exchange|stadium|terminal)s?\b/u;
/** What sets a rank off as a description of another name: an apposition, "making it", a copula. */
const DESCRIPTION_BEFORE = /(?:,|\b(?:making|made|makes|make)\s+(?:it|them)|\b(?:is|was|are|were|became|becomes|remains|remained|as)(?:\s+now|\s+still)?)\s+$/;

/**
 * Is the mention a nationality describing an organisation, a player or a club ("Swedish truckmaker Hallberg"), or a
 * place whose rank describes another name ("Rotterdam, Europe's largest port, handled", "making it Europe's busiest
 * airport": the port's and the airport's figures, not Europe's)?
 */
export function describesName(sentence: string, mention: PlaceMention): boolean {
  if (mention.form === "demonym") return ORG_AFTER.test(sentence.slice(mention.end, mention.end + 24));
  if (!mention.possessive) return false;
  const after = sentence.slice(mention.end + 2, mention.end + 60);
  // ("Europe's largest port handled …": a ranked entity is named, wherever it stands; "Spain's busiest month" is Spain's)
  return (RANK_AFTER.test(after) && DESCRIPTION_BEFORE.test(sentence.slice(Math.max(0, mention.start - 24), mention.start))) || RANKED_ENTITY_AFTER.test(after);
}

/** "based in Hamburg", "headquartered in Lyon": where an organisation sits, not where its figures are. */
const SEAT_BEFORE = /\b(?:based|headquartered|domiciled|listed|registered)\s+in\s+(?:the\s+)?$/i;

/** The places of a number: the mentions of its own stretch, with the roles-bearing mentions of its clause's head. */
export function scopeOf(sentence: string, localMentions: readonly PlaceMention[], headMentions: readonly PlaceMention[], measure: MeasureHit | undefined, products: readonly ProductHit[], product?: string): ScopedPlace[] {
  // (and a nationality that describes an organisation: "Swedish truckmaker Hallberg")
  const seat = (m: PlaceMention) => SEAT_BEFORE.test(sentence.slice(Math.max(0, m.start - 24), m.start)) || describesName(sentence, m);
  // (nor the place a phrase opening the sentence sets the subject against, where a place follows it: "Behind India,
  // Japan produced 6.9 million tonnes", "Unlike China, Vietnam raised its exports")
  const foil = (m: PlaceMention) => OPENING_FOIL.test(sentence.slice(0, m.start)) && /^[^,;\d]{0,30},/.test(sentence.slice(m.end)) && localMentions.some((o) => o.start > m.end && o.code !== m.code);
  const local = localMentions.filter((m) => !seat(m) && !foil(m));
  const head = headMentions.filter((m) => !seat(m));
  const out: ScopedPlace[] = [];
  const add = (code: string, role: Role) => {
    const known = out.find((p) => p.code === code);
    if (!known) out.push({ code, role, explicit: true });
    else if (known.role === "place" && role !== "place") known.role = role;
  };
  // only the place nearest before the flow word can be its subject ("Russian gas drove US LNG exports": the US)
  const all = [...local, ...head];
  const nearest = measure ? all.filter((m) => m.end <= measure.start).sort((a, b) => b.end - a.end)[0] : undefined;
  for (const m of local) add(m.code, roleOf(sentence, m, measure, products, product, m === nearest));
  for (const m of head) {
    const role = roleOf(sentence, m, measure, products, product, m === nearest);
    if (role === "place" && local.length) continue;
    if ((role === "exporter" || role === "importer") && out.some((p) => p.role === role && p.code !== m.code)) continue;
    add(m.code, role);
  }
  return out;
}

/** A phrase opening the sentence that names what its subject is set against: "Behind ", "Unlike ", "Apart from the ". */
const OPENING_FOIL = /^\s*(?:behind|unlike|like|after|besides|apart\s+from|aside\s+from|beyond|compared\s+(?:with|to)|ahead\s+of|next\s+to|as\s+with|along\s+with)\s+(?:the\s+)?$/i;

/** The world as a number's place: "worldwide", "around the world", "the world's", "globally". */
// ("Codelco, the world's largest copper producer, produced 118,700 tons": a rank that describes a name is no scope)
const WORLDWIDE = /\b(?:worldwide|globally|(?:around|across|throughout)\s+the\s+(?:world|globe)|in\s+the\s+world|on\s+Earth|the\s+world['’]s(?!\s+(?:[a-z]+est|top|leading|most|No\.|number|(?:second|third|fourth|fifth)(?:-[a-z]+)?)\b)|world\s+total)\b/i;
/** "global shipments fell 3%", "world output reached": the world named as the adjective of what the number measures. */
const WORLD_BEFORE = /\b(?:global|world)\s+(?:[a-z-]+\s+){0,2}(?:(?:rose|fell|grew|reached|climbed|dropped|declined|increased|decreased|jumped|stood|stands|was|were|is|hit|totall?ed)\s+(?:by\s+|to\s+|at\s+)?)?(?:(?:about|around|nearly|almost|some|more\s+than|over)\s+)?$/;
export const WORLD: ScopedPlace = { code: "world", role: "place", explicit: true };

/**
 * The world, for a number of clause `[from, to)` at `[start, end)` that has no place of its own and that the clause
 * says is the world's ("displaced worldwide", "global shipments fell 3%"); undefined otherwise.
 */
export function worldScope(sentence: string, from: number, to: number, start: number, end: number): ScopedPlace | undefined {
  return WORLDWIDE.test(sentence.slice(Math.max(from, start - 80), Math.min(to, end + 60))) || WORLD_BEFORE.test(sentence.slice(Math.max(from, start - 40), start)) || WORLD_SUBJECT.test(sentence.slice(from, start)) || CENTRAL_BANKS_SUBJECT.test(sentence.slice(from, start)) ? WORLD : undefined;
}

/**
 * A clause whose subject is "central banks", with no country or region before it ("Central banks added 1,045 tonnes
 * of gold", "Overall, central banks bought", "with central banks purchasing 333 tonnes"): all of them, the world's
 * ("Asian central banks", "Poland's central bank" are not; see places.ts for a central bank named by its country).
 */
const CENTRAL_BANKS_SUBJECT = /(?:^|[,;:]|\)\s*[-–—]|\bwith)\s*(?:the\s+world['’]s\s+)?[Cc]entral\s+banks\s+(?!of\b|in\b)[^,;]*$/u;

/**
 * A clause whose subject is the world's ("Global smartphone shipments rose 3.1% year on year to 316.1 million"):
 * its numbers up to the next comma are the world's (a wire's date line may open it).
 */
const WORLD_SUBJECT = /^(?:[^.]{0,40}?\([^)]{2,30}\)\s*[-–—]+)?\s*(?:[Gg]lobal|[Ww]orldwide|[Ww]orld(?!\s+Bank))\s+(?:[\p{Ll}-]+\s+){0,3}?(?:rose|fell|grew|reached|climbed|dropped|declined|increased|decreased|jumped|stood|was|were|hit|totall?ed|slipped|edged\s+(?:up|down))\b[^,;]*$/u;

/**
 * The place a relative clause before `start` is about: the place named right before ", which" (or who, whose), when
 * the clause runs up to the number with no other place named in it. Undefined otherwise.
 */
export function relativeAntecedent(sentence: string, places: readonly PlaceMention[], start: number): PlaceMention | undefined {
  const before = sentence.slice(0, start);
  const at = Math.max(before.lastIndexOf(", which "), before.lastIndexOf(", who "), before.lastIndexOf(", whose "));
  if (at < 0) return undefined;
  if (places.some((p) => p.start > at && p.end <= start)) return undefined;
  const place = places.find((p) => p.end <= at && /^\s*$/.test(sentence.slice(p.end, at)));
  // (not the last of a list: "the Netherlands, France and the UK, which between them took 35%")
  if (!place || places.some((p) => p.end <= place.start && /^\s*(?:,|and|&)\s*(?:the\s+)?$/i.test(sentence.slice(p.end, place.start)))) return undefined;
  return place;
}
