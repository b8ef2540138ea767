/**
 * What a number measures: a lexicon of measure concepts with the words news uses for them (bilateral trade = trade
 * turnover = two-way trade; imports = purchases = inbound shipments; output = production), and the reader that
 * picks the concept a number belongs to from the words around it: the noun phrase the number stands in ("$58.9
 * billion trade deficit", "66% of exports", "$100 billion in trade") and the verb frame of its clause ("X rose 14%
 * to Y", "X reached Y", "X stood at Y", "X, worth Y", "Russia supplied Y").
 *
 * Flows of goods between places are one concept, "flow", whose words say which side the possessive or the subject
 * stands on: "India's imports" and "India bought" put India on the importing side, "US exports" and "Russia
 * supplied" put it on the exporting side (scope.ts reads the places).
 */

import { ASIDE } from "./aside";
import { PhraseTable, type Words } from "./phrases";
import { findProducts } from "./product";
import type { FrameMeasure } from "./types";

export type FlowSide = "importer" | "exporter";

export interface MeasureConcept {
  /** Stable key ("trade", "flow", "trade-balance", "production", ...). */
  key: string;
  /** Readable name for labels. */
  name: string;
  /** For flows: the side a possessive or subject place stands on. */
  side?: FlowSide;
  /** The concept names a product-bearing quantity (flows, output, prices): the product is read for it. */
  product?: boolean;
  /** The concept is an amount of money (revenue, spending, pay …): it never measures a count or a rank. */
  money?: boolean;
  /** The concept is a count of people (viewers …): it never measures an amount of money. */
  count?: boolean;
}

export interface MeasureHit {
  concept: MeasureConcept;
  start: number;
  end: number;
  /** A verb ("imported", "rose to") rather than a noun. */
  verb: boolean;
  /** The part of the whole its words name ("unsheltered" in "the unsheltered population"): the number's own clause's only. */
  part?: string;
}

interface Entry {
  concept: MeasureConcept;
  words: string[];
  verbs?: string[];
}

const c = (key: string, name: string, extra: Partial<MeasureConcept> = {}): MeasureConcept => ({ key, name, ...extra });

const IMPORTS = c("flow", "imports", { side: "importer", product: true });
const EXPORTS = c("flow", "exports", { side: "exporter", product: true });

const PAY = c("pay", "pay", { money: true });
const REQUEST = c("request", "amount requested", { money: true });
const FINE = c("fine", "fine", { money: true });
const PRICE = c("price", "price", { product: true });
export const REVENUE = c("revenue", "revenue", { money: true });
export const UNIT_SALES = c("unit-sales", "sales", { product: true });
/** Registrations of vehicles: the units sold, one measure with unit sales, named as the text does. */
const REGISTRATIONS = c("unit-sales", "registrations", { product: true });
export const RETAIL_SALES = c("retail-sales", "retail sales");
const OUTPUT_CUT = c("output-cut", "output cuts", { product: true });
/** An economy's output (gdpStory.ts gives it a GDP story's bare "output" and "growth"). */
export const GDP = c("gdp", "GDP");

/** A government's budget balance: "budget deficit", "fiscal surplus"; a bare "deficit" in a story about a budget. */
const STAKE = c("stake", "stake");
/** Money migrants send home (remittanceStory.ts gives a remittance story's bare "inflows" and "received" to it). */
export const REMITTANCES = c("remittances", "remittances", { money: true });
/** What a loss that is no money is of, right before "loss": "forest loss", "tree cover loss", "job losses". */
const THING_LOST = /\b(?:forest|tree|cover|habitat|job|crop|weight|hearing|sight|blood|ice|biodiversity|species|population|land|soil|heat|data|life|wildlife|glacier|wetland)[\s-]+$/i;
/** "sought to raise", "asked for the merger to be blocked": a verb of asking whose object is an act, not money. */
const ASKED_TO = /^\s+(?:to\b|(?:the|a|an|its|their)\s+[\p{L}-]+\s+to\s+be\b)/iu;
const SUB_INDEX_AFTER = /^\s+(?:orders\s+)?sub-?index\b/i;
/** Money investors put into funds, or take out ("net inflows of $3.2 billion into bitcoin ETFs"): not imports. */
const FUND_INFLOWS = c("fund-inflows", "fund inflows", { money: true, product: true });
const FUND_OUTFLOWS = c("fund-outflows", "fund outflows", { money: true, product: true });
/** Investors as the subject of a verb of buying or selling: "Foreign investors have sold", "funds bought". */
const INVESTORS_BEFORE = /\b(?:investors|funds|fund\s+managers|traders|FPIs|FIIs)\s+(?:have\s+|had\s+|has\s+)?(?:\p{L}+ly\s+)?$/u;
/** Securities as what was bought or sold: "$17 billion of Indian equities", "of local stocks", "in bonds". */
const SECURITIES_AFTER = /^[^.;]{0,50}?\b(?:equities|stocks|shares|bonds|debt|securities|treasuries|gilts)\b/i;
/** Words of funds and investors in a sentence: its inflows are money into funds. */
const FUND_WORDS = /\b(?:funds?|ETFs?|exchange-traded|ETPs?|mutual\s+funds?|investors|portfolio|asset\s+managers?)\b/;
export const BUDGET_BALANCE = c("budget-balance", "budget balance", { money: true });

const PRODUCTION = c("production", "output", { product: true });

