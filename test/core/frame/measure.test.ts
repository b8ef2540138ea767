/** What a number measures: the lexicon and the choice of the word that governs the number. */
import { containmentOf, countMeasures, findMeasures, madeGoods, measureOf, priceExtreme, proceedsOf, refersBack, storageFillOf } from "../../../src/core/frame/measure";

function measure(sentence: string, surface: string): string {
  const start = sentence.indexOf(surface);
  const hit = measureOf(findMeasures(sentence), 0, sentence.length, start, start + surface.length, sentence);
  return hit ? `${hit.concept.key}${hit.concept.side ? `:${hit.concept.side}` : ""}` : "-";
}

describe("measure", () => {
  test("what mills crush or process is a measure of its own; 'refined products' are no processing", () => {
    expect(measure("The crush reached 448.3 million tonnes.", "448.3 million tonnes")).toBe("processing");
    expect(measure("Goiás crushed 68.5 million tonnes of cane.", "68.5 million tonnes")).toBe("processing");
    expect(findMeasures("India consumed 20.41 mt of refined petroleum products.").map((h) => h.concept.key)).not.toContain("processing");
  });
  test("free cash flow is a measure of its own; 'premium subscribers' are no price difference", () => {
    expect(measure("Free cash flow for the quarter came to 890 million euros.", "890 million euros")).toBe("free-cash-flow");
    expect(findMeasures("The service added 8 million premium subscribers.").map((h) => h.concept.key)).toEqual([]);
    expect(findMeasures("Its crude sold at a premium of $2 a barrel.").map((h) => h.concept.key)).toContain("price-difference");
  });
  test("'the most populous prefectures' open a list of populations", () => {
    expect(findMeasures("The five most populous prefectures were:").map((h) => h.concept.key)).toEqual(["population"]);
    expect(findMeasures("The five busiest prefectures were:").map((h) => h.concept.key)).toEqual([]);
  });
  test("profit before interest and tax, before tax and before depreciation are measures apart from the bottom line", () => {
    expect(measure("Operating profit fell to €412m.", "€412m")).toBe("operating-profit");
    expect(measure("Net profit came in at €298m.", "€298m")).toBe("profit");
    expect(measure("Profit rose to €298m.", "€298m")).toBe("profit");
    expect(measure("Pre-tax profit rose to £61m.", "£61m")).toBe("pretax-profit");
    expect(measure("Adjusted EBITDA reached $1.2bn.", "$1.2bn")).toBe("ebitda");
    expect(measure("The group made an operating loss of $40m.", "$40m")).toBe("operating-profit");
  });

  test("what a carrier spends on fuel is its fuel costs, not a price of fuel", () => {
    expect(measure("Its fuel bill fell 2.4% to 731 million euros.", "731 million euros")).toBe("fuel-costs");
    expect(measure("Fuel costs rose to $3.1bn.", "$3.1bn")).toBe("fuel-costs");
    expect(measure("Jet fuel prices rose to $850 a tonne.", "$850")).not.toBe("fuel-costs");
  });

  test("a promise to act ('pledged to cut emissions by 68%') is no aid; money pledged is", () => {
    expect(measure("The government has pledged to cut emissions by 68% by 2030.", "68%")).not.toBe("aid");
    expect(measure("Norway pledged $50 million in 2025.", "$50 million")).toBe("aid");
    // (what authorities seize is no trade: "customs seized 42.6 tonnes of cocaine", "a record haul of 9 tonnes")
    expect(measure("Customs officers seized 42.6 tonnes of cocaine at the port last year.", "42.6 tonnes")).toBe("seizures");
    expect(measure("Police intercepted 3.1 tonnes of heroin.", "3.1 tonnes")).toBe("seizures");
    expect(measure("The port exported 42.6 tonnes of coffee.", "42.6 tonnes")).not.toBe("seizures");
    // (who watched: a count of viewers; never an amount of money, see frameClaims.test.ts)
    expect(measure("Viewership peaked at 131.2 million in the fourth quarter.", "131.2 million")).toBe("n:viewer");
    expect(measure("The final's audience averaged 8.1 million.", "8.1 million")).toBe("n:viewer");
    // (a donor's money, a pledge, a donation)
    expect(measure("Japan was the biggest single donor, with $310 million.", "$310 million")).toBe("aid");
    expect(measure("The largest pledge, $420 million, came from the bank.", "$420 million")).toBe("aid");
  });

  test("forest lost is no company's loss; a company's loss is its profit", () => {
    expect(measure("Tree cover loss fell 9.6% in Bolivia.", "9.6%")).not.toBe("profit");
    expect(measure("The group's net loss widened 9.6% in 2025.", "9.6%")).toBe("profit");
  });

  test("synonyms of one concept", () => {
    for (const s of ["Two-way trade reached $14 billion.", "Bilateral trade reached $14 billion.", "Trade turnover reached $14 billion.", "Trade between the neighbours reached $14 billion."]) {
      expect(measure(s, "$14 billion")).toBe("trade");
    }
    expect(measure("The trade deficit widened to $9 billion.", "$9 billion")).toBe("trade-balance");
    expect(measure("Copper output climbed to 1.2 Mt.", "1.2 Mt")).toBe("production");
  });

  test("flows say which side the subject stands on", () => {
    expect(measure("Kenya imported 2 Mt of wheat.", "2 Mt")).toBe("flow:importer");
    expect(measure("Purchases of soybeans came to 3 Mt.", "3 Mt")).toBe("flow:importer");
    expect(measure("Chile shipped 1.1 Mt of copper.", "1.1 Mt")).toBe("flow:exporter");
    expect(measure("Coffee exports rose 8% to $2 billion.", "$2 billion")).toBe("flow:exporter");
  });

  test("a word inside the number's own phrase wins over a farther one before it", () => {
    expect(measure("Officials said the country posted a $58 billion trade deficit.", "$58 billion")).toBe("trade-balance");
    expect(measure("Farm output was strong, and 40% of exports went to Asia.", "40%")).toBe("flow:exporter");
    expect(measure("The two sides aim for $30 billion in trade.", "$30 billion")).toBe("trade");
    // adjectives in -ary, -ive, -ous, -ful inside the phrase
    expect(measure("Producers held production steady, leaving 2.2 million bpd of voluntary cuts in place.", "2.2 million bpd")).toBe("output-cut");
    expect(measure("Exports rose, with $3 billion of additional imports.", "$3 billion")).toBe("flow:importer");
  });

  test("the head of 'X from Y' or 'X of Y' is X", () => {
    expect(measure("Emissions from power generation dropped 19%.", "19%")).toBe("emissions");
    expect(measure("Revenue from exports rose 4% to $2 billion.", "$2 billion")).toBe("revenue");
    expect(measure("Power generation dropped 19%.", "19%")).toBe("production");
    expect(measure("Imports of coal rose 4%.", "4%")).toBe("flow:importer");
  });

  test("a central bank's foreign exchange reserves are money it holds, not a stock of goods", () => {
    expect(measure("Foreign exchange reserves stood at $41 billion.", "$41 billion")).toBe("fx-reserves");
    expect(measure("The country's forex reserves fell by $2 billion.", "$2 billion")).toBe("fx-reserves");
    expect(measure("Its international reserves hit $610 billion.", "$610 billion")).toBe("fx-reserves");
    expect(measure("Crude oil reserves fell to 410 million barrels.", "410 million barrels")).toBe("stocks");
    expect(measure("Gas storage was 84% full.", "84%")).toBe("stocks");
  });

  test("markets: futures are a price; a contract's delivery month is no flow; producers pump and cut", () => {
    expect(measure("U.S. gasoline futures rose 2.6% on Monday.", "2.6%")).toBe("price");
    expect(measure("Brent for August delivery gained $2.41.", "$2.41")).not.toBe("flow:exporter");
    expect(measure("Deliveries to Europe rose 4% in July.", "4%")).toBe("flow:exporter");
    expect(measure("Riyadh will pump 9 million barrels a day.", "9 million")).toBe("production");
    expect(measure("The group's total curbs amount to 4.6 million barrels a day.", "4.6 million")).toBe("output-cut");
    expect(measure("OPEC+ agreed output cuts of 2 million bpd.", "2 million")).toBe("output-cut");
    expect(measure("The bank announced 300 job cuts.", "300")).not.toBe("output-cut");
  });

  test("a price's extreme of the session or the year is not the price it closed at", () => {
    const at = (s: string, n: string) => priceExtreme(s, s.indexOf(n))?.key;
    expect(at("Brent settled at $77.65 after touching an intraday high of $78.73.", "$78.73")).toBe("price-high");
    expect(at("The shares hit a 52-week low of $12.10.", "$12.10")).toBe("price-low");
    expect(at("Gold touched a high of $2,450 an ounce.", "$2,450")).toBe("price-high");
    expect(at("Brent settled at $77.65.", "$77.65")).toBeUndefined();
    expect(at("Prices stayed high at $80.", "$80")).toBeUndefined();
    // "as high as", and a record told after the price
    const at2 = (s: string, n: string) => priceExtreme(s, s.indexOf(n), s.indexOf(n) + n.length)?.key;
    expect(at2("Bitcoin climbed as high as $126,198 on Monday.", "$126,198")).toBe("price-high");
    expect(at2("Gold fell as low as $3,900 an ounce.", "$3,900")).toBe("price-low");
    expect(at2("The price reached $126,080 on Monday, a fresh record.", "$126,080")).toBe("price-high");
    expect(at2("The price reached $126,080 on Monday, a rise of 2%.", "$126,080")).toBeUndefined();
  });

  test("goods sold to a place are exports, not revenue", () => {
    expect(measure("Sales to the US fell by almost 29%.", "29%")).toBe("flow:exporter");
    expect(measure("Sales rose 29% to $3 billion.", "29%")).toBe("revenue");
  });

  test("what an activity adds to an economy is its economic contribution", () => {
    expect(measure("Foreign students contributed $50 billion to the US economy.", "$50 billion")).toBe("contribution");
    expect(measure("Tourism's economic contribution reached €9 billion.", "€9 billion")).toBe("contribution");
    expect(measure("The economy grew 2% last year.", "2%")).toBe("gdp");
  });

  test("people received or sent are no flow of goods", () => {
    expect(measure("India sent more students than any other country, 363,000 in all.", "363,000")).not.toBe("flow:exporter");
    expect(measure("Portugal received 30.1 million foreign tourists.", "30.1 million")).toBe("-");
    expect(measure("The country sent about 2,000 troops.", "2,000")).toBe("-");
    expect(measure("India received 2 Mt of coal.", "2 Mt")).toBe("flow:importer");
    expect(measure("Chile shipped 9,000 tonnes to Korean buyers.", "9,000 tonnes")).toBe("flow:exporter");
  });

  test("a share of a population that received or bought something is no flow of goods", () => {
    expect(measure("Only 86.7% of Minnesota kindergartners have received both doses.", "86.7%")).not.toMatch(/^flow/);
    expect(measure("About 40% of households bought an electric car.", "40%")).not.toMatch(/^flow/);
    // (goods received are still a flow)
    expect(measure("Refiners received 40% of their crude from Russia.", "40%")).toMatch(/^flow/);
  });

  test("tourist arrivals count tourists, not imports", () => {
    expect(measure("Foreign tourist arrivals climbed 6% to 32.4 million.", "32.4 million")).toBe("n:tourist");
    expect(measure("Arrivals of crude climbed 6% to 2 Mt.", "2 Mt")).toBe("flow:importer");
  });

  test("the last part of a compound adjective before a plural noun measures nothing", () => {
    expect(measure("Middle-income countries hosted 71% of the refugees.", "71%")).toBe("-");
    expect(measure("High-tax states shrank by 2%.", "2%")).toBe("-");
    expect(measure("Re-exports rose 4% to $2 billion.", "$2 billion")).toBe("flow:exporter");
    expect(measure("Income rose 4% to $2 billion.", "$2 billion")).toBe("revenue");
  });

  test("no measure word, no measure; a word across a comma after the number is not its own", () => {
    expect(measure("The figure was 12.", "12")).toBe("-");
    expect(measure("It stood at 12, while exports fell.", "12")).toBe("-");
  });
  test("a company's share price, voter turnout, approval ratings", () => {
    expect(measure("Orvane shares jumped 7% after the results.", "7%")).toBe("share-price");
    expect(measure("Its stock fell to $31.20 on Friday.", "$31.20")).toBe("share-price");
    expect(measure("Turnout was 61%, the commission said.", "61%")).toBe("turnout");
    expect(measure("The premier's approval rating slipped to 38%.", "38%")).toBe("approval");
    // a share of something is not a share price
    expect(measure("Exports took a 12% share of output.", "12%")).not.toBe("share-price");
  });

  test("savings: what a buyer did not have to spend", () => {
    expect(measure("Cheap cargoes let the country save $4 billion last year.", "$4 billion")).toBe("savings");
    expect(measure("Households saved $120 on average.", "$120")).toBe("savings");
    expect(measure("The savings came to $2 billion.", "$2 billion")).toBe("savings");
    // not a saving: money spent
    expect(measure("The country spent $4 billion on cargoes.", "$4 billion")).toBe("spending");
  });

  test("a share's base read across a few words before the measure word", () => {
    expect(measure("The terminal handled 27% of all the Russian LNG delivered to Europe.", "27%")).toBe("flow:exporter");
  });
});

