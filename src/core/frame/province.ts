/**
 * The provinces and states of the countries news covers most, a number's site inside its country: "Ontario saw the
 * steepest drop, to 86,900", "British Columbia issued 61,300 permits", "In Bavaria, output fell 3%". A province's
 * figure is neither its country's total nor another province's. Their names are also read whole by the place scan,
 * so that none reads as the country it contains ("British Columbia" is not the UK, "New South Wales" not Wales, "New
 * Mexico" not Mexico, "Inner Mongolia" not Mongolia).
 *
 * Not here: names shared with a country or a capital ("Georgia", "Washington", "New York", "Delhi"), a common word, a
 * company or a landmark that news names more often than the province ("Santander", "Scania", "Antofagasta", the
 * Atacama desert and salt flat).
 */
import { isCapitalAt } from "../text/chars";
import { nameKey, PhraseTable, type Words } from "./phrases";
import type { SiteMention } from "./site";

const TABLE = `
us|Alabama;Alaska;Arizona;Arkansas;California;Colorado;Connecticut;Delaware;Florida;Hawaii;Idaho;Illinois;Indiana;Iowa;Kansas;Kentucky;Louisiana;Maine;Maryland;Massachusetts;Michigan;Minnesota;Mississippi;Missouri;Montana;Nebraska;Nevada;New Hampshire;New Jersey;New Mexico;North Carolina;North Dakota;Ohio;Oklahoma;Oregon;Pennsylvania;Rhode Island;South Carolina;South Dakota;Tennessee;Texas;Utah;Vermont;Virginia;West Virginia;Wisconsin;Wyoming
ca|Ontario;Quebec;Québec;British Columbia;Alberta;Manitoba;Saskatchewan;Nova Scotia;New Brunswick;Newfoundland and Labrador;Newfoundland;Prince Edward Island;Yukon;Nunavut;Northwest Territories
au|New South Wales;Victoria;Queensland;Western Australia;South Australia;Tasmania;Northern Territory;Australian Capital Territory
in|Maharashtra;Gujarat;Karnataka;Tamil Nadu;Kerala;Uttar Pradesh;Madhya Pradesh;Andhra Pradesh;Telangana;West Bengal;Bihar;Rajasthan;Odisha;Assam;Jharkhand;Chhattisgarh;Haryana;Uttarakhand;Himachal Pradesh;Goa
cn|Guangdong;Jiangsu;Zhejiang;Shandong;Henan;Sichuan;Hubei;Hunan;Fujian;Anhui;Hebei;Shaanxi;Shanxi;Liaoning;Jilin;Heilongjiang;Yunnan;Guizhou;Guangxi;Xinjiang;Tibet;Inner Mongolia;Ningxia;Qinghai;Gansu;Hainan;Jiangxi
de|Bavaria;Baden-Württemberg;Baden-Wuerttemberg;North Rhine-Westphalia;Lower Saxony;Hesse;Saxony;Saxony-Anhalt;Thuringia;Brandenburg;Schleswig-Holstein;Rhineland-Palatinate;Saarland;Mecklenburg-Western Pomerania
br|Mato Grosso;Mato Grosso do Sul;Pará;Para;Minas Gerais;Bahia;Paraná;Parana;Rio Grande do Sul;Goiás;Goias;Santa Catarina;Pernambuco;Maranhão;Maranhao;Rondônia;Rondonia;Tocantins
es|Catalonia;Andalusia;Galicia;Basque Country;Castile and León;Castilla-La Mancha;Aragon;Asturias;Extremadura;Navarre;Cantabria;Balearic Islands;Canary Islands
fr|Île-de-France;Auvergne-Rhône-Alpes;Hauts-de-France;Grand Est;Occitanie;Nouvelle-Aquitaine;Provence-Alpes-Côte d'Azur;Brittany;Normandy;Pays de la Loire;Centre-Val de Loire;Bourgogne-Franche-Comté;Corsica
jp|Hokkaido;Aomori;Iwate;Miyagi;Akita;Yamagata;Fukushima;Ibaraki;Tochigi;Gunma;Saitama;Chiba;Kanagawa;Niigata;Toyama;Ishikawa;Fukui;Yamanashi;Nagano;Gifu;Shizuoka;Aichi;Mie;Shiga;Hyogo;Nara;Wakayama;Tottori;Shimane;Okayama;Hiroshima;Yamaguchi;Tokushima;Kagawa;Ehime;Kochi;Fukuoka;Saga;Nagasaki;Kumamoto;Oita;Miyazaki;Kagoshima;Okinawa;Kyoto
za|Gauteng;Western Cape;Eastern Cape;Northern Cape;KwaZulu-Natal;Limpopo;Mpumalanga;Free State
mx|Jalisco;Nuevo León;Nuevo Leon;Chihuahua;Sonora;Veracruz;Guanajuato;Michoacán;Michoacan;Oaxaca;Chiapas;Guerrero;Tamaulipas;Sinaloa;Baja California;Coahuila;Yucatán;Yucatan;Quintana Roo
pk|Sindh;Khyber Pakhtunkhwa;Balochistan
id|East Java;West Java;Central Java;East Kalimantan;Riau;Aceh
ru|Tatarstan;Bashkortostan;Krasnodar;Yakutia;Chechnya;Dagestan;Belgorod;Kursk;Bryansk
nl|Groningen;Friesland;Fryslân;Drenthe;Overijssel;Flevoland;Gelderland;Utrecht;North Holland;Noord-Holland;South Holland;Zuid-Holland;Zeeland;North Brabant;Noord-Brabant
be|Flanders;Wallonia;East Flanders;West Flanders;Flemish Brabant;Walloon Brabant;Hainaut;Liège;Namur
pl|Masovia;Mazowieckie;Silesia;Lower Silesia;Lesser Poland;Greater Poland;Pomerania;West Pomerania;Podlaskie;Podkarpackie;Wielkopolskie;Małopolskie
ua|Donetsk;Luhansk;Kharkiv;Zaporizhzhia;Kherson;Dnipropetrovsk;Mykolaiv;Sumy;Chernihiv;Poltava;Odesa
ar|Mendoza;Entre Ríos;Entre Rios;Salta;Neuquén;Neuquen;Chubut;Tucumán;Tucuman;Misiones
cl|Valparaíso;Valparaiso;Biobío;Biobio;Araucanía;Araucania;Magallanes;Los Lagos;Tarapacá;Tarapaca
co|Antioquia;Cundinamarca;Valle del Cauca;Casanare;Nariño;Narino
pe|Arequipa;Cusco;Puno;Piura;Loreto;Cajamarca;Ancash;Junín;Junin
ph|Luzon;Mindanao;Visayas;Cebu;Bicol;Calabarzon
ng|Kano;Kaduna;Borno;Ogun;Bayelsa;Katsina;Zamfara;Sokoto
kr|Gyeonggi;Gangwon;North Gyeongsang;South Gyeongsang;Jeju;North Chungcheong;South Chungcheong;North Jeolla;South Jeolla
at|Styria;Tyrol;Carinthia;Upper Austria;Lower Austria;Vorarlberg;Burgenland
ch|Vaud;Valais;Ticino;Aargau;Graubünden;Graubunden
se|Skåne;Västra Götaland;Norrbotten;Västerbotten
nz|Canterbury;Waikato;Otago;Southland;Northland;Bay of Plenty;Hawke's Bay;Taranaki
it|Lombardy;Sicily;Sardinia;Tuscany;Veneto;Piedmont;Campania;Apulia;Lazio;Emilia-Romagna;Calabria;Liguria;Abruzzo;Friuli-Venezia Giulia;Trentino-Alto Adige;Umbria
`;

