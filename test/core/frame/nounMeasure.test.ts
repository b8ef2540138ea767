/** What a count, a duration or a rank measures: the noun it qualifies. Sentences of our own. */
import { nounMeasure, occupancyOf, verbBefore } from "../../../src/core/frame/nounMeasure";
import type { Claim } from "../../../src/core/types";

function measureOf(sentence: string, surface: string, unit: string) {
  const start = sentence.indexOf(surface);
  const claim = { id: "c", sourceId: "s", start, end: start + surface.length, surface, value: 0, unit, qualifier: "exact", period: "", subject: "", attribution: "", sentence, sentenceStart: 0 } as Claim;
  return nounMeasure(claim, sentence, start + surface.length)?.key;
}

describe("nounMeasure", () => {
  test.each([
    ["The port has 12 LNG terminals.", "12", "count", "n:terminal"],
    // the users of a service, and the first-time users among them
    ["Some 58,000 people turned to the debt charity for the first time last year.", "58,000", "count", "n:people:used:first-time"],
    ["In all, 58,000 people used a debt adviser for the first time.", "58,000", "count", "n:people:used:first-time"],
    ["Some 210,000 people relied on the charity's advisers in 2025.", "210,000", "count", "n:people:used"],
    ["Some 58,000 people visited the museum for the first time.", "58,000", "count", "n:people:visited:first-time"],
    ["Some 58,000 people turned out to vote.", "58,000", "count", "n:people:turned"],
    // a part of the whole a sentence opens with: by what it is called, or by the group of people it went to
    ["Of the 9,200 buses sold, 3,100 were electric models.", "3,100", "count", "n:model"],
    ["Of the meals handed out in June, 41,000 were provided for pupils.", "41,000", "count", "n:meal for pupils"],
    ["Of the meals handed out in June, 41,000 were served in schools.", "41,000", "count", undefined],
    ["In June, 41,000 were provided for pupils.", "41,000", "count", undefined],
    // months of imports reserves cover: the import cover, no event's duration
    ["Reserves cover 5.2 months of Kenya's merchandise imports.", "5.2 months", "s", "import-cover"],
    ["The buffer is worth 3.1 months of import bills.", "3.1 months", "s", "import-cover"],
    ["Talks on imports lasted 3 months.", "3 months", "s", "n:talks"],
    // things connected are counted as connections
    ["Some 48,000 new household systems were hooked up to the grid.", "48,000", "count", "n:connection"],
    ["About 1.3 million homes have been connected to fibre since May.", "1.3 million", "count", "n:connection"],
    ["The utility logged 48,000 new connections.", "48,000", "count", "n:connection"],
    ["Some 48,000 new household systems were sold.", "48,000", "count", "n:system"],
    // births a woman has: the fertility rate
    ["The fertility rate stands at 1.62 births per woman.", "1.62", "count", "fertility-rate"],
    ["Women today have on average 1.62 children.", "1.62", "count", "fertility-rate"],
    ["A magnitude 7.7 earthquake struck.", "7.7", "count", "n:magnitude"],
    ["The floods killed 23 people.", "23", "count", "deaths"],
    ["Some 180 people lost their lives in the storms.", "180", "count", "deaths"],
    ["Police put the number of dead at 112.", "112", "count", "deaths"],
    ["Officials said 270 were still missing, and 40 people were injured.", "40", "count", "injuries"],
    ["They sold 5,000 handsets.", "5,000", "count", "n:phone"],
    // an age, also of a group: "18 to 20-year-olds"
    ["The rate for 18 to 20-year-olds rises.", "18 to 20-year", "s", "age"],
    ["He is a 34-year-old farmer.", "34-year", "s", "age"],
    // what is left of a whole is no whole; games and matches are one noun; a part's whole is counted by its noun
    ["They lead with nine games left.", "nine", "count", "n:match:remaining"],
    ["The airline had 40 seats still left on the flight.", "40", "count", "n:seat:remaining"],
    ["They have won 19 of their 29 league games.", "29", "count", "n:match"],
    ["They have won 19 of their 29 league games.", "19", "count", "n:match"],
    ["The 12 stages of the race were hard.", "12", "count", "n:stage"],
    // people of a kind counted by a casualty are the casualty; counted otherwise, themselves
    ["Eleven children have died of the disease this year.", "Eleven", "count", "deaths"],
    // residents made to leave are the evacuated, however the text says it
    ["The fire forced the evacuation of some 30,000 residents.", "30,000", "count", "n:people:evacuated"],
    ["About 30,000 residents were ordered to leave their homes.", "30,000", "count", "n:people:evacuated"],
    ["Around 30,000 people have been evacuated.", "30,000", "count", "n:people:evacuated"],
    // forced from their homes in a sentence that tells of evacuation orders: the evacuated
    ["Some 28,400 people have been forced from their homes, officials said, as 47 towns were placed under evacuation orders.", "28,400", "count", "n:people:evacuated"],
    ["Mandatory evacuations were in force after 12,000 people were forced from their homes.", "12,000", "count", "n:people:evacuated"],
    // (not: forced from their homes by fighting, with no evacuation told: the displaced)
    ["Some 28,400 people have been forced from their homes by the fighting.", "28,400", "count", "n:people:displaced"],
    ["The town has 30,000 residents.", "30,000", "count", "n:resident"],
    // houses and dwellings are homes
    ["Authorities said 120 houses had been destroyed.", "120", "count", "n:home"],
    ["At least 40 migrants were killed when the boat sank.", "40", "count", "deaths"],
    ["The school enrolled 400 children.", "400", "count", "n:child"],
    // people who crossed a border are its crossings; entries and detections of a border agency are crossings too
    ["Some 239,000 people crossed into the bloc irregularly.", "239,000", "count", "n:crossing"],
    ["Border guards logged 17,000 detections.", "17,000", "count", "n:crossing"],
    ["About 40,000 people crossed the finish line.", "40,000", "count", "n:people:crossed"],
    ["About 40,000 people watched the race.", "40,000", "count", "n:people:watched"],
    // an average's subject, not the noun it is counted in
    ["The average stay was 2.8 nights.", "2.8", "count", "n:average-stay"],
    ["Patients faced a median wait of 18 weeks.", "18 weeks", "s", "n:median-wait"],
    ["Guests spent 53.6 million nights in hotels.", "53.6 million", "count", "n:night"],
    ["The average household bought 12 books.", "12", "count", "n:book"],
  ])("%s → %s", (sentence, surface, unit, key) => {
    expect(measureOf(sentence, surface, unit)).toBe(key);
  });

  test.each([
    ["Exports reached $5 billion.", "$5 billion", "USD"],
    ["Prices rose 4%.", "4%", "%"],
  ])("no noun measure for an amount or a percentage: %s", (sentence, surface, unit) => {
    expect(measureOf(sentence, surface, unit)).toBeUndefined();
  });

  test("verbBefore: the past-tense verb right before a number, qualifiers between", () => {
    const s = "The storm forced nearly 310,000 from their homes.";
    expect(verbBefore(s, s.indexOf("310,000"))?.word).toBe("forced");
    expect(verbBefore("Exports reached 12 Mt.", "Exports reached ".length)).toBeUndefined();
    // a verb that reports or revises a level says nothing of what is counted
    expect(verbBefore("The gain was revised up to 36,000.", "The gain was revised up to ".length)).toBeUndefined();
    expect(verbBefore("The clinic recorded 412.", "The clinic recorded ".length)).toBeUndefined();
  });
});