describe("measure: what refineries and mills process", () => {
  test("refinery runs, plant runs", () => {
    expect(measure("Refinery runs rose to 1.2 million barrels a day.", "1.2 million barrels")).toBe("processing");
  });
  test("not: 'runs' as a verb ('That 11.4% increase runs against the trend')", () => {
    expect(measure("That 11.4% increase runs against the national trend.", "11.4%")).toBe("-");
  });
});

describe("measure: transport's punctuality and riders", () => {
  test("the share on time, and ridership as passengers", () => {
    expect(measure("The share of trains running on time rose to 63.8%.", "63.8%")).toBe("punctuality");
    expect(measure("The carrier targets punctuality of 66% next year.", "66%")).toBe("punctuality");
    expect(measure("Ridership rose 4.1% to 138.4 million.", "138.4 million")).toBe("n:traveller");
    // (within a few minutes of the timetable is on time: the verb of arriving is no flow of goods)
    const found = (sentence: string) => findMeasures(sentence).map((h) => h.concept.key);
    expect(found("Only 71.2% of regional and intercity trains arrived within five minutes of schedule.")).toEqual(["punctuality", "punctuality"]);
    expect(found("Some 93% of flights departed within 15 minutes of their scheduled time.")).toEqual(["punctuality", "punctuality"]);
  });
  test("not: arrivals that are no trains' timing ('Arrivals rose 4% to 2.1 million')", () => {
    expect(measure("Arrivals rose 4% to 2.1 million.", "2.1 million")).not.toBe("punctuality");
  });
});