const NAMES: [string, { name: string; country: string }][] = [];
for (const line of TABLE.trim().split("\n")) {
  const [country, names] = line.split("|");
  for (const name of names.split(";")) NAMES.push([name, { name, country }]);
}
const PROVINCES = new PhraseTable(NAMES);

/** The province names of the table, for the place scan to read whole (see places.ts). */
export const PROVINCE_NAMES: readonly string[] = NAMES.map(([name]) => name);

const KEYS = new Set(NAMES.map(([name]) => name.toLowerCase()));

/** The country code of a province's name ("Saxony" → "de"), undefined for any other name. */
export function provinceCountry(name: string): string | undefined {
  return COUNTRY_OF.get(name.toLowerCase());
}
const COUNTRY_OF = new Map(NAMES.map(([name, { country }]) => [name.toLowerCase(), country]));

/** Is `name` (as written) a province's or a state's? */
export function isProvinceName(name: string): boolean {
  return KEYS.has(name.toLowerCase());
}

/** The provinces and states the sentence names (capitalised, as names are), as sites keyed by the name. */
export function findProvinces(sentence: string, words: Words): SiteMention[] {
  const out: SiteMention[] = [];
  for (const hit of PROVINCES.find(sentence, words)) {
    if (!isCapitalAt(sentence, hit.start)) continue;
    // (a word of a name before it: "Victoria Beckham", "Indiana Jones", "Bank of Victoria" are no provinces)
    if (/^\s+\p{Lu}/u.test(sentence.slice(hit.end, hit.end + 3)) || /\bof\s+$/.test(sentence.slice(Math.max(0, hit.start - 4), hit.start))) continue;
    out.push({ start: hit.start, end: hit.end, key: nameKey(hit.value.name), name: sentence.slice(hit.start, hit.end) });
  }
  return out;
}

/** "in the region", "across the state", "the province's": a province named before, referred to by its kind. */
const PROVINCE_REFERENCE = /\b(?:(?:in|across|throughout|within)\s+the\s+(?:region|state|province)\b(?!['’]s\s+(?:capital|largest|biggest))|the\s+(?:region|state|province)['’]s\b)/i;

/**
 * The province a clause calls by its kind alone ("The state office counted 6,400 insolvencies in the region", after a
 * sentence about North Rhine-Westphalia), where the sentence before names one province (`before`: reads its
 * provinces).
 * Undefined when the clause calls none so, or the sentence before names none or several.
 */
export function provinceReferredTo(clause: string, before: () => readonly SiteMention[]): SiteMention | undefined {
  // (the sentence before is read only for a clause that refers so: most do not)
  if (!PROVINCE_REFERENCE.test(clause)) return undefined;
  const provinces = before();
  return provinces.length && provinces.every((p) => p.key === provinces[0].key) ? provinces[0] : undefined;
}
