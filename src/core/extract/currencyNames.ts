/**
 * Currency names written after the number, in singular, plural and national forms: "euros", "US dollars",
 * "Swedish crowns", "Chinese yuan", "rand", "ringgit", "kronor"; minor units with their share of the main unit
 * ("23 cents" is 0.23 USD, "pence" GBP, "kopecks" RUB, "paise" INR); ISO 4217 codes ("12.4mn USD"). A name several
 * countries share ("pesos", "dinars", "rupees") takes the country the article names most (nationalCurrency.ts).
 */
import * as chars from "../text/chars";
import * as lookupModule from "../text/lookup";
import * as isoModule from "./isoCurrencies";
import * as wordTableModule from "../text/wordTable";
import * as nationalCurrencyModule from "./nationalCurrency";

// Bound once: some bundlers turn imports into getters; local bindings keep them off the hot path.
const { lookupTable } = lookupModule;
const { isAsciiLetter, isLetter, lowerSlice } = chars;
const { isIsoCurrency } = isoModule;
const { WordTable } = wordTableModule;
const { isSharedCurrencyName, nationalCurrency, SHARED_CURRENCY_NAMES } = nationalCurrencyModule;

/** Names (lower case, singular) → ISO code. A name alone stands for its most common currency in English news. */
const NAMES = lookupTable<string>({
  dollar: "USD", euro: "EUR", pound: "GBP", sterling: "GBP", "pound sterling": "GBP", yen: "JPY", yuan: "CNY",
  renminbi: "CNY", ruble: "RUB", rouble: "RUB", rupiah: "IDR", ringgit: "MYR", rand: "ZAR",
  reais: "BRL", franc: "CHF", lira: "TRY", zloty: "PLN", forint: "HUF", koruna: "CZK", hryvnia: "UAH", tenge: "KZT",
  shekel: "ILS", naira: "NGN", baht: "THB", won: "KRW", dong: "VND", cedi: "GHS", leu: "RON", lev: "BGN", lari: "GEL",
  taka: "BDT", kronor: "SEK", krona: "SEK", markka: "FIM", bitcoin: "BTC", birr: "ETB", kwanza: "AOA",
  // Latin America's own names ("150 million soles", "2 billion bolivianos")
  soles: "PEN", "peruvian sol": "PEN", "nuevo sol": "PEN", "nuevos soles": "PEN", boliviano: "BOB", bolivianos: "BOB", quetzal: "GTQ",
  quetzales: "GTQ", guarani: "PYG", guaranies: "PYG", lempira: "HNL", lempiras: "HNL",
  // Africa's and Asia's own names ("42.4 billion pula", "3 billion kwacha", "1.2 trillion kyat")
  pula: "BWP", kwacha: "ZMW", metical: "MZN", meticais: "MZN", ariary: "MGA", dalasi: "GMD", lilangeni: "SZL", emalangeni: "SZL",
  loti: "LSL", maloti: "LSL", ouguiya: "MRU", kyat: "MMK", riel: "KHR", tugrik: "MNT", "tögrög": "MNT", rufiyaa: "MVR",
  ngultrum: "BTN", somoni: "TJS", denar: "MKD",
  "botswana pula": "BWP", "mozambican metical": "MZN", "malagasy ariary": "MGA", "myanmar kyat": "MMK",
  "cambodian riel": "KHR", "mongolian tugrik": "MNT", "macedonian denar": "MKD", "tajik somoni": "TJS",
  // national forms
  "us dollar": "USD", "u.s. dollar": "USD", "american dollar": "USD", "united states dollar": "USD",
  "australian dollar": "AUD", "canadian dollar": "CAD", "hong kong dollar": "HKD", "new zealand dollar": "NZD",
  "singapore dollar": "SGD", "singaporean dollar": "SGD", "taiwan dollar": "TWD", "new taiwan dollar": "TWD",
  "taiwanese dollar": "TWD", "jamaican dollar": "JMD", "namibian dollar": "NAD", "zimbabwe dollar": "ZWL",
  "zimbabwean dollar": "ZWL", "brunei dollar": "BND", "fijian dollar": "FJD", "east caribbean dollar": "XCD",
  "swiss franc": "CHF", "cfa franc": "XOF", "french franc": "FRF", "swedish krona": "SEK", "swedish crown": "SEK",
  "norwegian krone": "NOK", "norwegian crown": "NOK", "danish krone": "DKK", "danish crown": "DKK",
  "icelandic krona": "ISK", "czech koruna": "CZK", "czech crown": "CZK", "chinese yuan": "CNY",
  "chinese renminbi": "CNY", "japanese yen": "JPY", "russian ruble": "RUB", "russian rouble": "RUB",
  "belarusian ruble": "BYN", "belarusian rouble": "BYN", "indian rupee": "INR", "pakistani rupee": "PKR",
  "sri lankan rupee": "LKR", "nepalese rupee": "NPR", "nepali rupee": "NPR", "mauritian rupee": "MUR",
  "indonesian rupiah": "IDR", "malaysian ringgit": "MYR", "south african rand": "ZAR", "brazilian real": "BRL",
  "mexican peso": "MXN", "philippine peso": "PHP", "argentine peso": "ARS", "argentinian peso": "ARS",
  "chilean peso": "CLP", "colombian peso": "COP", "uruguayan peso": "UYU", "dominican peso": "DOP",
  "cuban peso": "CUP", "turkish lira": "TRY", "saudi riyal": "SAR", "qatari riyal": "QAR", "omani rial": "OMR",
  "iranian rial": "IRR", "yemeni rial": "YER", "uae dirham": "AED", "emirati dirham": "AED", "moroccan dirham": "MAD",
  "egyptian pound": "EGP", "lebanese pound": "LBP", "syrian pound": "SYP", "sudanese pound": "SDG",
  "kuwaiti dinar": "KWD", "iraqi dinar": "IQD", "jordanian dinar": "JOD", "bahraini dinar": "BHD",
  "libyan dinar": "LYD", "tunisian dinar": "TND", "algerian dinar": "DZD", "serbian dinar": "RSD",
  "kenyan shilling": "KES", "ugandan shilling": "UGX", "tanzanian shilling": "TZS", "somali shilling": "SOS",
  "nigerian naira": "NGN", "ghanaian cedi": "GHS", "zambian kwacha": "ZMW", "malawian kwacha": "MWK",
  "ethiopian birr": "ETB", "korean won": "KRW", "south korean won": "KRW", "north korean won": "KPW",
  "thai baht": "THB", "vietnamese dong": "VND", "polish zloty": "PLN", "hungarian forint": "HUF",
  "romanian leu": "RON", "bulgarian lev": "BGN", "ukrainian hryvnia": "UAH", "kazakh tenge": "KZT",
  "kazakhstani tenge": "KZT", "georgian lari": "GEL", "armenian dram": "AMD", "azerbaijani manat": "AZN",
  "uzbek som": "UZS", "kyrgyz som": "KGS", "bangladeshi taka": "BDT", "israeli shekel": "ILS",
  "new israeli shekel": "ILS", "finnish markka": "FIM", "deutsche mark": "DEM", "german mark": "DEM",
  "italian lira": "ITL", "euro cent": "EUR", "us cent": "USD",
});

