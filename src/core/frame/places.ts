/**
 * The gazetteer of the claim frame: countries, blocs and world regions with their names, capitals and demonyms,
 * and a scan that finds their mentions in a text. A mention says how the place was named (by name, by its capital
 * or seat of government, or by an adjective such as "Russian"), and whether it stands in the possessive
 * ("India's"): the scope reader (scope.ts) turns those into roles.
 *
 * Europe and the European Union are different places (news distinguishes "EU imports" from "Europe's imports");
 * capitals stand for their country ("Moscow proposed", "talks in Beijing").
 */

export interface Place {
  /** Short stable key: ISO 3166 alpha-2 for countries, a word for blocs and regions ("eu", "europe", "asia"). */
  code: string;
  /** Readable name for labels. */
  name: string;
}

export type MentionForm = "name" | "capital" | "demonym";

export interface PlaceMention {
  code: string;
  start: number;
  end: number;
  form: MentionForm;
  /** Followed by "'s" / "’s". */
  possessive: boolean;
}

/** code | name | other names, ";"-separated | capitals and seats | demonyms (adjectives and plural nouns). */
const TABLE = `
ru|Russia|Russian Federation|Moscow;Kremlin|Russian;Russians
cn|China|People's Republic of China;PRC;Mainland China|Beijing|Chinese
us|US|United States;United States of America;U.S.;U.S.A.;USA;America|Washington;White House|American;Americans
eu|EU|European Union;E.U.|Brussels;European Commission|
europe|Europe||European;Europeans
in|India||New Delhi;Delhi|Indian;Indians
jp|Japan||Tokyo|Japanese
de|Germany||Berlin|German;Germans
fr|France||Paris;Elysee;Élysée|French
gb|UK|United Kingdom;U.K.;Britain;Great Britain|London;Downing Street|British;Britons
ua|Ukraine||Kyiv;Kiev|Ukrainian;Ukrainians
ir|Iran||Tehran|Iranian;Iranians
iq|Iraq||Baghdad|Iraqi;Iraqis
sa|Saudi Arabia|Saudi;Kingdom of Saudi Arabia|Riyadh|Saudi;Saudis
ae|UAE|United Arab Emirates;U.A.E.;Emirates|Abu Dhabi;Dubai|Emirati;Emiratis
qa|Qatar||Doha|Qatari;Qataris
kw|Kuwait||Kuwait City|Kuwaiti
om|Oman||Muscat|Omani
il|Israel||Jerusalem;Tel Aviv|Israeli;Israelis
ps|Palestine|Gaza;West Bank|Ramallah|Palestinian;Palestinians
sy|Syria||Damascus|Syrian;Syrians
lb|Lebanon||Beirut|Lebanese
jo|Jordan||Amman|Jordanian
eg|Egypt||Cairo|Egyptian;Egyptians
tr|Turkey|Türkiye;Turkiye|Ankara|Turkish;Turks
kz|Kazakhstan||Astana|Kazakh;Kazakhs
uz|Uzbekistan||Tashkent|Uzbek;Uzbeks
tm|Turkmenistan||Ashgabat|Turkmen
az|Azerbaijan||Baku|Azerbaijani;Azeri
am|Armenia||Yerevan|Armenian;Armenians
ge|Georgia||Tbilisi|Georgian;Georgians
by|Belarus||Minsk|Belarusian;Belarusians
mn|Mongolia||Ulaanbaatar|Mongolian;Mongolians
kp|North Korea|DPRK|Pyongyang|North Korean;North Koreans
kr|South Korea|Republic of Korea;Korea|Seoul|South Korean;South Koreans;Korean
tw|Taiwan||Taipei|Taiwanese
hk|Hong Kong|||
vn|Vietnam|Viet Nam|Hanoi|Vietnamese
th|Thailand||Bangkok|Thai
my|Malaysia||Kuala Lumpur|Malaysian;Malaysians
sg|Singapore|||Singaporean;Singaporeans
id|Indonesia||Jakarta|Indonesian;Indonesians
ph|Philippines||Manila|Filipino;Filipinos;Philippine
pk|Pakistan||Islamabad|Pakistani;Pakistanis
bd|Bangladesh||Dhaka|Bangladeshi;Bangladeshis
lk|Sri Lanka||Colombo|Sri Lankan
np|Nepal||Kathmandu|Nepali;Nepalese
af|Afghanistan||Kabul|Afghan;Afghans
au|Australia||Canberra|Australian;Australians
nz|New Zealand||Wellington|New Zealander
ca|Canada||Ottawa|Canadian;Canadians
mx|Mexico||Mexico City|Mexican;Mexicans
br|Brazil||Brasilia;Brasília|Brazilian;Brazilians
ar|Argentina||Buenos Aires|Argentine;Argentinian;Argentinians
cl|Chile||Santiago|Chilean;Chileans
co|Colombia||Bogota;Bogotá|Colombian;Colombians
pe|Peru||Lima|Peruvian;Peruvians
ve|Venezuela||Caracas|Venezuelan;Venezuelans
cu|Cuba||Havana|Cuban;Cubans
ng|Nigeria||Abuja;Lagos|Nigerian;Nigerians
za|South Africa||Pretoria;Johannesburg;Cape Town|South African;South Africans
ke|Kenya||Nairobi|Kenyan;Kenyans
ug|Uganda||Kampala|Ugandan;Ugandans
tz|Tanzania||Dodoma;Dar es Salaam|Tanzanian;Tanzanians
rw|Rwanda||Kigali|Rwandan;Rwandans
sn|Senegal||Dakar|Senegalese
ci|Ivory Coast|Côte d'Ivoire;Cote d'Ivoire|Abidjan;Yamoussoukro|Ivorian;Ivorians
cm|Cameroon||Yaoundé;Yaounde|Cameroonian
zm|Zambia||Lusaka|Zambian
zw|Zimbabwe||Harare|Zimbabwean
mz|Mozambique||Maputo|Mozambican
tn|Tunisia||Tunis|Tunisian
sd|Sudan||Khartoum|Sudanese
ye|Yemen||Sanaa|Yemeni
bh|Bahrain||Manama|Bahraini
mm|Myanmar|Burma|Naypyidaw;Yangon|Burmese
kh|Cambodia||Phnom Penh|Cambodian
la|Laos||Vientiane|Lao;Laotian
ec|Ecuador||Quito|Ecuadorian
bo|Bolivia||La Paz|Bolivian
py|Paraguay||Asuncion;Asunción|Paraguayan
uy|Uruguay||Montevideo|Uruguayan
is|Iceland||Reykjavik|Icelandic
si|Slovenia||Ljubljana|Slovenian
ba|Bosnia|Bosnia and Herzegovina|Sarajevo|Bosnian
al|Albania||Tirana|Albanian
mk|North Macedonia||Skopje|Macedonian
cy|Cyprus||Nicosia|Cypriot
mt|Malta||Valletta|Maltese
lu|Luxembourg|||
kg|Kyrgyzstan||Bishkek|Kyrgyz
tj|Tajikistan||Dushanbe|Tajik
et|Ethiopia||Addis Ababa|Ethiopian;Ethiopians
dz|Algeria||Algiers|Algerian;Algerians
ma|Morocco||Rabat|Moroccan;Moroccans
ly|Libya||Tripoli|Libyan;Libyans
gh|Ghana||Accra|Ghanaian
ao|Angola||Luanda|Angolan
it|Italy||Rome|Italian;Italians
es|Spain||Madrid|Spanish;Spaniards
pt|Portugal||Lisbon|Portuguese
nl|Netherlands|Holland;the Netherlands|Amsterdam;The Hague|Dutch
be|Belgium||Brussels-Capital|Belgian;Belgians
ch|Switzerland||Bern;Geneva|Swiss
at|Austria||Vienna|Austrian;Austrians
pl|Poland||Warsaw|Polish;Poles
cz|Czech Republic|Czechia|Prague|Czech;Czechs
sk|Slovakia||Bratislava|Slovak;Slovakian
hu|Hungary||Budapest|Hungarian;Hungarians
ro|Romania||Bucharest|Romanian;Romanians
bg|Bulgaria||Sofia|Bulgarian;Bulgarians
gr|Greece||Athens|Greek;Greeks
rs|Serbia||Belgrade|Serbian;Serbs
hr|Croatia||Zagreb|Croatian;Croats
se|Sweden||Stockholm|Swedish;Swedes
no|Norway||Oslo|Norwegian;Norwegians
dk|Denmark||Copenhagen|Danish;Danes
fi|Finland||Helsinki|Finnish;Finns
ie|Ireland||Dublin|Irish
ee|Estonia||Tallinn|Estonian
lv|Latvia||Riga|Latvian
lt|Lithuania||Vilnius|Lithuanian
md|Moldova||Chisinau|Moldovan
asia|Asia||Asian;Asians
africa|Africa||African;Africans
latam|Latin America|South America||Latin American
mideast|Middle East|West Asia||Middle Eastern
`;