/** The lexicon: most specific phrases first (they win over their parts at one place). */
const LEXICON: Entry[] = [
  // a government's budget in its own words; a bare "deficit" is the budget's only in a story about one (budget.ts)
  { concept: BUDGET_BALANCE, words: ["budget deficit", "budget deficits", "fiscal deficit", "fiscal deficits", "budget surplus", "fiscal surplus", "primary deficit", "primary surplus", "budget gap", "budget shortfall", "fiscal gap", "government deficit", "public deficit", "federal deficit", "general government deficit", "budget balance", "fiscal balance", "fiscal shortfall"] },
  { concept: c("trade-balance", "trade balance"), words: ["trade deficit", "trade surplus", "trade imbalance", "trade gap", "trade balance", "current account deficit", "current account surplus", "deficit", "surplus", "imbalance"] },
  { concept: c("trade", "bilateral trade"), words: ["bilateral trade", "two-way trade", "trade turnover", "trade volume", "volume of trade", "trade in goods", "goods trade", "bilateral goods trade", "trade", "commerce", "turnover between", "commercial ties", "trade ties", "trade relations", "commercial relations"] },
  { concept: c("import-dependence", "import dependence"), words: ["import dependence", "import dependency", "dependence on imported", "dependency on imported", "reliance on imported", "dependence", "dependency", "reliance", "self-sufficiency"] },
  // people arriving are counted, not goods: "tourist arrivals" are the tourists "32.4 million foreign visitors" counts
  { concept: c("n:tourist", "tourists"), words: ["tourist arrivals", "visitor arrivals", "foreign arrivals", "international arrivals", "overseas arrivals", "foreign tourist arrivals", "international tourist arrivals"] },
  { concept: IMPORTS, words: ["import bill", "import spending", "import costs", "imports", "import", "purchases", "purchase", "intake", "arrivals", "inflows", "inbound shipments", "buying", "buyers", "buyer"], verbs: ["imported", "import", "imports", "bought", "buys", "buy", "purchased", "took in", "takes in", "take in", "received", "receives", "arrived", "arrive", "brought in", "sourced"] },
  { concept: EXPORTS, words: ["export earnings", "export revenue", "export revenues", "export receipts", "export income", "exports", "export", "shipments", "shipment", "deliveries", "delivery", "supplies", "supply", "sales abroad", "foreign sales", "overseas sales", "export sales", "outflows", "outbound shipments", "exporter", "supplier", "seller"], verbs: ["exported", "export", "exports", "shipped", "ships", "ship", "shipping", "supplied", "supplies", "supplying", "delivered", "delivers", "sent", "sold", "sells", "selling"] },
  // who watched: "viewership peaked at 134.8 million", "the audience averaged 8.1 million" (a count of viewers, as
  // "8.1 million viewers" counts them: nounMeasure.ts; "overseas audiences contributed $112m" is no money of theirs)
  { concept: c("n:viewer", "viewers", { count: true }), words: ["viewership", "tv audience", "television audience", "audience", "audiences"], verbs: [] },
  // what authorities seize of goods that are smuggled ("61.4 tonnes of cocaine seized", "a record haul")
  { concept: c("seizures", "seizures", { product: true }), words: ["seizure", "seizures", "haul", "hauls", "interceptions"], verbs: ["seized", "seizes", "seize", "intercepted", "confiscated", "impounded"] },
  { concept: PRODUCTION, words: ["production", "output", "generation", "harvest", "yield", "producer", "crop", "crops"], verbs: ["produced", "produces", "produce", "generated", "pumped", "pump", "pumps", "pumping", "mined", "extracted", "harvested", "manufactured"] },
  // what producers agree not to pump: "output cuts of 2 million bpd", "will hold back 4.6 million bpd"; a bare "cuts"
  // or "curbs" only in a sentence of daily volumes (see findMeasures)
  { concept: OUTPUT_CUT, words: ["output cuts", "output cut", "production cuts", "production cut", "supply cuts", "supply cut", "output curbs", "production curbs", "supply curbs", "output reductions", "production reductions"], verbs: ["hold back", "holds back", "holding back", "withhold", "withholds", "withholding"] },
  { concept: c("consumption", "consumption", { product: true }), words: ["consumption", "demand", "usage"], verbs: ["consumed", "consumes", "consume", "burned"] },
  { concept: c("capacity", "capacity", { product: true }), words: ["capacity"] },
  // what a fishery may take in a year: a quota, a total allowable catch, a catch limit (its product the species)
  { concept: c("quota", "catch quota", { product: true }), words: ["quota", "quotas", "total allowable catch", "total allowable catches", "TAC", "TACs", "catch limit", "catch limits", "fishing quota", "fishing quotas", "fishing possibilities"] },
  { concept: c("utilisation", "capacity use"), words: ["utilisation", "utilization", "utilization rate", "load factor"] },
  // the share of trains, flights or buses on time ("63.8% of trains arrived on time", "punctuality of 66%", "84.7% of
  // trains arrived within five minutes of schedule")
  { concept: c("punctuality", "punctuality"), words: ["punctuality", "punctuality rate", "on-time performance", "on-time rate", "on-time arrivals", "on time", "punctual", "arrived on time", "arriving on time", "ran on time", "running on time", "departed on time", "arrive on time", "minutes of schedule", "minutes of the timetable", "minutes of timetable", "minutes of their scheduled time", "arrived within", "arriving within", "arrive within", "departed within", "ran within"] },
  // people carried, however a transport story words it ("ridership rose 4.1% to 138.4 million"), as "passengers" counts them
  { concept: c("n:traveller", "passengers", { count: true }), words: ["ridership", "passenger numbers", "passenger volumes"] },
  // a central bank's holdings of foreign currency are money it holds, not a stock of goods
  { concept: c("fx-reserves", "foreign exchange reserves", { money: true }), words: ["foreign exchange reserves", "foreign-exchange reserves", "forex reserves", "fx reserves", "foreign currency reserves", "foreign reserves", "international reserves", "currency reserves", "reserve assets"] },
  { concept: c("stocks", "stocks", { product: true }), words: ["stocks", "inventories", "inventory", "storage", "reserves", "stockpiles", "stored", "in storage"] },
  { concept: PRICE, words: ["price", "prices", "basket", "rate card", "fare", "fares", "cost per", "futures"] },
  // a duty on goods ("a 25% tariff on steel"); a tariff in money per unit is a price (see frameClaims)
  { concept: c("tariff", "tariff", { product: true }), words: ["tariff", "tariffs", "import duty", "import duties", "customs duty", "customs duties", "duty", "duties", "levy", "levies"] },
  { concept: c("price-difference", "price difference", { money: true, product: true }), words: ["discount", "premium", "cheaper", "costlier", "more expensive"] },
  // a country's retail sales, the statistic ("retail sales volumes fell 0.8%"), not a retailer's revenue
  { concept: RETAIL_SALES, words: ["retail sales", "retail sales volumes", "retail sales volume", "retail volumes", "retail sales values", "retail trade", "retail sales index"] },
  // goods sold in a market, counted: "new car registrations", "unit sales" (money from sales is revenue)
  // (registrations are the units sold: one measure, however an outlet words it)
  { concept: REGISTRATIONS, words: ["registrations", "new registrations", "first registrations", "car registrations", "vehicle registrations", "new-car registrations"], verbs: ["registered", "registers"] },
  { concept: UNIT_SALES, words: ["unit sales", "sales volume", "sales volumes", "units sold"] },
  // (a film's or a show's takings are its revenue: "opened to $84.5 million", "box-office takings", "grossed")
  { concept: REVENUE, words: ["revenue", "revenues", "sales", "turnover", "earnings", "income", "proceeds", "box office", "box-office", "box office takings", "ticket sales", "takings", "gross", "grosses"], verbs: ["earned", "earns", "earn", "earning", "raked in", "grossed", "grosses", "opened to", "opened with", "debuted with", "debuted to", "taken in", "took in", "brought in"] },
  // profit at the bottom line ("net profit", and a bare "profit" as news most often means it), apart from profit
  // before interest and tax, before tax, and before depreciation: one company reports them all, and "operating profit
  // fell to €412m" and "net profit came in at €298m" are two facts
  { concept: c("profit", "profit", { money: true }), words: ["net profit", "profit", "profits", "net income", "loss", "losses", "net loss", "net losses"] },
  { concept: c("operating-profit", "operating profit", { money: true }), words: ["operating profit", "operating profits", "operating income", "operating loss", "operating losses", "EBIT", "underlying operating profit", "adjusted operating profit"] },
  { concept: c("pretax-profit", "pre-tax profit", { money: true }), words: ["pre-tax profit", "pre-tax profits", "pretax profit", "profit before tax", "pre-tax loss", "pretax loss", "loss before tax"] },
  { concept: c("ebitda", "EBITDA", { money: true }), words: ["ebitda", "adjusted ebitda"] },
  // what a carrier or a haulier spends on fuel ("Its fuel bill fell 2.4% to 731 million euros"), not the fuel's price
  { concept: c("fuel-costs", "fuel costs", { money: true }), words: ["fuel bill", "fuel bills", "fuel costs", "fuel cost", "fuel expenses", "fuel spending", "fuel expenditure"] },
  // what a port or a terminal handles, whatever goods (a product word narrows it: "coal handling")
  // what mills or refineries process ("the crush reached 448.3 million tonnes", "Goiás crushed 68.5 million tonnes",
  // "refinery runs", "the plants processed 1.2 million barrels a day")
  { concept: c("processing", "processing", { product: true }), words: ["crush", "cane crush", "crushing", "refinery runs", "crude runs", "refinery throughput", "plant runs", "mill runs"], verbs: ["crushed", "processed", "milled"] },
  { concept: c("throughput", "throughput", { product: true }), words: ["throughput", "cargo throughput", "container throughput", "cargo volumes", "cargo volume", "total cargo", "cargo handled", "container volumes", "cargo", "net tonnage", "cargo tonnage", "gross tonnage", "tonnage"] },
  // money that people working abroad send home: a country's inflow, never its trade or a company's revenue
  { concept: REMITTANCES, words: ["remittances", "remittance inflows", "remittance flows", "money sent home", "workers remittances", "personal remittances"] },
  // what a disaster costs: insurers' losses, and the losses to the economy as a whole (two estimates, never one)
  { concept: c("insured-losses", "insured losses", { money: true }), words: ["insured losses", "insured loss", "insurance losses", "insured damage", "insurance claims", "insured claims"], verbs: ["cost insurers", "costs insurers"] },
  { concept: c("economic-losses", "economic losses", { money: true }), words: ["economic losses", "economic loss", "total economic losses", "economic damage", "economic damages", "overall losses", "total losses"] },
  { concept: c("investment", "investment", { money: true }), words: ["investment", "investments", "fdi", "foreign direct investment", "capital expenditure", "capex", "funding"], verbs: ["invested", "invest", "invests"] },
  // what customers ordered from a maker or a yard: its orders, order intake, the contracts it won ("orders were
  // worth $39.8 billion" is "contracts were worth $39.8 billion")
  { concept: c("orders", "orders"), words: ["orders", "new orders", "order intake", "orders received", "contracts", "new contracts", "contract wins"] },
  // ... and what is ordered and not yet delivered, held at a moment: "unfilled orders stood at 8,912 aircraft"
  { concept: c("order-backlog", "order backlog"), words: ["backlog", "order backlog", "orderbook", "order book", "unfilled orders", "outstanding orders", "orders on hand"] },
  { concept: c("savings", "savings", { money: true }), words: ["savings", "saving", "cost savings", "synergies", "cost synergies"], verbs: ["saved", "saves", "save"] },
  { concept: c("spending", "spending", { money: true }), words: ["spending", "expenditure", "budget", "outlay", "cost", "costs"], verbs: ["spent", "spends", "spend", "paid", "pays", "cost"] },
  { concept: c("debt", "debt", { money: true }), words: ["debt", "borrowing", "loans", "loan", "credit"] },
  // what an activity adds to an economy ("students contributed $50.2 billion to the US economy")
  { concept: c("contribution", "economic contribution", { money: true }), words: ["economic contribution", "contribution to the economy", "economic impact", "economic benefit"], verbs: ["contributed", "contributes", "contribute", "contributing"] },
  { concept: GDP, words: ["gdp", "gross domestic product", "economy", "economic growth"] },
  { concept: c("inflation", "inflation"), words: ["inflation", "consumer prices", "cpi", "consumer price index", "consumer price inflation", "headline inflation"] },
  // purchasing managers' indices: a bare PMI is the manufacturing one, as news reports it; services and composite apart
  { concept: c("pmi-manufacturing", "manufacturing PMI"), words: ["manufacturing PMI", "factory PMI", "manufacturing purchasing managers index", "PMI", "purchasing managers index", "manufacturing index", "factory index"] },
  { concept: c("pmi-services", "services PMI"), words: ["services PMI", "non-manufacturing PMI", "services purchasing managers index", "non-manufacturing purchasing managers index", "services and construction index", "non-manufacturing index", "services index", "service sector index", "services sector index"] },
  { concept: c("pmi-composite", "composite PMI"), words: ["composite PMI", "composite purchasing managers index", "composite index", "composite output index"] },
  { concept: c("unemployment", "unemployment"), words: ["unemployment", "jobless rate", "joblessness"] },
  { concept: c("interest-rate", "interest rate"), words: ["interest rate", "interest rates", "policy rate", "policy rates", "key rate", "key interest rate", "repo rate", "benchmark rate", "benchmark interest rate", "bank rate", "base rate", "cash rate", "deposit rate", "refinancing rate", "federal funds rate", "fed funds rate", "overnight rate", "yield", "selic", "selic rate", "benchmark selic rate"] },
  { concept: c("market-share", "market share"), words: ["market share", "share of the market"] },
  // "Streamly shares rose 4%", "its stock fell to $31.20": a company's share price
  { concept: c("margin", "profit margin"), words: ["operating margin", "operating margins", "profit margin", "profit margins", "gross margin", "gross margins", "net margin", "net margins", "ebitda margin", "ebit margin", "underlying margin", "adjusted margin", "pre-tax margin", "operating profit margin"] },
  { concept: c("share-price", "share price"), words: ["share price", "shares", "stock price", "stock", "stock market value"] },
  // part of a company owned ("a 55% stake", "its stake of about 10%"); "at stake" is no holding (see findMeasures)
  // what investors take out of a market ("pulled out $17 billion from local stocks"; see findMeasures: investors only)
  { concept: FUND_OUTFLOWS, words: [], verbs: ["pulled out", "pulled", "withdrew", "withdrawn", "yanked"] },
  { concept: c("free-cash-flow", "free cash flow", { money: true }), words: ["free cash flow", "operating cash flow", "cash flow"] },
  { concept: STAKE, words: ["stake", "stakes", "shareholding", "equity stake", "ownership stake"] },
  { concept: c("valuation", "valuation", { money: true }), words: ["valuation", "market capitalisation", "market capitalization", "market cap", "market value"] },
  { concept: c("population", "population"), words: ["population", "inhabitants", "residents", "populous"] },
  { concept: c("turnout", "turnout"), words: ["turnout", "voter turnout", "voter participation", "participation rate"] },
  { concept: c("approval", "approval rating"), words: ["approval rating", "approval ratings", "approval", "popularity"] },
  { concept: c("emissions", "emissions"), words: ["emissions", "emission", "carbon dioxide", "co2"] },
  { concept: FINE, words: ["fine", "fines", "penalty", "penalties", "settlement", "damages", "compensation"], verbs: ["fined", "penalised", "penalized", "ordered to pay", "agreed to pay"] },
  { concept: c("aid", "aid", { money: true }), words: ["aid", "assistance", "grant", "grants", "subsidy", "subsidies", "bailout", "relief package", "stimulus", "pledge", "pledges", "donation", "donations", "donor", "donors"], verbs: ["pledged", "pledges", "pledging", "donated", "donates", "donating"] },
  // money asked for, not yet granted: "requested a record 8.85 trillion yen", "a budget request of ¥8.85 trillion"
  { concept: REQUEST, words: ["budget request", "funding request", "spending request", "request"], verbs: ["requested", "requests", "requesting", "asked for", "asks for", "asking for", "sought", "seeks", "seeking"] },
  { concept: PAY, words: ["salary", "salaries", "wage", "wages", "pay", "minimum wage", "living wage", "hourly rate", "hourly rates", "hourly pay", "hourly wage", "pension", "pensions", "bonus", "bonuses"] },
  { concept: c("tax", "tax", { money: true }), words: ["tax", "taxes", "tax revenue", "tax revenues", "tax receipts", "vat", "value-added tax", "value added tax", "sales tax", "goods and services tax", "gst", "tax rate", "vat rate", "income tax", "corporate tax", "corporation tax"] },
  { concept: c("dividend", "dividend", { money: true }), words: ["dividend", "dividends", "buyback", "share buyback"] },
  { concept: c("wealth", "wealth", { money: true }), words: ["net worth", "fortune", "wealth"] },
  // the dead and the injured are two figures ("killing at least 12 people and injuring 80"); "casualties" may be either
  { concept: c("deaths", "deaths"), words: ["killed", "deaths", "dead", "death toll", "fatalities", "died"] },
  { concept: c("injuries", "injured"), words: ["injured", "wounded", "injuries", "hurt"] },
  { concept: c("casualties", "casualties"), words: ["casualties"] },
];