/** Minor units: [currency, share of the main unit]. A bare "cent" is a US cent. */
const MINOR = lookupTable<[string, number]>({
  cent: ["USD", 0.01], "euro cent": ["EUR", 0.01], "us cent": ["USD", 0.01], penny: ["GBP", 0.01],
  kopeck: ["RUB", 0.01], kopek: ["RUB", 0.01], paisa: ["INR", 0.01],
});

const PLURALS = lookupTable<string>({
  dollars: "dollar", euros: "euro", pounds: "pound", rubles: "ruble", roubles: "rouble", rupees: "rupee",
  ringgits: "ringgit", rands: "rand", pesos: "peso", francs: "franc", lire: "lira", liras: "lira", zlotys: "zloty",
  zlotych: "zloty", forints: "forint", korunas: "koruna", koruny: "koruna", hryvnias: "hryvnia", shekels: "shekel",
  riyals: "riyal", rials: "rial", dirhams: "dirham", dinars: "dinar", shillings: "shilling", cedis: "cedi",
  lei: "leu", leva: "lev", drams: "dram", manats: "manat", kroner: "krone", kronur: "krona", crowns: "crown",
  marks: "mark", markkas: "markka", markkaa: "markka", bitcoins: "bitcoin", cents: "cent", pence: "penny",
  pennies: "penny", kopecks: "kopeck", kopeks: "kopek", paise: "paisa", nairas: "naira", cedies: "cedi",
  kwanzas: "kwanza", birrs: "birr", reals: "real", kyats: "kyat", riels: "riel", tugriks: "tugrik", denars: "denar", somonis: "somoni",
});