interface Entry {
  code: string;
  form: MentionForm;
}

const PLACES = new Map<string, Place>();
/** Lower-case alias → entry; multi-word aliases too. */
const ALIASES = new Map<string, Entry>();
/** Aliases that only count in upper case ("US", "EU", "UK"), never as the words "us", "eu". */
const UPPER_ONLY = new Set(["us", "eu", "uk", "usa", "prc", "dprk", "uae"]);

for (const line of TABLE.trim().split("\n")) {
  const [code, name, others, capitals, demonyms] = line.split("|");
  PLACES.set(code, { code, name });
  const add = (alias: string, form: MentionForm) => {
    const key = alias.toLowerCase();
    if (key && !ALIASES.has(key)) ALIASES.set(key, { code, form });
  };
  add(name, "name");
  for (const a of (others ?? "").split(";")) add(a, "name");
  for (const a of (capitals ?? "").split(";")) add(a, "capital");
  for (const a of (demonyms ?? "").split(";")) add(a, "demonym");
}

/** The place of a code ("ru" → Russia); unknown codes name themselves. */
export function placeOf(code: string): Place {
  return PLACES.get(code) ?? { code, name: code };
}

/** The most words an alias has ("People's Republic of China": 4). */
const MAX_WORDS = Math.max(...[...ALIASES.keys()].map((k) => k.split(" ").length));
/** First words of all aliases, and of those of several words: most capitalised words are neither, and cost one look-up. */
const FIRST_WORDS = new Set([...ALIASES.keys()].map((k) => k.split(" ")[0].replace(/\.+$/, "")));
const MULTI_FIRST = new Set([...ALIASES.keys()].filter((k) => k.includes(" ")).map((k) => k.split(" ")[0]));

