/**
 * Currency names that several countries share ("pesos", "dinars", "riyals", "shillings", "rupees", "kroner"): the
 * country the article names most often (by its name, people or capital) decides which currency a bare name is —
 * "1.2 billion pesos" in a story about Manila is PHP. With none of them named, the first listed (the most traded)
 * stands. Counted once per article and name.
 */
import { countMatches } from "../text/countMatches";

type Country = [code: string, names: RegExp];

const c = (code: string, words: string): Country => [code, new RegExp(`\\b(?:${words})\\b`, "g")];

const SHARED: Readonly<Record<string, Country[]>> = {
  peso: [
    c("MXN", "Mexico|Mexican|Mexicans"), c("PHP", "Philippines|Philippine|Filipino|Filipinos|Manila"),
    c("ARS", "Argentina|Argentine|Argentinian|Argentines|Buenos Aires"), c("CLP", "Chile|Chilean|Chileans|Santiago"),
    c("COP", "Colombia|Colombian|Colombians|Bogota|Bogotá"), c("UYU", "Uruguay|Uruguayan|Montevideo"),
    c("DOP", "Dominican Republic|Santo Domingo"), c("CUP", "Cuba|Cuban|Cubans|Havana"),
  ],
  rupee: [
    c("INR", "India|Indian|Indians|New Delhi|Delhi|Mumbai"), c("PKR", "Pakistan|Pakistani|Pakistanis|Islamabad|Karachi"),
    c("LKR", "Sri Lanka|Sri Lankan|Sri Lankans|Colombo"), c("NPR", "Nepal|Nepalese|Nepali|Kathmandu"),
    c("MUR", "Mauritius|Mauritian"),
  ],
  dinar: [
    c("KWD", "Kuwait|Kuwaiti"), c("IQD", "Iraq|Iraqi|Iraqis|Baghdad"), c("JOD", "Jordan|Jordanian|Amman"),
    c("BHD", "Bahrain|Bahraini|Manama"), c("LYD", "Libya|Libyan|Tripoli"), c("TND", "Tunisia|Tunisian|Tunis"),
    c("DZD", "Algeria|Algerian|Algiers"), c("RSD", "Serbia|Serbian|Belgrade"),
  ],
  riyal: [c("SAR", "Saudi|Saudis|Riyadh"), c("QAR", "Qatar|Qatari|Doha"), c("OMR", "Oman|Omani|Muscat"), c("YER", "Yemen|Yemeni|Sanaa")],
  rial: [c("IRR", "Iran|Iranian|Iranians|Tehran"), c("OMR", "Oman|Omani|Muscat"), c("YER", "Yemen|Yemeni|Sanaa")],
  dirham: [c("AED", "UAE|Emirates|Emirati|Dubai|Abu Dhabi"), c("MAD", "Morocco|Moroccan|Rabat|Casablanca")],
  shilling: [
    c("KES", "Kenya|Kenyan|Kenyans|Nairobi"), c("UGX", "Uganda|Ugandan|Kampala"),
    c("TZS", "Tanzania|Tanzanian|Dodoma|Dar es Salaam"), c("SOS", "Somalia|Somali|Mogadishu"),
  ],
  krone: [c("NOK", "Norway|Norwegian|Oslo"), c("DKK", "Denmark|Danish|Copenhagen")],
  // ("2.2 billion crowns" after "5 billion Swedish crowns"; with none of its countries named, no currency: see ONLY_NAMED)
  crown: [
    c("SEK", "Sweden|Swedish|Swedes|Stockholm|Gothenburg"), c("NOK", "Norway|Norwegian|Oslo"),
    c("DKK", "Denmark|Danish|Copenhagen"), c("CZK", "Czech|Czechia|Prague"), c("ISK", "Iceland|Icelandic|Reykjavik"),
  ],
  kwacha: [c("ZMW", "Zambia|Zambian|Lusaka"), c("MWK", "Malawi|Malawian|Lilongwe")],
};

/** Names that are a currency only where one of their countries is named ("won three crowns" is no money). */
const ONLY_NAMED = new Set(["crown"]);

/** The shared names (singular, lower case). */
export const SHARED_CURRENCY_NAMES: readonly string[] = Object.keys(SHARED);

let lastText: string | null = null;
const decided = new Map<string, string>();


/** Is `name` (singular, lower case) a currency name several countries share? */
export function isSharedCurrencyName(name: string): boolean {
  return Object.prototype.hasOwnProperty.call(SHARED, name);
}

/** The ISO code a shared currency name stands for in this text ("" when it stands for none). */
export function nationalCurrency(text: string, name: string): string {
  if (text !== lastText) {
    lastText = text;
    decided.clear();
  }
  const known = decided.get(name);
  if (known !== undefined) return known;
  const countries = SHARED[name];
  let best = ONLY_NAMED.has(name) ? "" : countries[0][0];
  let most = 0;
  for (const [code, re] of countries) {
    const n = countMatches(re, text);
    if (n > most) {
      most = n;
      best = code;
    }
  }
  decided.set(name, best);
  return best;
}