export interface CurrencyName {
  code: string;
  /** Multiply the number by this (0.01 for cents). */
  factor: number;
  end: number;
  /** The bare word "won" or "pound", which also reads as a verb or a weight: the caller decides. */
  ambiguous: boolean;
}

const MAX_WORDS = 4;

/**
 * The words a currency name can start with ("swedish", "new", "u.s.", "dollars", "cents", ...): most words after a
 * number are not one, and are turned away by a hash look-up before any word is sliced.
 */
const FIRST_WORDS = new WordTable(
  [...Object.keys(NAMES), ...Object.keys(MINOR), ...Object.keys(PLURALS), ...SHARED_CURRENCY_NAMES].map((k) => k.split(" ")[0]),
);
const LOWER_CODES = lookupTable<string>({ usd: "USD", eur: "EUR", gbp: "GBP", rmb: "CNY", cny: "CNY", jpy: "JPY", inr: "INR", rub: "RUB" });

/** The currency name or ISO code starting at pos (a word start), or null; only a name when `namesOnly`. */
export function currencyNameAt(text: string, pos: number, namesOnly = false): CurrencyName | null {
  const c = text.charCodeAt(pos);
  if (!isAsciiLetter(c)) return null;
  if (namesOnly) return nameAt(text, pos);
  // an ISO code: three capitals, alone ("12.4mn USD", "115USD"), or a million of it ("30 MUSD", "120 MEUR")
  if (pos + 3 <= text.length && isIsoCurrency(text, pos, pos + 3) && !isLetter(text.charCodeAt(pos + 3))) {
    return { code: text.slice(pos, pos + 3), factor: 1, end: pos + 3, ambiguous: false };
  }
  // a few codes are also written in lower case ("40 rmb", "20 usd")
  if (pos + 3 <= text.length && !isLetter(text.charCodeAt(pos + 3))) {
    const lower = LOWER_CODES[text.slice(pos, pos + 3)];
    if (lower) return { code: lower, factor: 1, end: pos + 3, ambiguous: false };
  }
  if ((c === 77 || c === 75) && isIsoCurrency(text, pos + 1, pos + 4) && !isLetter(text.charCodeAt(pos + 4))) {
    return { code: text.slice(pos + 1, pos + 4), factor: c === 77 ? 1e6 : 1e3, end: pos + 4, ambiguous: false };
  }
  return nameAt(text, pos);
}

/** A currency name in words ("euros", "Swedish crowns", "cents") starting at pos, or null. */
function nameAt(text: string, pos: number): CurrencyName | null {
  let firstEnd = pos;
  while (firstEnd < text.length && firstEnd < pos + 16 && (isAsciiLetter(text.charCodeAt(firstEnd)) || text.charCodeAt(firstEnd) === 46)) firstEnd++;
  while (firstEnd > pos && text.charCodeAt(firstEnd - 1) === 46 && !FIRST_WORDS.find(text, pos, firstEnd)) firstEnd--;
  if (!FIRST_WORDS.find(text, pos, firstEnd)) return null;
  // up to MAX_WORDS words ("new taiwan dollars", "u.s. dollars"), one space apart
  const ends: number[] = [];
  const words: string[] = [];
  let p = pos;
  while (words.length < MAX_WORDS) {
    let e = p;
    while (e < text.length && e < p + 16 && (isAsciiLetter(text.charCodeAt(e)) || (text.charCodeAt(e) === 46 && isAsciiLetter(text.charCodeAt(e + 1))))) e++;
    if (text.charCodeAt(e) === 46 && e > p && text.charCodeAt(e - 2) === 46) e++; // "u.s."
    if (e === p || (e < text.length && isLetter(text.charCodeAt(e)))) break;
    words.push(lowerSlice(text, p, e));
    ends.push(e);
    const s = text.charCodeAt(e);
    if (!(s === 32 || s === 0xa0)) break;
    p = e + 1;
  }
  for (let k = words.length; k >= 1; k--) {
    const last = words[k - 1];
    const singular = PLURALS[last] ?? last;
    const phrase = k === 1 ? singular : `${words.slice(0, k - 1).join(" ")} ${singular}`;
    const minor = MINOR[phrase];
    if (minor) return { code: minor[0], factor: minor[1], end: ends[k - 1], ambiguous: false };
    const code = NAMES[phrase] ?? (k === 1 && isSharedCurrencyName(singular) ? nationalCurrency(text, singular) || undefined : undefined);
    if (code) return { code, factor: 1, end: ends[k - 1], ambiguous: k === 1 && (singular === "won" || singular === "pound") };
  }
  return null;
}
