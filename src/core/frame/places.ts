import { isWordChar } from "../text/chars";
import { PhraseTable, phraseKey, type Words } from "./phrases";
import { CITIES } from "./city";
import { PROVINCE_NAMES } from "./province";

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
  /** Short stable key: ISO 3166 alpha-2 for countries, ISO 3166-2 for the nations of the UK ("gb-sct"), a word for blocs and regions ("eu", "europe", "asia"). */
  code: string;
  /** Readable name for labels. */
  name: string;
}

/** How a place is named: by its name, its capital or seat, a city of it (city.ts), or an adjective. */
export type MentionForm = "name" | "capital" | "city" | "demonym";

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
europe|Europe|||European;Europeans
in|India||New Delhi;Delhi|Indian;Indians
jp|Japan||Tokyo|Japanese
de|Germany||Berlin|German;Germans
fr|France||Paris;Elysee;Élysée|French
gb|UK|United Kingdom;U.K.;Britain;Great Britain|London;Downing Street|British;Britons
gb-eng|England|||
gb-sct|Scotland||Edinburgh;Holyrood|Scottish;Scots
gb-wls|Wales||Cardiff|Welsh
gb-nir|Northern Ireland||Belfast;Stormont|
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
me|Montenegro||Podgorica|Montenegrin;Montenegrins
xk|Kosovo||Pristina|Kosovar;Kosovars
bw|Botswana||Gaborone|Botswanan;Batswana;Motswana
na|Namibia||Windhoek|Namibian;Namibians
mw|Malawi||Lilongwe|Malawian;Malawians
mg|Madagascar||Antananarivo|Malagasy
cd|DR Congo|Democratic Republic of the Congo;Democratic Republic of Congo;DRC;Congo-Kinshasa|Kinshasa|Congolese
cg|Republic of the Congo|Republic of Congo;Congo-Brazzaville|Brazzaville|
ga|Gabon||Libreville|Gabonese
ml|Mali||Bamako|Malian;Malians
bf|Burkina Faso||Ouagadougou|Burkinabe;Burkinabè
ne|Niger||Niamey|Nigerien;Nigeriens
td|Chad||N'Djamena;N’Djamena|Chadian;Chadians
gn|Guinea|Guinea-Conakry|Conakry|Guinean;Guineans
gw|Guinea-Bissau||Bissau|
gq|Equatorial Guinea||Malabo|Equatoguinean
sl|Sierra Leone||Freetown|Sierra Leonean;Sierra Leoneans
lr|Liberia||Monrovia|Liberian;Liberians
tg|Togo||Lomé;Lome|Togolese
bj|Benin||Porto-Novo;Cotonou|Beninese
mr|Mauritania||Nouakchott|Mauritanian;Mauritanians
gm|Gambia|The Gambia|Banjul|Gambian;Gambians
cv|Cape Verde|Cabo Verde|Praia|Cape Verdean
er|Eritrea||Asmara|Eritrean;Eritreans
so|Somalia||Mogadishu|Somali;Somalis
dj|Djibouti|||Djiboutian
ss|South Sudan||Juba|South Sudanese
bi|Burundi||Gitega;Bujumbura|Burundian;Burundians
ls|Lesotho||Maseru|Basotho
sz|Eswatini|Swaziland|Mbabane|Swazi;Swazis
mu|Mauritius||Port Louis|Mauritian;Mauritians
cf|Central African Republic|CAR|Bangui|
gt|Guatemala||Guatemala City|Guatemalan;Guatemalans
hn|Honduras||Tegucigalpa|Honduran;Hondurans
sv|El Salvador||San Salvador|Salvadoran;Salvadorans;Salvadorean
ni|Nicaragua||Managua|Nicaraguan;Nicaraguans
cr|Costa Rica||San José|Costa Rican;Costa Ricans
pa|Panama||Panama City|Panamanian;Panamanians
do|Dominican Republic||Santo Domingo|Dominican;Dominicans
ht|Haiti||Port-au-Prince|Haitian;Haitians
jm|Jamaica|||Jamaican;Jamaicans
tt|Trinidad and Tobago|Trinidad|Port of Spain|Trinidadian;Trinidadians
gy|Guyana|||Guyanese
sr|Suriname|Surinam|Paramaribo|Surinamese
bs|Bahamas|The Bahamas|Nassau|Bahamian;Bahamians
bb|Barbados||Bridgetown|Barbadian;Barbadians
bt|Bhutan||Thimphu|Bhutanese
mv|Maldives||Malé|Maldivian;Maldivians
bn|Brunei||Bandar Seri Begawan|Bruneian
tl|Timor-Leste|East Timor|Dili|Timorese
pg|Papua New Guinea|PNG|Port Moresby|Papua New Guinean
fj|Fiji||Suva|Fijian;Fijians
asean|ASEAN|Association of Southeast Asian Nations;Southeast Asia;South-East Asia;South East Asia|
apac|Asia Pacific|Asia-Pacific;APAC||
row|Rest of World|Rest of the World|
asia|Asia|||Asian;Asians
americas|Americas|||
africa|Africa|||African;Africans
namerica|North America|||North American;North Americans
latam|Latin America|South America||Latin American
mideast|Middle East|West Asia||Middle Eastern
developing|developing countries|developing economies;developing nations;low- and middle-income countries;low and middle income countries;low- and middle-income economies;emerging economies;the developing world||
`;

interface Entry {
  code: string;
  form: MentionForm;
}

const PLACES = new Map<string, Place>();
/** Lower-case alias (as phraseKey writes it) → entry; multi-word aliases too. */
const ALIASES = new Map<string, Entry>();
/** Aliases that only count in upper case ("US", "EU", "UK"), never as the words "us", "eu". */
const UPPER_ONLY = new Set(["us", "eu", "uk", "usa", "prc", "dprk", "uae", "u.s", "u.k", "e.u", "car", "drc", "png"]);

for (const line of TABLE.trim().split("\n")) {
  const [code, name, others, capitals, demonyms] = line.split("|");
  PLACES.set(code, { code, name });
  const add = (alias: string, form: MentionForm) => {
    const key = phraseKey(alias);
    if (key && !ALIASES.has(key)) ALIASES.set(key, { code, form });
  };
  add(name, "name");
  for (const a of (others ?? "").split(";")) add(a, "name");
  for (const a of (capitals ?? "").split(";")) add(a, "capital");
  for (const a of (demonyms ?? "").split(";")) add(a, "demonym");
}

for (const [city, code] of CITIES) {
  const key = phraseKey(city);
  if (key && !ALIASES.has(key)) ALIASES.set(key, { code, form: "city" });
}

// the world: a number's place when its clause says so ("worldwide"), never scanned for as a name ("World Bank")
PLACES.set("world", { code: "world", name: "World" });
// the markets abroad of a story's country, as a film's takings are told ("international markets", "overseas")
PLACES.set("intl", { code: "intl", name: "International" });

/** A city's own area after its name: "Los Angeles County", "the Chicago Metropolitan Area", "the Houston Metro Area". */
export const CITY_AREA_AFTER = /^\s+(?:County|Metropolitan\s+Area|Metro\s+Area|Metropolitan\s+Region|Region)\b/;

/**
 * A city mention's name as written, with its area when one follows ("Los Angeles County"): the county or metropolitan
 * area is a place apart from the city itself ("the City of Los Angeles").
 */
export function cityNameAt(text: string, m: { start: number; end: number }): string {
  const area = CITY_AREA_AFTER.exec(text.slice(m.end, m.end + 24));
  return text.slice(m.start, m.end + (area ? area[0].length : 0));
}

/** Is the word, as written, a place's name, capital, city or demonym of the gazetteer ("Manchester", "Boston")? */
export function isPlaceWord(word: string): boolean {
  const entry = ALIASES.get(phraseKey(word));
  return !!entry && entry.code !== PROVINCE && /^\p{Lu}/u.test(word);
}

/** "outside the EU", "non-EU": everywhere but a place, coded as the place's code after this prefix ("outside-eu"). */
const OUTSIDE = "outside-";
const OUTSIDE_BEFORE = /(?:\boutside\s+(?:of\s+)?(?:the\s+)?|\b[Nn]on-)$/;

/** Countries' names that are also first names (as the gazetteer keys them). */
const FIRST_NAME_COUNTRIES = new Set(["chad", "jordan"]);

/** The place of a code ("ru" → Russia; "outside-eu" → outside the EU); unknown codes name themselves. */
export function placeOf(code: string): Place {
  const place = PLACES.get(code);
  if (place) return place;
  if (code.startsWith(OUTSIDE)) return { code, name: `outside ${placeOf(code.slice(OUTSIDE.length)).name}` };
  return { code, name: code };
}

// a province's or a state's name is read whole, and is no place of the gazetteer: "British Columbia" is not the UK, "New
// South Wales" not Wales (province.ts)
const PROVINCE = "province";
for (const name of PROVINCE_NAMES) {
  const key = phraseKey(name);
  if (key && !ALIASES.has(key)) ALIASES.set(key, { code: PROVINCE, form: "name" });
}

const TABLE_OF_ALIASES = new PhraseTable<Entry & { alias: string }>([...ALIASES].map(([alias, entry]) => [alias, { ...entry, alias }]));

/**
 * Every place mention in `text`, in order: the aliases found word by word (see phrases.ts), kept when written with a
 * capital as place names are in news ("china" is porcelain, "us" a pronoun; "EU", "US" only in capitals).
 * `words`: the text's words when the caller has read them already.
 */
const SEAT_AFTER = /^-(?:based|headquartered|listed|registered|born)\b/i;
/** Words after a place's name that make it part of a unit's name ("British thermal units"). */
const NAMED_AFTER_PLACE = /^\s+thermal\s+units?\b/i;

/** After a place, the government body it names ("Department of", "Agriculture Department", "Census Bureau"). */
const INSTITUTION_AFTER = /^\s+(?:\p{Lu}\p{Ll}+\s+)?(?:Department|Ministry|Bureau|Agency)\b/u;
/** "of the", "of the Republic of" between an institution and the place it names. */
const OF_PLACE = String.raw`\s+of\s+(?:the\s+)?(?:(?:Federal\s+)?Republic\s+of\s+(?:the\s+)?)?$`;
/** Before a place, the institution it names ("Bank of", "University of the", "Bank of the Republic of"). */
const INSTITUTION_OF = new RegExp(String.raw`\b(?:Bank|Church|University|College|Museum|Archbishop|Bishop)` + OF_PLACE);
/**
 * Before a country, its central bank's name ("the Central Bank of the Republic of Turkey", "the Reserve Bank of
 * India", "the National Bank of Poland", "the People's Bank of China"): what the bank holds, buys or sets is its
 * country's, so the country is a place of the sentence. ("Bank of" alone names commercial banks too: "Bank of
 * America", "Bank of China".)
 */
const CENTRAL_BANK_OF = new RegExp(String.raw`\b(?:Central|Reserve|National|People['’]s)\s+Bank` + OF_PLACE);

/** The blocs and regions: places made of countries (and the developing countries, named in lower case). */
const REGIONS = new Set(["row", "eu", "europe", "asean", "apac", "asia", "americas", "africa", "latam", "mideast", "namerica", "developing"]);
/**
 * After a region's possessive, a superlative that names one of its member countries ("Europe's largest economy",
 * "Asia's third-biggest economy", "the EU's most populous country").
 */
const MEMBER_AFTER_REGION = /^['’]s\s+(?:(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)[-\s])?(?:largest|biggest|top|leading|richest|poorest|smallest|most\s+(?:populous|powerful|indebted)|fastest[-\s]growing|No\.?\s*\d)\s+(?:[\p{L}-]+\s+)?(?:economy|economies|country|countries|nation|nations|member|members|member\s+states?)\b/iu;

/**
 * Does the mention name one of a region's member countries rather than the region ("Europe's largest economy grows")?
 * The text then speaks of that country: such a mention tells nothing of which places an article is about.
 */
export function namesMember(text: string, mention: PlaceMention): boolean {
  return REGIONS.has(mention.code) && MEMBER_AFTER_REGION.test(text.slice(mention.end, mention.end + 50));
}

/** Who speaks from a place: "officials in Beijing", "traders in Ho Chi Minh City", "an analyst at SSI Research in …". */
const SPEAKERS_BEFORE = /\b(?:officials?|ministry|ministers?|government|authorities|spokes(?:man|woman|person)|sources|diplomats?|negotiators?|leaders|traders|dealers|brokers|analysts?|economists?|Research|Securities|Bank|talks|summit|meeting|released|published|issued|announced|held|based|headquartered)\s+(?:in|across|around|within)\s+$/i;
const SPEECH_AFTER = /^\s*(?:,\s*)?(?:said|says|told|announced|reported|stated|confirmed|added|noted)\b/i;

/** Do speakers stand right before the place at `start` ("officials in", "traders in")? */
function speakersBefore(text: string, start: number): boolean {
  return SPEAKERS_BEFORE.test(text.slice(Math.max(0, start - 40), start));
}

/** Is the place at [start, end) where speakers sit ("officials in Beijing said"), not where a figure is? */
export function isSpeakersSeat(text: string, start: number, end: number): boolean {
  return speakersBefore(text, start) || SPEECH_AFTER.test(text.slice(end, end + 30));
}

export function scanPlaces(text: string, words?: Words): PlaceMention[] {
  const out: PlaceMention[] = [];
  for (const hit of TABLE_OF_ALIASES.find(text, words)) {
    if (hit.value.code === PROVINCE) continue;
    const { start, end } = hit;
    const written = text.slice(start, end);
    if (!/^[A-Z\u00c0-\u00d6\u00d8-\u00de]/.test(written) && !/^the\s/i.test(written) && hit.value.code !== "developing") continue;
    if (UPPER_ONLY.has(hit.value.alias) && written !== written.toUpperCase()) continue;
    // "Chad Smith", "Jordan Henderson": a country's name that is also a first name, before a capitalised word, is a
    // person's; "the Niger Delta" is Nigeria's
    if (FIRST_NAME_COUNTRIES.has(hit.value.alias) && /^\s+\p{Lu}\p{Ll}/u.test(text.slice(end, end + 3)) && !/^\s+(?:and|or)\b/i.test(text.slice(end, end + 5))) continue;
    if (hit.value.alias === "niger" && /^\s+(?:Delta|River|delta|river)\b/.test(text.slice(end, end + 7))) continue;
    // "U.S." keeps its final dot
    const stop = text[end] === "." && /\.[A-Za-z]$/.test(written) ? end + 1 : end;
    if (text[stop] === "$") continue; // "US$5bn" is a currency
    // "British thermal units": a unit named after a place
    if (NAMED_AFTER_PLACE.test(text.slice(stop, stop + 20))) continue;
    // "the Bank of England", "the Church of Scotland", "the U.S. Department of Agriculture": an institution named
    // after a place (it is credited with figures, it is not where they are)
    const before = text.slice(Math.max(0, start - 48), start);
    if ((INSTITUTION_OF.test(before) && !CENTRAL_BANK_OF.test(before)) || INSTITUTION_AFTER.test(text.slice(stop, stop + 20))) continue;
    // "the Shanghai Cooperation Organization", "Istanbul Airport", "Manchester United": a city's name opens another
    // name (a capital keeps its country there: "Moscow Exchange" is Russia's)
    // (not the city's county or metropolitan area, which is its country's too: "Los Angeles County", "the Chicago
    // Metropolitan Area")
    if (hit.value.form === "city" && /^\s+\p{Lu}/u.test(text.slice(stop, stop + 3)) && !CITY_AREA_AFTER.test(text.slice(stop, stop + 24))) continue;
    // ... and so does a city that ends one ("Transports Metropolitans de Barcelona", "Olympique de Marseille"; not the
    // port of a city, nor the city itself: "the Port of Rotterdam" is Rotterdam's, "the City of Los Angeles" is the city)
    if (hit.value.form === "city" && /\p{Lu}\p{L}+\s+(?:de|of|di|du|del|da)\s+$/u.test(text.slice(Math.max(0, start - 40), start)) && !/\b(?:Port|Airport|Metro|City)\s+of\s+$/.test(text.slice(Math.max(0, start - 16), start))) continue;
    // ("traders in Ho Chi Minh City said": a city is where its speakers sit, not a place of the figure; a capital
    // stays its government's: "officials in Beijing" speak for China)
    if (hit.value.form === "city" && speakersBefore(text, start)) continue;
    // "the Frankfurt-based group", "a London-listed miner": where an organisation sits, not the figure's place
    if (SEAT_AFTER.test(text.slice(stop, stop + 16))) continue;
    if ((stop < text.length && isWordChar(text.charCodeAt(stop))) || (start > 0 && isWordChar(text.charCodeAt(start - 1)))) continue;
    const possessive = /^['’]s\b/.test(text.slice(stop, stop + 3)) || (/s$/.test(written) && /^['’](?!\w)/.test(text.slice(stop, stop + 2)));
    // "countries outside the EU", "non-EU markets": everywhere but the place, a place of its own
    const outside = OUTSIDE_BEFORE.exec(text.slice(Math.max(0, start - 20), start));
    if (outside) out.push({ code: `${OUTSIDE}${hit.value.code}`, start: start - outside[0].length, end: stop, form: hit.value.form, possessive });
    else out.push({ code: hit.value.code, start, end: stop, form: hit.value.form, possessive });
  }
  return out;
}