describe("nounMeasure: a storm's numbers", () => {
  test.each([
    ["Around 2,000 homes lost power.", "2,000", "count", "n:home:without-power"],
    ["Some 2,000 households were left without electricity.", "2,000", "count", "n:home:without-power"],
    ["Power was cut to 2,000 homes.", "2,000", "count", "n:home:without-power"],
    ["The fire destroyed 2,000 homes.", "2,000", "count", "n:home"],
    ["Authorities moved 120 residents to safety.", "120", "count", "n:people:evacuated"],
    ["The town has 120 residents.", "120", "count", "n:resident"],
    ["Winds gusted up to 110 km/h.", "110 km/h", "km/h", "n:wind"],
    ["The train reached 110 km/h.", "110 km/h", "km/h", undefined],
  ])("%s → %s", (sentence, surface, unit, key) => {
    expect(measureOf(sentence, surface, unit)).toBe(key);
  });
});

describe("nounMeasure: the electorate", () => {
  test.each([
    ["About 4.2 million people were registered to vote in Norway.", "4.2 million"],
    ["Of the 4,212,480 voters on the electoral roll, 77% voted.", "4,212,480"],
    ["Norway's 4.21 million registered voters turned out in force.", "4.21 million"],
    ["It has an electorate of about 4.2 million.", "4.2 million"],
  ])("%s", (sentence, surface) => {
    expect(measureOf(sentence, surface, "count")).toBe("electorate");
  });

  test("not: the voters who turned out", () => {
    expect(measureOf("About 3.2 million voters cast a ballot.", "3.2 million", "count")).not.toBe("electorate");
    expect(measureOf("In all, 3.2 million people voted.", "3.2 million", "count")).not.toBe("electorate");
  });
});

describe("occupancyOf: a share of rooms, beds or seats filled", () => {
  const at = (sentence: string, number: string) => occupancyOf(sentence, sentence.indexOf(number), sentence.indexOf(number) + number.length)?.key;
  test.each([
    ["Hotels in Porto filled 81.2% of their rooms in July.", "81.2%"],
    ["The airline sold 91% of its seats over the holiday.", "91%"],
    ["Campsites filled nearly 70% of their beds.", "70%"],
  ])("yes: %s", (sentence, number) => expect(at(sentence, number)).toBe("n:occupancy"));
  test.each([
    ["The group sold 40% of its shares.", "40%"],
    ["Hotels raised 81.2% of their revenue from rooms.", "81.2%"],
  ])("no: %s", (sentence, number) => expect(at(sentence, number)).toBeUndefined());
});

describe("nounMeasure: a list of kinds of one thing", () => {
  test("each entry is its kind's count, never the whole's", () => {
    const s = "Kidney transplants totalled 4,286, liver transplants 1,402 and heart transplants 352, the agency said.";
    expect(measureOf(s, "352", "count")).toBe("n:heart transplant");
    expect(measureOf(s, "4,286", "count")).toBe("n:kidney transplant");
    // (a noun after the number is read first: "carried out 586 lung transplants")
    expect(measureOf("Surgeons carried out 586 lung transplants.", "586", "count")).toBe("n:transplant");
  });
});