describe("measure: orders and the order backlog", () => {
  const found = (sentence: string) => findMeasures(sentence).map((h) => h.concept.key);
  test("orders, order intake and contracts won are one measure; what is ordered and not delivered another", () => {
    expect(found("Korean builders' orders were worth $39.8 billion.")).toEqual(["orders"]);
    expect(found("Their contracts were worth $45.1 billion.")).toEqual(["orders"]);
    expect(found("Order intake rose 12% to 1,046 aircraft.")).toEqual(["orders"]);
    expect(found("Unfilled orders stood at a record 8,912 aircraft.")).toContain("order-backlog");
    expect(found("Unfilled orders stood at a record 8,912 aircraft.")).not.toContain("orders");
    expect(found("The order backlog reached 4,100 vessels.")).toEqual(["order-backlog"]);
  });
  test("not: an orders sub-index of a survey", () => {
    expect(found("The new export orders sub-index rose to 47.6.")).not.toContain("orders");
  });
});

describe("measure: what a fishery may take", () => {
  test("a quota, a total allowable catch, a catch limit", () => {
    expect(measure("The total allowable catch for cod falls to 24,180 tonnes.", "24,180 tonnes")).toBe("quota");
    expect(measure("The herring quota rises 12% to 318,470 tonnes.", "318,470 tonnes")).toBe("quota");
    expect(measure("Both sides set a combined catch limit of 748,250 tonnes.", "748,250 tonnes")).toBe("quota");
  });
  test("not: a 'quote' or a 'tactic'", () => {
    expect(measure("The broker's quote stood at 24,180 tonnes.", "24,180 tonnes")).not.toBe("quota");
    expect(measure("The tactic cost 2,400 jobs.", "2,400")).not.toBe("quota");
  });
});

