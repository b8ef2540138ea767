import { claimsOf } from "./helpers";

const first = (text: string) => claimsOf(text)[0];

describe("qualifiers", () => {
  it.each([
    ["Trade has exceeded $200 billion.", "over"], ["Sales grew by more than 20%.", "over"], ["Some 18 bcm flowed.", "approx"],
    ["Prices stood at approximately €4.23 per 100 kWh.", "approx"], ["Visitors may stay for up to 30 days.", "up-to"],
    ["As many as 400 people came.", "up-to"], ["They need at least 12 bcm.", "at-least"], ["No fewer than 30 ships sailed.", "at-least"],
    ["Costs fell below $5 a barrel.", "under"], ["Fewer than 20 firms applied.", "under"], ["Output was 5 Mt.", "exact"],
    ["Analysts expect 5% or more.", "at-least"], ["It took 3 hours or so.", "approx"], ["Nearly 4 million tonnes were lost.", "approx"],
    ["The index edged up to 49.2 in May.", "exact"], ["Growth was revised up to 0.5%.", "exact"], ["It can carry up to 400 people.", "up-to"],
    ["The town has 5,000 plus residents.", "at-least"], ["It costs $500 plus.", "at-least"],
    ["They paid $60 million plus up to $8 million more.", "exact"], ["They paid 60 million euros plus 12 million in bonuses.", "exact"],
  ])("%s → %s", (text, q) => {
    expect(first(text).qualifier).toBe(q);
  });
});

describe("periods", () => {
  it.each([
    ["In 2025, household prices stood at €4.23 per 100 kWh.", "2025"],
    ["By 2025, China had bought $230 billion of Russian energy.", "2025"],
    ["Exports have grown 40% since 2022.", "since 2022"],
    ["The pipeline will carry 44 bcm annually.", "annually"],
    ["The line carries 8 TWh a year.", "annually"],
    ["Trade exceeded $200 billion for three consecutive years.", "for three consecutive years"],
    ["Output rose 7% in the first half of 2026.", "H1 2026"],
    ["Sales hit $4 billion in November 2026.", "2026-11"],
    ["Tourism grew 12% this year.", "this year"],
    ["The company hired 300 engineers.", ""],
    ["Shipments totalled 4.1 Mt, against 3.6 Mt a year earlier.", ""],
  ])("%s → %s", (text, period) => {
    expect(first(text).period).toBe(period);
  });
});

describe("periods shared by a sentence", () => {
  it("gives the sentence's period to a compared figure far from it", () => {
    const c = claimsOf("In 2025, average household gas prices in the region stood at approximately €4.23 per 100 kWh, compared to €11.43 per 100 kWh in the EU.");
    expect(c.map((x) => x.period)).toEqual(["2025", "2025"]);
  });
});