export const FLOW_EXPORTS = EXPORTS;

/**
 * Measures of what is held at a moment, not of what flowed over a time: reserves, inventories, debt, how full a store
 * is. Their level in "the week ended Nov. 21" is their level on that day (see frameClaims).
 */
export const HELD_AT_A_MOMENT: ReadonlySet<string> = new Set(["fx-reserves", "stocks", "debt", "storage-fill", "order-backlog"]);

interface Form {
  concept: MeasureConcept;
  verb: boolean;
}

const FORMS = new PhraseTable<Form>(
  LEXICON.flatMap((e) => [
    ...e.words.map((w): [string, Form] => [w, { concept: e.concept, verb: false }]),
    ...(e.verbs ?? []).map((w): [string, Form] => [w, { concept: e.concept, verb: true }]),
  ]),
);

/** Every measure word of a sentence, in order. */
export function findMeasures(sentence: string, words?: Words): MeasureHit[] {
  const out: MeasureHit[] = [];
  // "total curbs now amount to 4.6 million barrels a day", "4.6 million bpd of cuts": producers' cuts
  if (DAILY_VOLUME.test(sentence)) {
    BARE_CUTS.lastIndex = 0;
    for (let m = BARE_CUTS.exec(sentence); m; m = BARE_CUTS.exec(sentence)) out.push({ concept: OUTPUT_CUT, start: m.index, end: m.index + m[0].length, verb: false });
  }
  for (const h of FORMS.find(sentence, words)) {
    // "middle-income countries", "low-tax states": the last part of a compound before a plural noun describes the noun
    if (sentence[h.start - 1] === "-" && COMPOUND_BEFORE_NOUN.test(sentence.slice(h.end, h.end + 30))) continue;
    // "the new export orders sub-index rose to 47.6": a part of an index, not the measure its words name
    if (!h.value.verb && SUB_INDEX_AFTER.test(sentence.slice(h.end, h.end + 24))) continue;
    // "forest loss", "job losses", "habitat loss": a loss of something that is no money is no company's loss
    if (h.value.concept.key === "profit" && /^loss/i.test(sentence.slice(h.start, h.end)) && THING_LOST.test(sentence.slice(Math.max(0, h.start - 16), h.start))) continue;
    // "jobs at stake": what may be lost, no holding
    if (h.value.concept === STAKE && /\bat\s+$/i.test(sentence.slice(Math.max(0, h.start - 4), h.start))) continue;
    // "the food supply agency", "the trade ministry", "an export credit agency": a word that describes an organisation
    if (!h.value.verb && ORG_NOUN_AFTER.test(sentence.slice(h.end, h.end + 24))) continue;
    // "premium subscribers", "the premium tier": a kind of customer or product, no price difference
    if (h.value.concept.key === "price-difference" && PREMIUM_KIND_AFTER.test(sentence.slice(h.end, h.end + 30)) && /^premium$/i.test(sentence.slice(h.start, h.end))) continue;
    // "Brent for August delivery", "gas for July delivery": a futures contract's month, not goods delivered
    if (!h.value.verb && h.value.concept.key === "flow" && CONTRACT_MONTH.test(sentence.slice(Math.max(0, h.start - 25), h.start))) continue;
    // "approvals for house purchase", "home purchases": buying a home is no import
    if (!h.value.verb && h.value.concept === IMPORTS && /^purchases?$/i.test(sentence.slice(h.start, h.end)) && /\b(?:house|home|property|housing)[-\s]$/i.test(sentence.slice(Math.max(0, h.start - 10), h.start))) continue;
    // "received 30.1 million tourists", "sent 2,000 troops": people are not goods, and their count is no flow's
    if (h.value.verb && h.value.concept.key === "flow" && PEOPLE_OBJECT.test(sentence.slice(h.end, h.end + 60))) continue;
    // ("86.7% of kindergartners have received both doses", "40% of households bought a car": a share of a population
    // that received or bought something, no flow of goods)
    if (h.value.verb && h.value.concept.key === "flow" && SHARE_OF_SUBJECT.test(sentence.slice(Math.max(0, h.start - 80), h.start))) continue;
    // "sold Tunde Okonjo to Northfield Ravens", "sold Volvo Cars to Geely": a player or a company sold, no goods
    if (h.value.verb && h.value.concept.key === "flow" && NAMED_OBJECT_TO.test(sentence.slice(h.end, h.end + 60))) continue;
    // "has pledged to cut emissions by 81%": a promise to act, no aid given
    if (h.value.verb && h.value.concept.key === "aid" && /^\s+to\s+\p{Ll}/u.test(sentence.slice(h.end, h.end + 12))) continue;
    // "sought to raise $2 billion", "asked for the deal to be reviewed": what the verb asks is another verb's
    if (h.value.concept === REQUEST && h.value.verb && ASKED_TO.test(sentence.slice(h.end, h.end + 30))) continue;
    // "ordered the group to pay €1.84bn", "must pay": the verb pay, not wages; what an authority orders paid is a fine
    if (h.value.concept === PAY && PAY_VERB_BEFORE.test(sentence.slice(Math.max(0, h.start - 16), h.start))) {
      if (ORDERED_TO_PAY.test(sentence.slice(Math.max(0, h.start - 80), h.end))) out.push({ concept: FINE, start: h.start, end: h.end, verb: true });
      continue;
    }
    // "rents paid by tenants", "prices paid to farmers": a participle that describes the noun before it, no payment
    if (h.value.verb && h.value.concept.key === "spending" && PARTICIPLE_AFTER_NOUN.test(sentence.slice(Math.max(0, h.start - 20), h.end + 5))) continue;
    // "the typical home now costs £271,000", "a ticket costs €12": what one thing costs is its price
    // ("costs" is in the lexicon as a noun too: the words before tell the verb)
    if (h.value.concept.key === "spending" && /^costs?$/i.test(sentence.slice(h.start, h.end)) && ONE_THING_BEFORE.test(sentence.slice(Math.max(0, h.start - 50), h.start))) {
      out.push({ concept: PRICE, start: h.start, end: h.end, verb: true });
      continue;
    }
    // "sales to the US fell 29%": goods sold to a place are exports, not a company's revenue
    const concept = !h.value.verb && h.value.concept.key === "revenue" && SOLD_TO_PLACE.test(sentence.slice(h.end, h.end + 24)) && /sales/i.test(sentence.slice(h.start, h.end)) ? EXPORTS : h.value.concept;
    // "sales volumes at British retailers", "sales at food stores": a country's retail sales (or a kind of store's)
    if ((h.value.concept.key === "revenue" || h.value.concept === UNIT_SALES) && !h.value.verb && AT_RETAILERS.test(sentence.slice(h.end, h.end + 40))) {
      out.push({ concept: RETAIL_SALES, start: h.start, end: h.end, verb: false });
      continue;
    }
    // "registered 2,450 cars", "cars were registered": vehicles only ("registered 5,000 cases" is no sale)
    if (h.value.concept === REGISTRATIONS && h.value.verb && !REGISTERED_VEHICLES.test(sentence.slice(Math.max(0, h.start - 50), h.end + 50))) continue;
    // (money pulled out or withdrawn is investors' only: "Overseas investors have pulled out $17 billion")
    if (h.value.concept === FUND_OUTFLOWS && h.value.verb && !INVESTORS_BEFORE.test(sentence.slice(Math.max(0, h.start - 40), h.start))) continue;
    // "Foreign investors sold a net $17 billion of Indian equities": securities investors sell are money out of the
    // market (bought: money in), not exports
    if (h.value.verb && (concept === EXPORTS || concept === IMPORTS) && INVESTORS_BEFORE.test(sentence.slice(Math.max(0, h.start - 40), h.start)) && SECURITIES_AFTER.test(sentence.slice(h.end, h.end + 60))) {
      out.push({ concept: concept === EXPORTS ? FUND_OUTFLOWS : FUND_INFLOWS, start: h.start, end: h.end, verb: true });
      continue;
    }
    // "Bitcoin ETFs drew net inflows of $3.2 billion", "Crypto funds took in $5.9 billion": money into funds
    if ((concept === IMPORTS || (concept === EXPORTS && /outflows/i.test(sentence.slice(h.start, h.end)))) && FUND_WORDS.test(sentence) && (/flows/i.test(sentence.slice(h.start, h.end)) || h.value.verb)) {
      out.push({ concept: concept === IMPORTS ? FUND_INFLOWS : FUND_OUTFLOWS, start: h.start, end: h.end, verb: h.value.verb });
      continue;
    }
    // "December alone brought in just $381 million", "took in €2 billion": money a verb of taking in brings is earned,
    // not goods bought (what funds take in is their inflow: above)
    if (h.value.verb && concept === IMPORTS && INCOME_VERB.test(sentence.slice(h.start, h.end).toLowerCase()) && MONEY_OBJECT.test(sentence.slice(h.end, h.end + 30))) {
      out.push({ concept: REVENUE, start: h.start, end: h.end, verb: true });
      continue;
    }
    // "the unsheltered population fell 5.1%", "the working-age population": a part of the population, not the whole
    const part = !h.value.verb && concept.key === "population" && /^population$/i.test(sentence.slice(h.start, h.end)) ? POPULATION_PART_BEFORE.exec(sentence.slice(Math.max(0, h.start - 24), h.start)) : null;
    if (part && !WHOLE_POPULATION.has(part[1]) && !/^\s+(?:policy|policies|growth|control|data|figures|statistics|census|register)\b/i.test(sentence.slice(h.end, h.end + 14))) {
      out.push({ concept, start: h.start, end: h.end, verb: false, part: part[1] });
      continue;
    }
    // "98,700 cars were sold in Portugal": goods sold in a market are its sales, not exports
    const soldHere = h.value.verb && concept === EXPORTS && /^sel|^sold/i.test(sentence.slice(h.start, h.end)) && SOLD_IN_PLACE.test(sentence.slice(h.end, h.end + 50));
    out.push({ concept: soldHere ? UNIT_SALES : concept, start: h.start, end: h.end, verb: h.value.verb });
  }
  return out.length > 1 ? out.sort((a, b) => a.start - b.start) : out;
}