describe("proceedsOf: the money a seller took in is the value of what it sold", () => {
  const proceeds = (sentence: string, surface: string) => {
    const start = sentence.indexOf(surface);
    const hit = proceedsOf(sentence, 0, sentence.length, start, start + surface.length);
    return hit ? `${hit.concept.key}:${hit.concept.side} ${sentence.slice(hit.start, hit.end)}` : "-";
  };
  test("received for a sale", () => {
    expect(proceeds("Chile took in $9 billion from selling copper to China.", "$9 billion")).toBe("flow:exporter took in");
    expect(proceeds("The growers were paid about $300 million for these shipments.", "$300 million")).toBe("flow:exporter were paid");
    expect(proceeds("Ghana earned $2.1 billion from the sale of cocoa.", "$2.1 billion")).toBe("flow:exporter earned");
  });
  test("not a sale: money received for something else, or money spent", () => {
    expect(proceeds("The club received $40 million from its owners.", "$40 million")).toBe("-");
    expect(proceeds("Chile spent $9 billion from selling bonds.", "$9 billion")).toBe("-");
    expect(proceeds("The nurses were paid $3,000 for overtime.", "$3,000")).toBe("-");
  });
  test("refersBack: a sale named in the sentence before", () => {
    expect(refersBack("for these supplies.", 0)).toBe(true);
    expect(refersBack(" in all for those cargoes", 0)).toBe(true);
    expect(refersBack(" for new supplies.", 0)).toBe(false);
  });
});