/** A word that may start a place name: a capital, then letters, apostrophes and inner dots ("U.S.", "Côte"). */
const CAPITAL_WORD = /[A-Z\u00c0-\u00d6\u00d8-\u00de][\p{L}\p{M}'’.]*/gu;
const NEXT_WORD = /^[\s\u00a0-]+([\p{L}\p{M}'’.]+)/u;

/** A possessive ends a name: "Kenya's" is Kenya. */
function ownerOf(word: string): string {
  return /['’]s$/.test(word) ? word.slice(0, -2) : word;
}

function isWordChar(c: string | undefined): boolean {
  return !!c && /[\p{L}\p{N}]/u.test(c);
}

/**
 * Every place mention in `text`, in order. Linear: each capitalised word is looked up once, with the few words after
 * it for names of several words ("Saudi Arabia", "People's Republic of China"); the longest known name wins.
 */
export function scanPlaces(text: string): PlaceMention[] {
  const out: PlaceMention[] = [];
  CAPITAL_WORD.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CAPITAL_WORD.exec(text)) !== null) {
    const start = m.index;
    if (isWordChar(text[start - 1])) continue;
    // the words from here: "Saudi", "Arabia", ...; each phrase is tried, the longest known one kept
    const words = [ownerOf(m[0])];
    const first = words[0].toLowerCase().replace(/’/g, "'");
    if (!FIRST_WORDS.has(first.replace(/\.+$/, ""))) continue;
    let at = start + words[0].length;
    const ends = [at];
    let ended = words[0] !== m[0] || !MULTI_FIRST.has(first);
    while (!ended && words.length < MAX_WORDS) {
      const next = NEXT_WORD.exec(text.slice(at, at + 40));
      if (!next) break;
      const w = ownerOf(next[1]);
      ended = w !== next[1];
      words.push(w);
      at += next[0].length - (next[1].length - w.length);
      ends.push(at);
    }
    let found: { entry: Entry; end: number; written: string } | undefined;
    for (let k = words.length; k >= 1 && !found; k--) {
      const phrase = words.slice(0, k).join(" ");
      for (const candidate of phrase.endsWith(".") ? [phrase, phrase.replace(/\.+$/, "")] : [phrase]) {
        const entry = ALIASES.get(candidate.toLowerCase().replace(/’/g, "'"));
        if (entry) {
          found = { entry, end: ends[k - 1] - (phrase.length - candidate.length), written: candidate };
          break;
        }
      }
    }
    if (!found) continue;
    const { entry, end, written } = found;
    CAPITAL_WORD.lastIndex = end;
    if (UPPER_ONLY.has(written.toLowerCase()) && written !== written.toUpperCase()) continue;
    if (text[end] === "$") continue; // "US$5bn" is a currency
    if (isWordChar(text[end]) && !written.endsWith(".")) continue;
    const possessive = /^['’]s\b/.test(text.slice(end, end + 3)) || (/s$/.test(written) && /^['’](?!\w)/.test(text.slice(end, end + 2)));
    out.push({ code: entry.code, start, end, form: entry.form, possessive });
  }
  return out;
}
