/**
 * The small general lexicon the grouping uses: news synonyms folded onto one head word, words that carry no
 * subject (stop words, units, hedges), modifiers too weak to tell two figures apart, and subjects too vague to
 * merge claims of different sources.
 */

/** Word (lower case, singular) → canonical head. */
const SYNONYM_TABLE: Record<string, string> = {
  call: "call",
  phonecall: "call",
  conversation: "call",
  talk: "call",
  talks: "call",
  discussion: "call",
  meeting: "call",
  videoconference: "call",
  videocall: "call",
  chat: "call",
  trade: "trade",
  turnover: "trade",
  delivery: "deliveries",
  deliveries: "deliveries",
  supply: "deliveries",
  supplies: "deliveries",
  export: "deliveries",
  exports: "deliveries",
  shipment: "deliveries",
  shipments: "deliveries",
  student: "student",
  students: "student",
  price: "price",
  prices: "price",
  cost: "price",
  costs: "price",
};

export const SYNONYMS = new Map<string, string>(Object.entries(SYNONYM_TABLE));

/** Multi-word phrases folded before tokenising. */
export const PHRASES: [RegExp, string][] = [
  [/\bvideo[\s-]*(?:conference|call|link)s?\b/g, "videoconference"],
  [/\bphone[\s-]*calls?\b/g, "phonecall"],
  [/\btelephone[\s-]*(?:conversation|calls?)s?\b/g, "phonecall"],
  [/\btrade[\s-]+turnover\b/g, "trade"],
];

export const STOPWORDS = new Set(
  (
    "a an the of in on at for to from with by and or as its their his her our your this that these those it they " +
    "has have had was were is are be been being will would could should may might can do does did not no " +
    "about some all per between among over under up more than less nearly almost around approximately roughly " +
    "some just only also still even about across into onto out off via than then there here which who whom whose " +
    "what when where while during since until after before last next this year years month months week day days annually " +
    "hour hours minute minutes second seconds time times percent per cent share both each either neither such"
  ).split(/\s+/),
);

/** Units, magnitudes and number words: they say how much, not what. */
export const QUANTITY_WORDS = new Set(
  (
    "billion billions million millions thousand thousands trillion trillions bn mn mln bln trln tn k " +
    "dollar dollars usd us eur euro euros yuan rmb renminbi ruble rubles rouble roubles pound pounds gbp yen " +
    "bcm mcm tcm cubic metre metres meter meters tonne tonnes ton tons barrel barrels bpd kwh mwh gwh twh wh km " +
    "one two three four five six seven eight nine ten eleven twelve dozen dozens hundred hundreds half quarter " +
    "first second third fourth fifth sixth seventh eighth ninth tenth"
  ).split(/\s+/),
);

/** Verbs of reporting and change that sit between a subject and its number. */
export const VERBS = new Set(
  (
    "reached reach reaches exceeded exceed exceeds surpassed topped top tops hit hits stood stand stands totalled " +
    "totaled total totals amounted amount amounts rose rise rises grew grow grows increased increase increases fell " +
    "fall falls dropped drop drops declined decline declines lasted last lasts came come comes was were is are " +
    "said says say estimated estimate estimates expected expects projected planned plans plan worth valued " +
    "allows allow allowing allowed enter entering signed sign lets let get gets got received receive " +
    "ranks rank ranked ranking holds hold held remains remain remained"
  ).split(/\s+/),
);

/** Modifiers that do not distinguish one figure from another ("bilateral trade" = "trade" between the same parties). */
export const WEAK_MODIFIERS = new Set(
  (
    "bilateral mutual total overall annual yearly combined current new latest recent reported official estimated " +
    "key main major overall whole entire approximately average record level volume value amount number figure " +
    "size sum duration length lasting long"
  ).split(/\s+/),
);

/** Subjects that name nothing in particular: never merged across sources. */
export const VAGUE_HEADS = new Set(
  (
    "it this that thing things figure figures number numbers amount amounts total level levels value values " +
    "rate rates sum times time way ways lot lots part parts item items case cases point points step steps " +
    "increase decrease growth rise fall drop change extension round"
  ).split(/\s+/),
);

/** Nouns that, after a demonym, name people of that nationality ("Chinese students", "Russian citizens"). */
export const PEOPLE_NOUNS = new Set(
  (
    "citizen citizens national nationals student students tourist tourists traveller travellers traveler travelers " +
    "visitor visitors people resident residents worker workers migrant migrants passport passports holder holders " +
    "pupil pupils scholar scholars soldier soldiers troops child children investor investors businessmen " +
    "entrepreneurs specialists expats"
  ).split(/\s+/),
);