describe("measure: concepts beyond trade", () => {
  test("an hourly rate and a living wage are pay", () => {
    expect(measure("The hourly rate for over-21s goes up 6.8% to £12.21.", "£12.21")).toBe("pay");
    expect(measure("The living wage will reach £12.60.", "£12.60")).toBe("pay");
    expect(measure("The interest rate rose to 4%.", "4%")).not.toBe("pay");
  });

  test("money asked for: a request, not yet granted; a verb of asking an act is no request", () => {
    expect(measure("The army requested a record 2.4 billion euros for next year.", "2.4 billion euros")).toBe("request");
    expect(measure("The city has asked for $75 million from the state.", "$75 million")).toBe("request");
    expect(measure("The agency submitted a budget request of ¥1.2 trillion.", "¥1.2 trillion")).toBe("request");
    expect(measure("Last year the ministry sought ¥8.5 trillion.", "¥8.5 trillion")).toBe("request");
    // (what is asked is an act: the amount is that act's)
    expect(measure("The company sought to raise $2 billion in its listing.", "$2 billion")).not.toBe("request");
    expect(measure("Investors asked for the deal to be reviewed after it raised $2 billion.", "$2 billion")).not.toBe("request");
  });

  test("tariffs, fines, aid, pay, tax, dividends, wealth", () => {
    expect(measure("Washington imposed a 25% tariff on steel.", "25%")).toBe("tariff");
    expect(measure("The bank was fined $1.3 billion by regulators.", "$1.3 billion")).toBe("fine");
    expect(measure("The carmaker agreed to pay $800 million to settle the case.", "$800 million")).toBe("fine");
    // a company's margins
    expect(measure("Its operating margin shrank to 9.1% from 11.8%.", "9.1%")).toBe("margin");
    expect(measure("The cuts could lift the profit margin to 10.5% next year.", "10.5%")).toBe("margin");
    expect(measure("The party won by a margin of 5 points.", "5 points")).not.toBe("margin");
    // a player or a company sold is no flow of goods
    expect(measure("Valdemar sold Tunde Okonjo to Northfield Ravens for 80 million euros.", "80 million euros")).not.toMatch(/^flow/);
    expect(measure("The group sold 80,000 tonnes of steel to Turkey.", "80,000 tonnes")).toMatch(/^flow/);
    // a consumer price index is inflation; Brazil's Selic is its policy rate
    expect(measure("The IPCA consumer price index rose 0.44% on the month.", "0.44%")).toBe("inflation");
    expect(measure("The central bank kept its benchmark Selic rate at 14.25%.", "14.25%")).toBe("interest-rate");
    // pay as a verb is no wage; an authority's order to pay is a fine
    expect(measure("Brussels has ordered Nordlicht Software to pay €1.84bn for bundling.", "€1.84bn")).toBe("fine");
    expect(measure("The group must pay €200 million.", "€200 million")).toBe("fine");
    expect(measure("The buyer will pay $58 a share in cash.", "$58")).not.toBe("pay");
    expect(measure("Average pay rose to €3,100 a month.", "€3,100")).toBe("pay");
    // a measure word that describes an organisation is none ("the food supply agency"); a crop is production
    expect(measure("The food supply agency Conab raised its forecast to 177.6 million tonnes.", "177.6 million tonnes")).not.toMatch(/^flow|^exports/);
    expect(measure("The trade ministry said exports rose 5%.", "5%")).toMatch(/^flow|^exports/);
    expect(measure("Gas supply to Italy fell to 4 bcm.", "4 bcm")).toMatch(/^flow|^exports/);
    expect(measure("The wheat crop reached 90 million tonnes.", "90 million tonnes")).toBe("production");
    // what a port handles
    expect(measure("Europe's largest port handled 218.4 million tonnes of cargo.", "218.4 million tonnes")).toBe("throughput");
    expect(measure("Container throughput rose 3.2% to 7.1 million TEU.", "3.2%")).toBe("throughput");
    expect(measure("Net tonnage through the canal fell 70 percent.", "70 percent")).toBe("throughput");
    expect(measure("The tanker's tonnage cost $4 million to insure.", "$4 million")).not.toBe("throughput");
    // a film's takings are its revenue
    expect(measure("The film opened to $84.5 million over the weekend.", "$84.5 million")).toBe("revenue");
    expect(measure("Box-office takings reached $2.1 billion.", "$2.1 billion")).toBe("revenue");
    expect(measure("The sequel has grossed $310 million worldwide.", "$310 million")).toBe("revenue");
    expect(measure("The store opened in 2019 and cost $84.5 million.", "$84.5 million")).not.toBe("revenue");
    // money sent home by people working abroad
    expect(measure("Remittances from Filipinos abroad reached $38 billion.", "$38 billion")).toBe("remittances");
    expect(measure("Exports of remittance software reached $3 million.", "$3 million")).not.toBe("remittances");
    // what a disaster costs insurers and the economy: two measures, neither a profit
    expect(measure("Insured losses from the storm will be between $8 billion and $12 billion.", "$8 billion")).toBe("insured-losses");
    expect(measure("The storm will cost insurers $10 billion.", "$10 billion")).toBe("insured-losses");
    expect(measure("Total economic losses could reach $30 billion.", "$30 billion")).toBe("economic-losses");
    expect(measure("The bank's losses widened to $2 billion.", "$2 billion")).toBe("profit");
    // what one thing costs is its price; what a programme costs or a country pays is spending
    expect(measure("The typical home now costs £271,000.", "£271,000")).toBe("price");
    expect(measure("A weekly rail pass costs €42.", "€42")).toBe("price");
    expect(measure("The defence programme costs $3 billion a year.", "$3 billion")).toBe("spending");
    // "paid by" describing the noun before it is no payment
    expect(measure("Average rents paid by tenants climbed 6.1 per cent.", "6.1 per cent")).not.toBe("spending");
    expect(measure("The state paid $2 billion to the contractors.", "$2 billion")).toBe("spending");
    expect(measure("The package includes $2 billion in aid for farmers.", "$2 billion")).toBe("aid");
    expect(measure("The minimum wage rises to £12.21 an hour.", "£12.21")).toBe("pay");
    expect(measure("Tax revenue reached ₹20 lakh crore.", "₹20 lakh crore")).toBe("tax");
    expect(measure("The firm raised its dividend to 50 cents a share.", "50 cents")).toBe("dividend");
    expect(measure("Her net worth is put at $40 billion.", "$40 billion")).toBe("wealth");
  });
  test("not these: other words nearby win", () => {
    expect(measure("Steel exports rose to $5 billion despite the tariff.", "$5 billion")).toBe("flow:exporter");
    expect(measure("The company paid a fine sum of $3 million for the plant.", "$3 million")).not.toBe("pay");
  });
});