describe("subjects", () => {
  it.each([
    ["Both presidents said bilateral trade topped $200 billion again.", "bilateral trade"],
    ["Over 56,000 Chinese students are currently studying in Russia.", "Chinese students studying in Russia"],
    ["Gas deliveries through the new pipeline reached 38.8 bcm.", "gas deliveries through the new pipeline"],
    ["Average household gas prices stood at €4.23 per 100 kWh in China.", "average household gas prices in China"],
    ["Agricultural trade grew by over 20%.", "agricultural trade growth"],
    ["Unemployment fell 2% last year.", "unemployment decline"],
    ["The call lasted 1 hour and 25 minutes.", "call duration"],
    ["They held an hour-and-a-half discussion.", "discussion duration"],
    ["China bought more than $230 billion worth of Russian energy.", "China purchases of Russian energy"],
    ["The deal includes $230 billion worth of Russian energy.", "Russian energy"],
    ["Qatar shipped 77 million tonnes of LNG in 2024.", "Qatar shipments of LNG"],
    ["Gas exports fell to 18 bcm.", "gas exports"],
    ["Russia ranks fifth among China's trade partners.", "Russia's rank among China's trade partners"],
    ["It marks the 30th anniversary of the Strategic Partnership of Coordination.", "anniversary of Strategic Partnership of Coordination"],
    ["Putin accepted an invitation to visit China twice this year.", "visit China"],
    ["Prices doubled within a year.", "prices"],
    ["Inflation eased to 2.4% from 2.9%.", "inflation"],
    ["The link is priced at €2.4bn.", "link"],
    ["The budget lifts defence spending to 4.7% of GDP.", "defence spending"],
    ["The bill sets the deficit at 6.3%.", "deficit"],
    ["Teachers will get a 5% pay rise from September.", "pay rise"],
    ["Poland's economy grew 3.2% in Q4 2025.", "Poland's economy growth"],
    ["A decree allows Chinese citizens to enter Russia visa-free for up to 30 days.", "enter Russia visa-free duration"],
    ["They plan a 410 km undersea cable linking the two coasts.", "undersea cable"],
    ["Portugal and Morocco agreed to build an undersea power cable worth $2.6 billion.", "undersea power cable"],
    ["They met after talks in Lisbon that lasted five hours.", "talks in Lisbon duration"],
    ["Engineers expect construction to take four years.", "construction duration"],
    ["- Electricity prices for industry rose 12% in 2025.", "electricity prices for industry growth"],
    ["Russia earned 8.2 trillion roubles from oil and gas, officials said.", "Russia earnings from oil and gas"],
    ["The company received 8.2 trillion roubles from oil and gas.", "oil and gas"],
  ])("%s → %s", (text, subject) => {
    expect(first(text).subject).toBe(subject);
  });

  it("takes the subject of the previous figure for a demonstrative", () => {
    const c = claimsOf("Pipeline deliveries reached 38.8 bcm. New contracts will raise this to 44 bcm.");
    expect(c.map((x) => x.subject)).toEqual(["pipeline deliveries", "pipeline deliveries"]);
  });

  it("carries a compared figure's subject over with its own place", () => {
    const c = claimsOf("Electricity costs €0.25 per kWh in Germany, compared with €0.18 per kWh in France.");
    expect(c.map((x) => x.subject)).toEqual(["electricity in Germany", "electricity in France"]);
  });
});

describe("attribution", () => {
  it.each([
    ["Trade grew 5% in 2025, according to Yury Ushakov.", "Yury Ushakov"],
    ["Gazprom said deliveries reached 38.8 bcm.", "Gazprom"],
    ["Kremlin aide Yury Ushakov stated that the call lasted 85 minutes.", "Yury Ushakov"],
    ["Deliveries reached 38.8 bcm, said Alexei Miller.", "Alexei Miller"],
    ["As President Putin noted, trade rose 20%.", "Putin"],
    ["The project will create 3,200 jobs, Energy Minister Maria Sousa said.", "Maria Sousa"],
    ["Bilateral trade reached €5.1 billion, according to the statistics office INE.", "INE"],
    ["Trade reached $245 billion last year.", ""],
    ["Trade reached €4.6 billion in 2025, according to Morocco's foreign exchange office.", "Morocco's foreign exchange office"],
    // a body named with its acronym before the verb; a possessive cut leaves the acronym alone
    ["Sales rose 5.8%, the Petroleum Planning and Analysis Cell (PPAC) said on Tuesday.", "Petroleum Planning and Analysis Cell (PPAC)"],
    ["Sales rose 5.8%, the European Automobile Manufacturers' Association (ACEA) said.", "ACEA"],
    ["Sales rose 5.8% (about 40,000 cars) said nobody.", ""],
    // a body before its own short name in lower case; a person before a role set off by commas
    ["Output rose 0.8%, the World Tin Association (worldtin) said on Friday.", "World Tin Association"],
    ["Output will rise 3%, Ana Ruiz, metals analyst at Brede Securities in Oslo, said.", "Ana Ruiz"],
    ["Output rose 3% in the firm, which grew, said nothing.", ""],
  ])("%s → %s", (text, who) => {
    expect(first(text).attribution).toBe(who);
  });

  it("follows a pronoun back to the previous sentence", () => {
    const c = claimsOf("Yury Ushakov briefed reporters, Ushakov said. He said the talks lasted 90 minutes.");
    expect(c[0].attribution).toBe("Ushakov");
  });
});

describe("claim fields", () => {
  it("gives the sentence and its start, and offsets that slice to the surface", () => {
    const text = "Intro line.\nGas flows reached 38.8 bcm in 2025. Next sentence.";
    const [c] = claimsOf(text);
    expect(c.sentence).toBe("Gas flows reached 38.8 bcm in 2025.");
    expect(text.slice(c.sentenceStart, c.sentenceStart + c.sentence.length)).toBe(c.sentence);
    expect(text.slice(c.start, c.end)).toBe(c.surface);
    expect(c.id).toMatch(/^c-[0-9a-f]{12}$/);
  });
});