/**
 * `hits` with a hit of `concept` for each match of `words` (a global pattern) that no hit covers, in order: the bare
 * words a kind of story gives a measure ("shortfall" in a budget story, "volumes" in a retail-sales story, "collected"
 * in a box-office story). `verbs`: the words of them that are verbs.
 */
export function withBareWords(sentence: string, hits: MeasureHit[], words: RegExp, concept: MeasureConcept, verbs?: RegExp): MeasureHit[] {
  words.lastIndex = 0;
  for (let m = words.exec(sentence); m; m = words.exec(sentence)) {
    const start = m.index;
    if (!hits.some((h) => h.start <= start && start < h.end)) hits.push({ concept, start, end: start + m[0].length, verb: !!verbs?.test(m[0]) });
  }
  return hits.sort((a, b) => a.start - b.start);
}

/**
 * The measure words that can say what a count is: no amount of money, except that the "sales" of a count are the
 * goods sold ("car sales rose to 201,412"), not revenue.
 */
export function countMeasures(hits: readonly MeasureHit[], sentence: string): MeasureHit[] {
  const out: MeasureHit[] = [];
  // (their "sales" are goods sold, as an amount of goods' are: see goodsMeasures)
  for (const h of goodsMeasures(hits, sentence)) {
    // "Arrivals on the central Mediterranean route dropped to 66,766": arrivals counted one by one, no goods named, are
    // people ("LNG arrivals" are imports)
    if (h.concept === IMPORTS && !h.verb && /^arrivals?$/i.test(sentence.slice(h.start, h.end)) && !findProducts(sentence).length) out.push({ ...h, concept: PEOPLE_ARRIVING });
    else if (!h.concept.money) out.push(h);
  }
  return out;
}