describe("goods sold in a market, counted", () => {
  const counted = (sentence: string, surface: string) => {
    const start = sentence.indexOf(surface);
    const hit = measureOf(countMeasures(findMeasures(sentence), sentence), 0, sentence.length, start, start + surface.length, sentence);
    return hit ? hit.concept.key : "-";
  };
  test("registrations, and vehicles registered: the units sold, one measure with unit sales", () => {
    expect(measure("New car registrations in Portugal rose to 21,640 in May.", "21,640")).toBe("unit-sales");
    expect(measure("Skoda registered 2,450 cars in Portugal last month.", "2,450")).toBe("unit-sales");
    expect(measure("Just over 51,000 electric cars were registered during the month.", "51,000")).toBe("unit-sales");
    expect(measure("The agency counted 97,800 new electric cars registered in the bloc.", "97,800")).toBe("unit-sales");
    // registering what is not a vehicle is no sale
    expect(measure("The clinic registered 5,000 dengue cases.", "5,000")).toBe("-");
    expect(measure("Some 12,000 voters registered in the district.", "12,000")).toBe("-");
  });
  test("'sold in' a place is sales there; 'sold to' a place and 'sold' alone stay exports", () => {
    expect(measure("In the first five months, 98,700 new cars were sold in Portugal.", "98,700")).toBe("unit-sales");
    expect(measure("Chile sold 1.1 Mt of copper to China.", "1.1 Mt")).toBe("flow:exporter");
    expect(measure("Russia sold 5 bcm of gas abroad.", "5 bcm")).toBe("flow:exporter");
    // the goods between the verb and the place: "sold 17,470 cars in Europe"; a month is no place
    expect(measure("Sorensen sold 17,470 cars in Europe in October.", "17,470")).toBe("unit-sales");
    expect(measure("Chile sold 1.1 Mt of copper in March.", "1.1 Mt")).toBe("flow:exporter");
  });
  test("the sales of a count are goods sold, the sales of money revenue", () => {
    expect(counted("Car sales in Spain climbed to 84,300 units in May.", "84,300 units")).toBe("unit-sales");
    expect(measure("Toyota sales rose 4% to $61 billion.", "$61 billion")).toBe("revenue");
  });
  test("a passive or participle verb after the goods says what was done with them; an active clause does not", () => {
    expect(measure("About 5 Mt was exported last year.", "5 Mt")).toBe("flow:exporter");
    expect(measure("Europe also took 24.2 bcm that arrived by ship.", "24.2 bcm")).not.toBe("flow:importer");
    expect(measure("It was three times lower than those paid in Europe.", "three times")).toBe("-");
  });
});

