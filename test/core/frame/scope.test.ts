/** Roles of places: exporter and importer of a flow, a pair, a people. */
import { findMeasures, measureOf } from "../../../src/core/frame/measure";
import { scanPlaces } from "../../../src/core/frame/places";
import { findProducts } from "../../../src/core/frame/product";
import { describesName, scopeOf, worldScope } from "../../../src/core/frame/scope";

function roles(sentence: string, surface: string): string {
  const start = sentence.indexOf(surface);
  const hit = measureOf(findMeasures(sentence), 0, sentence.length, start, start + surface.length, sentence);
  const places = scanPlaces(sentence);
  return scopeOf(sentence, places, [], hit, findProducts(sentence))
    .map((p) => `${p.code}:${p.role}`)
    .sort()
    .join(" ");
}

describe("scope", () => {
  test("flows: from, to, demonym before a product, the subject of the flow word", () => {
    expect(roles("Exports of copper from Chile to China reached 2 Mt.", "2 Mt")).toBe("cl:exporter cn:importer");
    expect(roles("Japan imported 3 Mt of Australian coal.", "3 Mt")).toBe("au:exporter jp:importer");
    expect(roles("Brazil shipped 5 Mt of soybeans.", "5 Mt")).toBe("br:exporter");
    expect(roles("Indian refiners bought 1.2 million bpd of crude.", "1.2 million bpd")).toBe("in:importer");
  });

  test("trade puts its places in a pair", () => {
    expect(roles("Trade between Kenya and Uganda reached $1 billion.", "$1 billion")).toBe("ke:pair ug:pair");
    expect(roles("Vietnam-Thailand trade reached $20 billion.", "$20 billion")).toBe("th:pair vn:pair");
  });

  test("people: a demonym before a people noun, or a plural demonym", () => {
    expect(roles("Some 12,000 Nigerian students study in Malaysia.", "12,000")).toBe("my:place ng:people");
    expect(roles("Italians made 40,000 trips to Japan.", "40,000")).toBe("it:people jp:place");
    // a bloc with a place in its name is the bloc
    expect(roles("Shipments to the Association of Southeast Asian Nations (ASEAN) rose 14.2%.", "14.2%")).toBe("asean:importer");
    // where an organisation sits is not the figure's place
    expect(roles("The Berlin-based group carried 28.37 million passengers.", "28.37 million")).toBe("");
    expect(roles("The group carried 28.37 million passengers in Germany.", "28.37 million")).not.toBe("");
    // "British thermal units" name no place
    expect(roles("Gas fell to $2.21 per million British thermal units.", "$2.21")).toBe("");
    // enrolment, applicants and graduates are people too
    expect(roles("Indian enrolment at American universities reached 363,000.", "363,000")).toBe("in:people us:place");
    expect(roles("Kenyan applicants to British universities rose to 9,000.", "9,000")).toBe("gb:place ke:people");
    expect(roles("Kenyan tea auctions fetched 9,000 bids.", "9,000")).not.toContain("ke:people");
  });

  test("people after 'from' say where the number comes from, as the place would", () => {
    expect(roles("Bookings from Kenyan travellers rose 12%.", "12%")).toBe("ke:place");
    expect(roles("Bookings from Kenya rose 12%.", "12%")).toBe("ke:place");
    expect(roles("Kenyan travellers made 12,000 bookings.", "12,000")).toBe("ke:people");
  });

  test("a place with no cue is a plain place", () => {
    expect(roles("Rainfall in Spain was 30% below normal.", "30%")).toBe("es:place");
  });
});

describe("scope: a demonym is the origin only of the flow's own goods", () => {
  test("'Russian gas' beside Australian coal exports is not an origin of the coal", () => {
    const s = "A substitute for Russian gas, Australian coal exports rose to 9 Mt.";
    const start = s.indexOf("9 Mt");
    const hit = measureOf(findMeasures(s), 0, s.length, start, start + 4, s);
    const roles = scopeOf(s, scanPlaces(s), [], hit, findProducts(s), "coal").map((p) => `${p.code}:${p.role}`).sort();
    expect(roles).toEqual(["au:exporter", "ru:place"]);
  });
});

/** The world scope of the number `n` of sentence `s`, read over the whole sentence as its clause. */
const world = (s: string, n: string) => {
  const start = s.indexOf(n);
  return worldScope(s, 0, s.length, start, start + n.length)?.code;
};

describe("worldScope: a number the clause says is the world's", () => {
  test("the world's output, output worldwide", () => {
    expect(world("The world's copper output rose 2% to 22 Mt.", "22 Mt")).toBe("world");
    expect(world("Some 123 million people are displaced worldwide.", "123 million")).toBe("world");
  });
  test("not: a rank that describes a name ('the world's largest producer')", () => {
    expect(world("Codelco, the world's largest copper producer, produced 118,700 tons.", "118,700 tons")).toBeUndefined();
    expect(world("Escondida, the world's second-biggest mine, produced 98,400 tons.", "98,400 tons")).toBeUndefined();
  });
});