/** The noun "sales" read as revenue (no verb, no longer phrase): money only when what it is told in is money. */
function isBareSales(h: MeasureHit, sentence: string): boolean {
  return h.concept.key === "revenue" && !h.verb && /^sales$/i.test(sentence.slice(h.start, h.end));
}

/**
 * The measure words that can say what an amount of goods is (tonnes, hectolitres, barrels) or how it changed: its
 * "sales" are the goods sold ("beer sales came to 38.6 million hectolitres", "domestic sales shrank 5.8% to 31.45
 * million hectolitres"), not revenue.
 */
export function goodsMeasures(hits: readonly MeasureHit[], sentence: string): MeasureHit[] {
  return hits.some((h) => isBareSales(h, sentence)) ? hits.map((h) => (isBareSales(h, sentence) ? { ...h, concept: UNIT_SALES } : h)) : (hits as MeasureHit[]);
}

/** People arriving, counted ("66,317 arrivals"), as the counted noun "arrivals" keys them. */
const PEOPLE_ARRIVING = c("n:arrival", "arrivals");

/** A plural noun, then "paid by" or "paid to": the payment describes the noun ("rents paid by tenants"). */
const PARTICIPLE_AFTER_NOUN = /\p{L}{2,}s\s+paid\s+(?:by|to)\s/u;
/** One thing as a subject ("a ticket", "the typical home now", "each barrel"): what it costs is its price. */
const ONE_THING_BEFORE = /(?:^|[^\p{L}])(?:[Aa]n?|[Ee]ach|[Oo]ne|[Tt]he\s+(?:typical|average|median))\s+(?:[\p{Ll}-]+\s+){1,3}(?:now\s+|still\s+|typically\s+)?$/u;