describe("aid pledged or donated", () => {
  test("money a donor pledges or donates is aid", () => {
    expect(measure("The EU has pledged 20 million euros.", "20 million euros")).toBe("aid");
    expect(measure("Japan donated $5 million to the relief effort.", "$5 million")).toBe("aid");
    // a pledge of goods is no aid in money: a count takes no money measure
    expect(measure("Exporters sold $5 million of tea.", "$5 million")).not.toBe("aid");
  });
});


describe("countMeasures: arrivals counted one by one", () => {
  const counted = (sentence: string, surface: string) => {
    const start = sentence.indexOf(surface);
    return measureOf(countMeasures(findMeasures(sentence), sentence), 0, sentence.length, start, start + surface.length, sentence)?.concept.key;
  };
  test("are people where no goods are named; goods' arrivals are imports", () => {
    expect(counted("Arrivals on the central route dropped to 66,766.", "66,766")).toBe("n:arrival");
    expect(counted("LNG arrivals at the terminal rose to 4,000 cargoes.", "4,000")).not.toBe("n:arrival");
  });
});

describe("a fire's containment", () => {
  const contained = (s: string, n: string) => containmentOf(s, s.indexOf(n), s.indexOf(n) + n.length)?.key;
  test("a percentage contained, or containment reached", () => {
    expect(contained("The blaze was 40% contained.", "40%")).toBe("containment");
    expect(contained("Crews had contained 40% of the fire.", "40%")).toBe("containment");
    expect(contained("Containment reached 55% on Wednesday.", "55%")).toBe("containment");
  });
  test("not: a share of something else", () => {
    expect(contained("The report contained a 40% cut.", "40%")).toBeUndefined();
    expect(contained("Sales rose 40% in the region.", "40%")).toBeUndefined();
  });
});

describe("money into or out of funds", () => {
  test("inflows and outflows in a sentence about funds, and what funds took in, are fund flows", () => {
    expect(measure("Gold ETFs drew net inflows of $3.2 billion last week.", "$3.2 billion")).toBe("fund-inflows");
    expect(measure("Equity funds took in $5.9 billion.", "$5.9 billion")).toBe("fund-inflows");
    expect(measure("Bond funds suffered outflows of $2 billion.", "$2 billion")).toBe("fund-outflows");
  });
  test("securities investors sell or pull out are money out of the market; what they buy, money in", () => {
    expect(measure("Foreign investors have sold a net $17 billion of Indian equities.", "$17 billion")).toBe("fund-outflows");
    expect(measure("Overseas investors have pulled out $17 billion from local stocks.", "$17 billion")).toBe("fund-outflows");
    expect(measure("Foreign funds bought $2 billion of Korean bonds in May.", "$2 billion")).toBe("fund-inflows");
  });
  test("not: inflows of goods or of people, or a company's purchases", () => {
    expect(measure("The army pulled out $2 billion of equipment.", "$2 billion")).not.toMatch(/^fund/);
    expect(measure("Farmers sold $3 billion of wheat to Egypt.", "$3 billion")).not.toMatch(/^fund/);
    expect(measure("LNG inflows into Spain rose to 2 Mt.", "2 Mt")).not.toMatch(/^fund/);
    expect(measure("India took in $3 billion of crude.", "$3 billion")).not.toMatch(/^fund/);
  });
});

describe("purchasing managers' indices", () => {
  test("a bare PMI is the manufacturing one; services and composite apart; a plural's apostrophe joins the phrase", () => {
    expect(measure("The official PMI rose to 49.2.", "49.2")).toBe("pmi-manufacturing");
    expect(measure("The purchasing managers' index for manufacturers rose to 49.4.", "49.4")).toBe("pmi-manufacturing");
    expect(measure("The non-manufacturing PMI fell to 49.5.", "49.5")).toBe("pmi-services");
    expect(measure("The services and construction index slipped to 49.5.", "49.5")).toBe("pmi-services");
    expect(measure("The composite PMI stood at 50.3.", "50.3")).toBe("pmi-composite");
  });
  test("a sub-index is no measure its words name", () => {
    expect(measure("The new export orders sub-index rose to 47.6.", "47.6")).not.toBe("flow:exporter");
  });
});