describe("worldScope: a clause whose subject is the world's", () => {
  test("'Global smartphone shipments rose 3.1% year on year to 316.1 million units', after a wire's date line too", () => {
    expect(world("Global smartphone shipments rose 3.1% year on year to 316.1 million units.", "316.1 million")).toBe("world");
    expect(world("Oct 15 (Wire) - Worldwide PC sales fell 2% to 61 million in the quarter.", "61 million")).toBe("world");
  });
  test("not: the World Bank's numbers", () => {
    expect(world("World Bank lending rose to $72 billion.", "$72 billion")).toBeUndefined();
  });
  test("central banks as a whole are the world's: 'Central banks added 420 tonnes', 'Overall, central banks bought', 'with central banks buying'", () => {
    expect(world("Central banks added 420 tonnes of silver in 2024.", "420 tonnes")).toBe("world");
    expect(world("Overall, central banks bought 420 tonnes.", "420 tonnes")).toBe("world");
    expect(world("Buying slowed, with central banks purchasing 90 tonnes in the quarter.", "90 tonnes")).toBe("world");
    expect(world("LIMA (Wire) - Central banks added 420 tonnes.", "420 tonnes")).toBe("world");
  });
  test("not: a region's or a country's central banks, nor central banks of a place", () => {
    expect(world("Asian central banks bought 90 tonnes.", "90 tonnes")).toBeUndefined();
    expect(world("Peru's central bank bought 9 tonnes.", "9 tonnes")).toBeUndefined();
    expect(world("Central banks in Africa bought 9 tonnes.", "9 tonnes")).toBeUndefined();
  });
});

describe("describesName: a nationality that describes an organisation, a player or a club, a place's rank that describes a name", () => {
  const describes = (s: string, word: string) => {
    const m = scanPlaces(s).find((p) => s.slice(p.start, p.end) === word);
    return !!m && describesName(s, m);
  };
  test.each([
    ["Swedish truckmaker Hallberg will cut jobs.", "Swedish"],
    ["The club signed Nigerian striker Tunde Okonjo.", "Nigerian"],
    ["He joined from Spanish side Valdemar.", "Spanish"],
    ["The Nigerian international scored 27 goals.", "Nigerian"],
    // a place's rank that describes another name
    ["Valencia, Spain's busiest container port, handled 5.4 million boxes.", "Spain"],
    ["Traffic rose 6%, making it Germany's third-largest airport.", "Germany"],
    ["The plant is now Chile's largest copper smelter.", "Chile"],
    ["Europe's largest port handled 218 million tonnes.", "Europe"],
  ])("%s", (s, word) => expect(describes(s, word)).toBe(true));
  test.each([
    ["Swedish exports rose 4%.", "Swedish"],
    ["Nigerian oil output fell.", "Nigerian"],
    ["Spanish banks lent more.", "Spanish"],
    // the place's own figures, ranked
    ["Spain's busiest month brought 9 million visitors.", "Spain"],
    ["Chile's copper output, the world's largest, rose 2%.", "Chile"],
    ["Germany's exports rose 4%.", "Germany"],
  ])("not: %s", (s, word) => expect(describes(s, word)).toBe(false));
});

describe("scope: the subject of a flow word past an aside", () => {
  test("'Britain, for generations the anchor of the trade, bought': Britain buys", () => {
    expect(roles("Britain, for generations the anchor of the trade, bought 52.8 million kg.", "52.8 million kg")).toBe("gb:importer");
  });
  test("a comma that opens no aside still keeps the place from the verb", () => {
    expect(roles("In Britain, prices rose and blenders bought 52.8 million kg.", "52.8 million kg")).toBe("gb:place");
  });
});

describe("scope: a place a phrase opening the sentence sets the subject against", () => {
  test("is no place of the number: 'Behind India, Japan produced …', 'Unlike China, Vietnam …', 'Apart from the US, Canada …'", () => {
    expect(roles("Behind India, Japan produced 6.9 million tonnes.", "6.9 million")).toBe("jp:place");
    expect(roles("Unlike China, Vietnam exported 3 Mt of rice.", "3 Mt")).toBe("vn:exporter");
    expect(roles("Apart from the US, Canada took 2 Mt of steel.", "2 Mt")).toBe("ca:place");
  });
  test("not: a place that opens the sentence as its subject's own, or with no other place after it", () => {
    expect(roles("In India, output rose to 13.8 million tonnes.", "13.8 million")).toBe("in:place");
    expect(roles("Behind India, output elsewhere rose to 13.8 million tonnes.", "13.8 million")).toBe("in:place");
    expect(roles("After Germany's 2 Mt, France took 1.5 Mt of steel.", "2 Mt")).toContain("de");
  });
});