/** "to pay", "must pay", "will pay": pay as a verb. */
const PAY_VERB_BEFORE = /\b(?:to|must|will|would|should|shall|could|can|may|might|cannot)\s+$/i;
/** "ordered Nordlicht Software to pay", "was ordered to pay", "must pay": a payment imposed. */
const ORDERED_TO_PAY = /\b(?:(?:ordered|forced|required|sentenced|told)\s+(?:[\p{L}.'’&-]+\s+){0,4}?to|must)\s+pay$/iu;
const AT_RETAILERS = /^\s+(?:at|in|of)\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,2}(?:retailers|shops|stores|supermarkets|high\s+street)\b/u;
const REGISTERED_VEHICLES = /\b(?:cars?|vehicles?|EVs?|motorcycles?|trucks?|vans?|buses|lorries|models?|units)\s+(?:(?:\p{L}+\s+)?(?:were|was|are|is|been)\s+)?registered\b|\bregister(?:ed|s)\s+(?:[\d.,]+(?:\s*(?:million|thousand|m|k))?|(?:about|around|nearly|almost|some|just|over|more\s+than)\s+[\d.,]+)\s+(?:(?:new|electric|battery-electric|used|passenger|commercial)\s+)*(?:cars?|vehicles?|EVs?|motorcycles?|trucks?|vans?|buses|lorries|units)\b/iu;
// (after the goods sold, where the verb comes first: "sold 17,470 cars in Europe"; not a month: "sold 5 Mt in March")
const SOLD_IN_PLACE = /^(?:\s+(?:\d[\d.,]*|[^\s.;,]+)){0,4}?\s+(?:in|across|within|throughout)\s+(?:the\s+)?(?:(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)\p{Lu}|domestic\b|home\b|local\b)|^\s+(?:domestically|at\s+home|locally)\b/u;
const SOLD_TO_PLACE = /^\s+(?:to|into)\s+(?:the\s+)?\p{Lu}/u;
const DAILY_VOLUME = /\b(?:barrels?\s+(?:a|per)\s+day|bpd|b\/d|mb\/d|mbd)\b/i;
/** "cuts", "curbs" not already part of a longer measure phrase ("output cuts" is read by the lexicon). */
const BARE_CUTS = /(?<!\b(?:output|production|supply|job|rate|tax|spending|price|budget)\s)\b(?:cuts|curbs)\b/gi;

const CONTRACT_MONTH = /\bfor\s+(?:(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?|front-month|prompt|spot|forward|next-month|nearby)\s+$/;
/** The noun of an organisation right after a measure word (a word of its kind between: "export credit agency"). */
/** After "premium", what is of the premium kind: "premium subscribers", "the premium tier", "premium brands". */
const PREMIUM_KIND_AFTER = /^\s+(?:[\p{Ll}-]+\s+)?(?:subscribers?|subscriptions?|users?|members?|memberships?|tiers?|plans?|accounts?|customers?|listeners?|service|segment|brands?|products?|cars?|models?|economy|seats?|cabins?|versions?)\b/u;
const ORG_NOUN_AFTER = /^\s+(?:[\p{Ll}-]+\s+)?(?:agency|agencies|ministry|ministries|authority|authorities|regulator|commission|bureau|board|council|office|department|association|watchdog)\b/u;
const COMPOUND_BEFORE_NOUN = /^\s+\p{Ll}{3,}s\b/u;
/** A flow verb's object that is a name of two words or more, sold to someone: "sold Tunde Okonjo to". */
const NAMED_OBJECT_TO = /^\s+\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+)+\s+to\s/u;
/** Right after a verb: an amount of money ("just $381 million", "€2.1bn", "some 40 billion rupees"). */
const MONEY_OBJECT = /^\s+(?:(?:just|only|about|around|some|nearly|almost|roughly|a\s+further|another|an\s+extra)\s+)?(?:[$€£¥₹]|(?:US|A|C|NZ|HK|S)\$|[A-Z]{3}\s?\d)/;
/** What a company "brought in" or "took in" in money is what it earned: its revenue, not goods it imported (lower case). */
export const INCOME_VERB = /^(?:brought|brings|bring|bringing|took|takes|take|taking|pulled|pulls)\s+in$/;
/** A flow verb's object that is people: a number, then at most two words, then a noun for people. */
const PEOPLE_OBJECT = /^\s+(?:(?:about|around|some|nearly|almost|over|more\s+than|at\s+least|an\s+estimated|a\s+record|another)\s+)*(?:[\d.,]+(?:\s*(?:million|billion|thousand|mn|bn|m|k))?|more|fewer|most|the\s+most|many|(?:thousands|millions|hundreds)\s+of)\s+(?:[\p{L}-]+\s+){0,2}?(?:tourists?|visitors?|travell?ers|passengers|troops|soldiers|students|refugees|migrants|asylum\s+seekers|workers|people|patients|pilgrims|guests|delegates|children|volunteers|doctors|nurses)\b/u;

/**
 * The measure of the number at [start, end) of the sentence: the nearest measure word of its clause ([from, to)),
 * preferring one close after the number in its own noun phrase ("% of exports", "billion trade deficit", "in
 * trade") and otherwise the nearest before it (the subject of its verb frame).
 */
export function measureOf(hits: readonly MeasureHit[], from: number, to: number, start: number, end: number, sentence: string): MeasureHit | undefined {
  let best: MeasureHit | undefined;
  let bestScore = Infinity;
  for (const h of hits) {
    if (h.start < from || h.end > to) continue;
    let score: number;
    if (h.start >= start && h.end <= end) {
      // inside the quantity's own surface ("$3 cheaper per barrel")
      score = 0;
    } else if (h.start >= end) {
      const gap = sentence.slice(end, h.start);
      // "98,700 new cars were sold in Portugal", "5 Mt was exported": the passive verb after the goods says what
      // was done with them
      // Right after the number, inside its phrase: "$58.9 billion trade deficit", "66% of exports", "$100 billion in
      // trade", "17.8m tonnes of Russian gas" (a product, not a measure: then the verb frame decides); or a passive
      // verb after the goods ("98,700 new cars were sold in Portugal", "5 Mt was exported")
      const passive = h.verb && (PASSIVE_GAP.test(gap) || (PARTICIPLE_GAP.test(gap) && PARTICIPLES.test(sentence.slice(h.start, h.end))));
      if (!passive && !inOwnPhrase(gap)) continue;
      score = gap.length * 0.5;
    } else if (h.end <= start) {
      // "Foreign currency assets, the largest component of the reserves, rose $0.8 billion": an aside about the
      // subject names something else
      if (insideAside(sentence, from, start, h)) continue;
      score = start - h.end + 2;
      // "emissions from electricity generation dropped 19%": the head of "X from/of Y" is X
      if (!h.verb && hits.some((n) => !n.verb && n.end < h.start && n.start >= from && NOUN_OF_NOUN.test(sentence.slice(n.end, h.start)))) continue;
      if (h.verb) {
        // a verb whose subject is a measure noun says what the noun did ("tea exports brought in $1 billion"): the
        // noun is the measure
        const subject = hits.find((n) => !n.verb && n.end <= h.start && n.start >= from && h.start - n.end <= 25 && !/[,;]/.test(sentence.slice(n.end, h.start)));
        if (subject) continue;
        score *= 0.8;
      }
    } else continue;
    if (score < bestScore) {
      best = h;
      bestScore = score;
    }
  }
  return best;
}


/** Is a measure word before the number inside an aside about the clause's subject? */
export function insideAside(sentence: string, from: number, start: number, h: MeasureHit): boolean {
  const before = sentence.slice(from, start);
  if (before.indexOf(",") < 0) return false;
  for (const m of before.matchAll(ASIDE)) {
    const a = from + m.index;
    if (h.start > a && h.end < a + m[0].length) return true;
  }
  return false;
}

/** The gap between a number and a measure word of its own noun phrase ("", " in", " of Russian"). */
function inOwnPhrase(gap: string): boolean {
  if (!/^[^,;:()]{0,30}$/.test(gap)) return false;
  // "142 of the 300 seats", "12 of its 40 stores": a part counted as its whole is
  if (/^\s+of\s+(?:the\s+|its\s+|their\s+|all\s+)?[\d.,]+\s+$/.test(gap)) return true;
  return /^\s*$/.test(gap) || /^\s*(?:(?:rise|increase|growth|widening|narrowing|jump|fall|decline|drop|expansion|surge|contraction)\s+)?(?:(?:of|in|worth\s+of)\s+)?(?:(?:the|its|their|total|all|annual|bilateral|overall|\p{Lu}[\p{L}.’'-]*|[a-z]+(?:al|ic|ed|an|ese|ish|ary|ory|ive|ous|ful))\s+){0,4}$/u.test(gap);
}

/** Between a number and a passive verb: its noun (three words at most), the auxiliary ("new cars were "). */
const PASSIVE_GAP = /^\s+(?:[\p{L}-]+\s+){0,3}?(?:were|was|are|is|have\s+been|has\s+been|had\s+been|will\s+be|would\s+be|to\s+be)\s+(?:\p{L}+ly\s+)?$/u;
/** Between goods and the participle that says what was done with them ("197,800 new cars registered in"). */
const PARTICIPLE_GAP = /^\s+(?:(?!(?:that|which|who|than|those|these|as)\s)[\p{L}-]+\s+){1,3}$/u;
const PARTICIPLES = /^(?:registered|sold|exported|imported|produced|shipped|delivered|manufactured)$/i;

/** The gap between the head of a noun phrase and a measure word inside its complement ("emissions from electricity generation"). */
const NOUN_OF_NOUN = /^\s+(?:from|of)\s+(?:the\s+|its\s+|their\s+)?(?:[\p{Ll}-]+\s+){0,2}$/u;

/** Money received: "took in", "was paid", "earned", "raked in", right before the amount (a few words between). */
const RECEIVED_BEFORE = /\b((?:took\s+in|takes?\s+in|taking\s+in|received?|receives|receiving|earned|earns?|earning|(?:was|were|is|are|been|being|get|gets|got)\s+paid|raked\s+in|rakes?\s+in|brought\s+in|brings?\s+in|collected|collects?|pocketed|netted|generated))\s+(?:[\w’'-]+\s+){0,3}$/i;
/**
 * What the money was for: selling goods ("from selling LNG", "from sales of coal", "for these supplies"), a few words
 * after the amount ("€5.2 billion between January and November from selling salmon").
 */
const SALE_AFTER = /^\s*(?:[^,;:.()]{0,50}?\s)?(?:from|for|through|by)\s+(?:selling|exporting|(?:the\s+)?(?:sales?|export)\s+of|(?:these|those|the|its|their|such)\s+(?:supplies|deliveries|exports|shipments|cargoes|sales))\b/i;

/**
 * The proceeds of a sale are the value of the goods sold: "Moscow took in €6.3 billion from selling LNG to
 * Europe", "the miners were paid $2 billion for these shipments" measure exports (in money), whose exporter is the
 * one paid. Returns the export measure placed at the receiving verb, or undefined.
 */
export function proceedsOf(sentence: string, from: number, to: number, start: number, end: number): MeasureHit | undefined {
  const before = sentence.slice(Math.max(from, start - 60), start);
  const received = RECEIVED_BEFORE.exec(before);
  if (!received || !SALE_AFTER.test(sentence.slice(end, Math.min(to, end + 60)))) return undefined;
  const at = start - before.length + received.index;
  return { concept: EXPORTS, start: at, end: at + received[1].length, verb: true };
}

/** "for these supplies", "those shipments": the sale named in the sentence before. */
export function refersBack(sentence: string, end: number): boolean {
  return /^\s*(?:[\w-]+\s+){0,3}?(?:for|from|of)\s+(?:these|those|such)\s+(?:supplies|deliveries|exports|shipments|cargoes|sales|imports|purchases|flows)\b/i.test(sentence.slice(end, end + 60));
}

/** An area a fire went through: the verb before the area, or after it. */
// ("burned through 10,500 hectares", "ripped across 5,000 acres")
const BURNED_BEFORE = /\b(?:burned|burnt|burning|burns|scorched|scorching|charred|consumed|blackened|torched|razed|engulfed|ripped|tore|swept)\s+(?:(?:through|across|over)\s+)?(?:(?:about|around|nearly|almost|some|more\s+than|over|at\s+least|roughly)\s+)*$/i;
const BURNED_AFTER = /^\s*(?:\([^)]{0,30}\)\s*)?(?:have|has|had)?\s*(?:been\s+)?(?:burned|burnt|scorched|charred|consumed)\b/i;
const AREA_BURNED: FrameMeasure = { key: "area-burned", name: "area burned", how: "clause" };

/** "the fire has scorched 84,000 hectares", "4.1 million hectares have burned": the area burned, else undefined. */
export function areaBurned(sentence: string, from: number, to: number, start: number, end: number): FrameMeasure | undefined {
  return BURNED_BEFORE.test(sentence.slice(Math.max(from, start - 50), start)) || BURNED_AFTER.test(sentence.slice(end, Math.min(to, end + 30))) ? AREA_BURNED : undefined;
}

/** Forest cleared: the verb before the area ("cleared 9,064 sq km", "lost 13,038 sq km of forest"), or after it. */
const CLEARED_BEFORE = /\b(?:cleared|deforested|felled|logged)\s+(?:(?:about|around|nearly|almost|some|more\s+than|over|at\s+least|roughly)\s+)*$/i;
const LOST_FOREST = /\b(?:lost|loses|lose|losing)\s+(?:(?:about|around|nearly|almost|some|more\s+than|over|at\s+least|roughly)\s+)*$/i;
const OF_FOREST_AFTER = /^\s+of\s+(?:its\s+|their\s+)?(?:primary\s+|tropical\s+|native\s+)?(?:forest|rainforest|woodland|tree\s+cover|forest\s+cover)\b/i;
const CLEARED_AFTER = /^\s*(?:of\s+(?:forest|rainforest|woodland|native\s+vegetation)\s+)?(?:have|has|had|were|was)?\s*(?:been\s+)?(?:cleared|deforested|felled|logged)\b/i;
const DEFORESTATION: FrameMeasure = { key: "n:deforestation", name: "deforestation", how: "clause" };

/** "9,064 sq km were cleared", "the Amazon lost 13,038 sq km of forest": the area of forest cleared, else undefined. */
export function areaCleared(sentence: string, from: number, to: number, start: number, end: number): FrameMeasure | undefined {
  const before = sentence.slice(Math.max(from, start - 40), start);
  if (CLEARED_BEFORE.test(before) || CLEARED_AFTER.test(sentence.slice(end, Math.min(to, end + 40)))) return DEFORESTATION;
  return LOST_FOREST.test(before) && OF_FOREST_AFTER.test(sentence.slice(end, Math.min(to, end + 40))) ? DEFORESTATION : undefined;
}

/** A fire's containment: "was 40% contained", "had contained 40% of the fire", "containment reached 55%". */
const CONTAINED_AFTER = /^\s+(?:contained|under\s+control)\b/i;
const CONTAINED_BEFORE = /\b(?:contained|containment\s+(?:of|at|to|reached|rose\s+to|stood\s+at|was))\s+(?:(?:about|around|nearly|almost|some|roughly|just|only)\s+)?$/i;
const CONTAINMENT: FrameMeasure = { key: "containment", name: "containment", how: "clause" };

/** The containment a percentage tells of a fire, else undefined. */
export function containmentOf(sentence: string, start: number, end: number): FrameMeasure | undefined {
  return CONTAINED_AFTER.test(sentence.slice(end, end + 20)) || CONTAINED_BEFORE.test(sentence.slice(Math.max(0, start - 40), start)) ? CONTAINMENT : undefined;
}

/** "£250,000 a week", "$15 an hour", "€90,000 per year": an amount earned per stretch of time. */
const PER_TIME = /^\s*(?:a|an|per|each|every)\s+(?:week|month|year|hour|day|annum|season)\b/i;

/**
 * What a person earns ("will earn £250,000 a week", "earns $15 an hour") is pay, not a company's revenue: the verb
 * "earn" read as revenue, with a rate per week, month, year or hour after the amount. Otherwise the hit as it was.
 */
export function wageOf(hit: MeasureHit | undefined, sentence: string, end: number): MeasureHit | undefined {
  if (!hit || !hit.verb || hit.concept.key !== "revenue" || !PER_TIME.test(sentence.slice(end, end + 20))) return hit;
  return { ...hit, concept: PAY };
}

/** "an intraday high of $78.73", "touched a session low of", "a 52-week high of": a price's extreme, not its close. */
const EXTREME_BEFORE = /\b(?:(?:intraday|session|day['’]s|daily|weekly|monthly|record|all-time|multi-year|\d{1,2}-(?:week|month|year)|(?:one|two|three|six)-(?:week|month|year))\s+(high|low|peak|trough)|(?:touching|touched|hit|hitting|reaching|reached)\s+(?:an?\s+)?(high|low)|\bas\s+(high|low)\s+as)\s+(?:of\s+|at\s+)?(?:(?:about|around|nearly|almost|just\s+(?:over|under))\s+)?$/i;

/** The extreme a price before the number names ("an intraday high of $78.73"), as a measure, else undefined. */
export function priceExtreme(sentence: string, start: number, end = start): FrameMeasure | undefined {
  const m = EXTREME_BEFORE.exec(sentence.slice(Math.max(0, start - 40), start));
  // "reached $126,080 on Monday, a fresh record": a record told after the price is its high
  if (!m) return RECORD_AFTER.test(sentence.slice(end, end + 60)) ? PRICE_HIGH : undefined;
  const word = (m[1] ?? m[2] ?? m[3]).toLowerCase();
  const high = word === "high" || word === "peak";
  return high ? PRICE_HIGH : { key: "price-low", name: "price low", how: "clause" };
}
const PRICE_HIGH: FrameMeasure = { key: "price-high", name: "price high", how: "clause" };
/** After a price: ", a fresh record", ", a new all-time high" (a clause of its own that names the price a record). */
const RECORD_AFTER = /^[^.;,]{0,30},\s+(?:a|an|its)\s+(?:new\s+|fresh\s+)?(?:record(?:\s+high)?|all-time\s+high|peak)\b/i;

/**
 * Money a production verb made is revenue ("the clubs generated a combined 12.4 billion euros"): the revenue hit, or
 * undefined for a noun of output ("output of $3 billion" stays output). The caller knows the number is money.
 */
export function moneyProduced(hit: MeasureHit): MeasureHit | undefined {
  return hit.verb && hit.concept.key === "production" ? { ...hit, concept: REVENUE } : undefined;
}

/**
 * A verb of making right before an amount of goods ("China made 74.6 million tonnes", "producers turned out 155.8
 * million tonnes", "mills poured an estimated 5.5 million tonnes", "smelted", "brewed"): the amount made, its
 * production. Only for amounts of goods (the caller knows the unit): "made a profit of $5 billion", "made 3
 * acquisitions" are no output. `before` is the clause up to the number.
 */
export function madeGoods(before: string): MeasureHit | undefined {
  const m = MADE_BEFORE.exec(before);
  return m ? { concept: PRODUCTION, start: m.index, end: m.index + m[1].length, verb: true } : undefined;
}
const MADE_BEFORE = /\b(made|makes|make|making|turned\s+out|turns\s+out|turn\s+out|churned\s+out|churns\s+out|poured|pours|smelted|smelts|brewed|brews)\s+(?:(?:an?|the)\s+)?(?:(?:estimated|record|combined|total\s+of|about|around|some|nearly|almost|roughly|approximately|just|over|under|more\s+than|less\s+than|only|further|another)\s+){0,3}$/i;

/** The word right before "population", a part of it when it is no word of the whole (WHOLE_POPULATION): "unsheltered". */
const POPULATION_PART_BEFORE = /(?:^|[^\p{L}'’-])(\p{Ll}[\p{Ll}-]+)\s+$/u;
/** Words before "population" that name the whole, or say nothing of which part: "the total population", "its ageing population". */
const WHOLE_POPULATION = new Set(["the", "a", "an", "its", "their", "our", "total", "overall", "whole", "entire", "national", "global", "world", "combined", "estimated", "official", "revised", "census", "current", "ageing", "aging", "growing", "shrinking", "declining", "rising", "of", "and", "or", "for", "against", "both", "million", "billion", "thousand", "general", "country", "city", "state", "usual", "heads", "whose", "which", "that", "mid-year", "resident"]);

/** Before a verb, a share of a population as its subject: "86.7% of Minnesota kindergartners have ", "40% of households ". */
const SHARE_OF_SUBJECT = /\d\s*(?:%|per\s?cent|percent)\s+of\s+(?:the\s+|all\s+|its\s+|their\s+)?(?:[\p{L}'’-]+\s+){0,2}\p{Ll}[\p{L}-]*s\s+(?:(?:have|has|had|now|already|also|still)\s+){0,2}$/u;

/** A percent "full", or "of capacity", of a store of goods: "storage sites were 90.4% full", "inventories reached 90.6% of capacity". */
// (and "of live capacity", "of the reservoirs' combined live storage capacity")
const FULL_AFTER = /^\s*(?:full|of\s+(?:the\s+[\p{L}-]+['’]s?\s+)?(?:(?:their|its|total|combined|live|usable|working|gross|storage)\s+){0,4}capacity)\b/iu;
const STORE_WORDS = /\b(?:storage|stored|stores|inventor(?:y|ies)|stocks|stockpiles?|tanks?|sites|facilities|caverns|reservoirs?|dams?|silos?)\b/i;
const STORAGE_FILL: FrameMeasure = { key: "storage-fill", name: "storage filled", how: "clause" };

/**
 * How full a store of goods is ("gas storage was 90.4% full", "filled its storage to 90.4% of capacity"): one measure,
 * however an outlet words it, apart from the amount stored and from the capacity itself. Undefined otherwise.
 */
export function storageFillOf(sentence: string, from: number, to: number, end: number): FrameMeasure | undefined {
  return FULL_AFTER.test(sentence.slice(end, end + 64)) && STORE_WORDS.test(sentence.slice(from, to)) ? STORAGE_FILL : undefined;
}