describe("storageFillOf: how full a store is", () => {
  const fill = (s: string, n: string) => storageFillOf(s, 0, s.length, s.indexOf(n) + n.length)?.key ?? "-";
  test("'X% full' or 'X% of capacity' of storage, tanks, sites, reservoirs", () => {
    expect(fill("Gas storage sites were 90.4% full on Wednesday.", "90.4%")).toBe("storage-fill");
    expect(fill("Europe filled its gas storage to 90.4% of capacity.", "90.4%")).toBe("storage-fill");
    expect(fill("The reservoirs are 41% full after the drought.", "41%")).toBe("storage-fill");
  });
  test("not: a share of capacity that is no store's, a hall that is full", () => {
    expect(fill("The plant ran at 80% of capacity.", "80%")).toBe("-");
    expect(fill("Hotels were 92% full over the holiday.", "92%")).toBe("-");
    expect(fill("Inventories rose 4% in May.", "4%")).toBe("-");
  });
});

describe("measureOf: an aside about the subject", () => {
  test("a measure word inside an aside set off by commas is not the number's", () => {
    expect(measure("Tourism receipts, the largest part of exports, rose $1.2 billion.", "$1.2 billion")).toBe("-");
    expect(measure("Card payments, a gauge of consumer spending, rose 4%.", "4%")).toBe("-");
  });
  test("a clause with a number after the comma is no aside; a measure word before the aside still counts", () => {
    expect(measure("In 2024, the bloc imported 17.5 million tons of LNG, a 14% rise, worth $7.5 billion.", "17.5 million tons")).toBe("flow:importer");
    expect(measure("Exports, the bank said, rose 4%.", "4%")).toBe("flow:exporter");
  });
});

describe("measures: a buyer", () => {
  test("the biggest buyer at an amount bought it: imports", () => {
    expect(measure("Poland remained the biggest buyer at NOK 10.9 billion.", "NOK 10.9 billion")).toBe("flow:importer");
    expect(measure("Poland remained the biggest seller at NOK 10.9 billion.", "NOK 10.9 billion")).not.toBe("flow:importer");
  });
});

describe("measures: sales abroad", () => {
  test("foreign and overseas sales are exports; domestic sales are not", () => {
    expect(measure("Its foreign sales reached €4.23bn.", "€4.23bn")).toBe("flow:exporter");
    expect(measure("Overseas sales fell 9% to €1.9bn.", "€1.9bn")).toBe("flow:exporter");
    expect(measure("Its domestic sales reached €4.23bn.", "€4.23bn")).not.toBe("flow:exporter");
  });
});

describe("measures: money a verb of taking in brings", () => {
  test("'December alone brought in $381 million' is earned, not imports; 'brought in 2 million tonnes' is imports", () => {
    expect(measure("December alone brought in just $381 million.", "$381 million")).not.toBe("flow:importer");
    expect(measure("Ports brought in 2 million tonnes of grain.", "2 million tonnes")).toBe("flow:importer");
  });
});

describe("madeGoods: a verb of making before an amount of goods", () => {
  test("made, turned out, churned out, poured, smelted, brewed: the amount's production", () => {
    for (const before of ["China made ", "Russia made an estimated ", "Producers turned out ", "The mills poured a record ", "Smelters churned out nearly ", "The region smelted some ", "Brewers brewed just over "]) expect(madeGoods(before)?.concept.key).toBe("production");
  });
  test("not: a verb that is not right before the number, nor another verb", () => {
    for (const before of ["China made clear it would cut output by ", "The mill, which made steel for a century, sold ", "Exporters shipped ", "The country imported ", "The company made a loss on "]) expect(madeGoods(before)).toBeUndefined();
  });
});

describe("measure: a part of the population its words name", () => {
  const parts = (sentence: string) => findMeasures(sentence).map((h) => `${h.concept.key}${h.part ? `:${h.part}` : ""}`);
  test("'the unsheltered population', 'the working-age population' are parts", () => {
    expect(parts("The unsheltered population fell 5.1% to 46,835.")).toEqual(["population:unsheltered"]);
    expect(parts("The working-age population shrank by 300,000.")).toEqual(["population:working-age"]);
  });
  test("not: the whole ('the total population', 'its ageing population'), nor population policy", () => {
    expect(parts("The total population is 12 million.")).toEqual(["population"]);
    expect(parts("Its ageing population grew 1%.")).toEqual(["population"]);
    expect(parts("She heads population policy at the ministry.")).toEqual(["population"]);
    expect(parts("The most populous state has 39 million people.")).not.toContain("population:most");
  });
});
