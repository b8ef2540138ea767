/** Level, change, share, rank or target. */
import { kindOf } from "../../../src/core/frame/kind";

function kind(sentence: string, surface: string, unit = "%", deadline = false): string {
  const start = sentence.indexOf(surface);
  return kindOf({ sentence, start, end: start + surface.length, unit, surface, from: 0, to: sentence.length, deadline });
}

describe("kind", () => {
  test("'on track for', 'guidance of' and a range 'of between' aim; not a level told after another clause's aim", () => {
    expect(kind("The firm remained on track for full-year operating profit of between €900 million and €1 billion.", "€900 million and €1 billion", "EUR")).toBe("target");
    expect(kind("It set guidance of $2.1bn for the year.", "$2.1bn", "USD")).toBe("target");
    // (an estimate raised to a number is a forecast; what a body estimates something at is its reading of it now)
    expect(kind("The bureau lifted its wheat production estimate for 2024-25 to 32.1 Mt.", "32.1 Mt", "t")).toBe("target");
    expect(kind("The bureau estimates the wheat area at 12.4 million ha.", "12.4 million ha", "m2")).toBe("level");
    expect(kind("The firm reported operating profit of between €900 million and €1 billion.", "€900 million and €1 billion", "EUR")).toBe("level");
  });

  test("a present level described before its forecast ('a population of 229 million is projected to reach') is a level; 'will peak at' is a target", () => {
    expect(kind("Kenya's population of 56 million is projected to reach 85 million.", "56 million", "count")).toBe("level");
    expect(kind("Kenya's population of 56 million is projected to reach 85 million.", "85 million", "count")).toBe("target");
    expect(kind("The population will peak at 9.8 billion.", "9.8 billion", "count")).toBe("target");
  });

  test("changes", () => {
    expect(kind("Rice exports rose 12% last year.", "12%")).toBe("change");
    expect(kind("There was an increase of 300 tonnes.", "300 tonnes", "t")).toBe("change");
    expect(kind("The mill produced 2 Mt more than in 2020.", "2 Mt", "t")).toBe("change");
    expect(kind("Orders were up 4.5% year-on-year.", "4.5%")).toBe("change");
    expect(kind("Revenue grew fivefold.", "fivefold", "x")).toBe("change");
    expect(kind("WTI added $2.19 to $73.09.", "$2.19", "USD/bbl")).toBe("change");
    expect(kind("The index shed 120 points.", "120 points", "count")).toBe("change");
    expect(kind("The firm's sales slumped 48.5% in May.", "48.5%")).toBe("change");
    expect(kind("Shares tumbled 12%.", "12%")).toBe("change");
    expect(kind("Inflation ticked up 0.2 points.", "0.2 points", "count")).toBe("change");
    expect(kind("Inflation eased to 2.1%.", "2.1%")).toBe("level");
  });

  test("an economy's contraction or expansion is a change, told by a verb in any tense or by the noun after", () => {
    expect(kind("Output is now seen as having shrunk 0.2% in the spring.", "0.2%")).toBe("change");
    expect(kind("The economy is contracting 0.4% a quarter.", "0.4%")).toBe("change");
    expect(kind("Farm output expands 3% a year.", "3%")).toBe("change");
    expect(kind("It followed a 0.3% contraction in the first quarter.", "0.3%")).toBe("change");
    expect(kind("Mining saw a 1.5% expansion in May.", "1.5%")).toBe("change");
    // a contract is no contraction: its worth is a level
    expect(kind("The yard won contracts worth $2 billion.", "$2 billion", "USD")).toBe("level");
    expect(kind("The yard signed contracts of $2 billion.", "$2 billion", "USD")).toBe("level");
    expect(kind("The shrinking town has 4,000 people.", "4,000", "count")).toBe("level");
    // the value a revision replaced is of the kind of the value that replaced it
    expect(kind("Output is now seen as having shrunk 0.1% instead of 0.2%.", "0.2%")).toBe("change");
    expect(kind("Sales grew 0.5%, rather than 0.3%, in May.", "0.3%")).toBe("change");
    expect(kind("The town has 4,000 residents instead of 5,000.", "5,000", "count")).toBe("level");
    // one that could come is a forecast
    expect(kind("The market could shrink by a further 5% this year.", "5%")).toBe("target");
  });

  test("levels, even after a change verb when the number is where it went", () => {
    expect(kind("Rice exports rose 12% to 8 Mt.", "8 Mt", "t")).toBe("level");
    expect(kind("Unemployment stood at 4.1%.", "4.1%")).toBe("level");
  });

  test("shares", () => {
    expect(kind("Asia took 40% of the total.", "40%")).toBe("share");
    expect(kind("Solar accounted for 18% of new capacity.", "18%")).toBe("share");
    expect(kind("Buyers took 2 Mt, or about 30%, of the crop.", "30%")).toBe("share");
    // the number a forecast states
    expect(kind("Exports beat a 4.5% forecast in a poll.", "4.5%")).toBe("target");
    expect(kind("Exports rose 4.5% in the period forecasters watch.", "4.5%")).toBe("change");
    // an amount that is a part of a total
    expect(kind("iPhones accounted for about Rs 1.5 lakh crore of the shipments.", "Rs 1.5 lakh crore", "INR")).toBe("share");
    // an amount a body stands for, with no whole it is part of, is a level
    expect(kind("The league, which represents 141 clubs, said so.", "141", "count")).toBe("level");
    expect(kind("Farmers made up 40,000 of the marchers.", "40,000", "count")).toBe("share");
    expect(kind("Apple's iPhones made up roughly $17.5 billion of the total.", "$17.5 billion", "USD")).toBe("share");
    expect(kind("Exports reached $24 billion.", "$24 billion", "USD")).toBe("level");
    // "made up" is no move up
    expect(kind("Indian students made up 31% of the total.", "31%")).toBe("share");
    expect(kind("Prices were up 31% on the year.", "31%")).toBe("change");
    // a proportion
    expect(kind("The strike cancelled four in five trains.", "four in five")).toBe("share");
    expect(kind("Nine out of 10 voters backed it.", "Nine out of 10")).toBe("share");
    expect(kind("Turnout was 62%.", "62%")).toBe("level");
  });

  test("targets: aims and deadlines; not an aim far from the number", () => {
    expect(kind("The ministry aims to reach $50 billion by 2030.", "$50 billion", "USD")).toBe("target");
    // a forecaster that "sees" a figure at a value forecasts it; a place that sees visitors counts them
    expect(kind("The Agriculture Department sees the maize crop at 128 million tonnes.", "128 million tonnes", "t")).toBe("target");
    expect(kind("The park sees 2 million visitors a year.", "2 million", "count")).not.toBe("target");
    expect(kind("Exports should reach $9 billion.", "$9 billion", "USD", true)).toBe("target");
    expect(kind("Long-term plans were discussed at length over the whole of the afternoon session, and output was 9 Mt.", "9 Mt", "t")).toBe("level");
  });

  test("ranks", () => {
    expect(kind("Chile is the second-largest producer.", "second", "ordinal")).toBe("rank");
  });
});

describe("kind: 'by' after a change verb", () => {
  test("the verb earlier in the clause makes 'by 12%' a change; 'by' alone does not", () => {
    expect(kind("Strong demand helped the firm lift its sales in 2023 by 12% over 2022.", "12%")).toBe("change");
    expect(kind("Sales were reported by 12% of the firms.", "12%")).toBe("share");
  });
});

describe("kind: targets in other words", () => {
  test("heading for, on course for, sights on", () => {
    expect(kind("The two states are heading for $20 billion in trade.", "$20 billion", "USD")).toBe("target");
    expect(kind("The airline set its sights on 40 million passengers.", "40 million", "count")).toBe("target");
    expect(kind("The airline carried 40 million passengers.", "40 million", "count")).toBe("level");
  });
  test("'signed up a net 8 million', 'added a net 8 million': a change", () => {
    expect(kind("The service signed up a net 8 million paying subscribers in the quarter.", "8 million", "count")).toBe("change");
    expect(kind("The service added a net 8 million subscribers.", "8 million", "count")).toBe("change");
    expect(kind("The service had a net 8 million subscribers.", "8 million", "count")).toBe("level");
  });
  test("a clause that opens with forecasts as its subject: 'Forecasts point to', 'Projections suggest'", () => {
    expect(kind("Forecasts point to the country ending the year with about 14 GW of new wind capacity.", "14 GW", "W")).toBe("target");
    expect(kind("Industry projections suggest exports of 3.2 million tonnes next season.", "3.2 million tonnes", "t")).toBe("target");
    expect(kind("The latest estimates put the harvest at 61 million bags.", "61 million", "count")).toBe("target");
    // (forecasts that are the object, or a clause that opens otherwise, expect nothing of the number)
    expect(kind("The country ended the year with about 14 GW of new wind capacity, beating forecasts.", "14 GW", "W")).toBe("level");
    expect(kind("Forecasters were wrong: the harvest came to 61 million bags.", "61 million", "count")).toBe("level");
  });
  test("counting on, anticipates, would not be surprised to see: a forecast", () => {
    expect(kind("The port authority is counting on volumes close to 15 million TEU this year.", "15 million", "count")).toBe("target");
    expect(kind("The club anticipates revenue of £680 million next season.", "£680 million", "GBP")).toBe("target");
    expect(kind("\"I would not be surprised to see something closer to 15.2 million TEU,\" he said.", "15.2 million", "count")).toBe("target");
    expect(kind("The port counted 15 million TEU last year.", "15 million", "count")).toBe("level");
  });
  test("what a number will go up or down by", () => {
    expect(kind("The rate will go up by £1.40 to £10 an hour.", "£1.40", "GBP")).toBe("target");
    expect(kind("The rate went up by £1.40 to £10 an hour.", "£1.40", "GBP")).not.toBe("target");
  });
  test("what a number could, may or will come to", () => {
    expect(kind("Revenue could recover to about $8 billion a year.", "$8 billion", "USD")).toBe("target");
    expect(kind("Losses may eventually total $2 billion.", "$2 billion", "USD")).toBe("target");
    expect(kind("Exports might fall to 3 million tonnes.", "3 million tonnes", "t")).toBe("target");
    expect(kind("Revenue recovered to $8 billion.", "$8 billion", "USD")).toBe("level");
    expect(kind("Officials who may recall the $8 billion deal said it closed.", "$8 billion", "USD")).toBe("level");
  });
});

describe("kind: share across an abbreviation", () => {
  test("'the largest share of U.S. cotton — 41%' is a share", () => {
    expect(kind("Vietnam took the largest share of U.S. cotton — 41%, of total exports.", "41%")).toBe("share");
  });
});

describe("kind: a level reached only by an infinitive or a gerund of growth", () => {
  test("aimed at: 'raising X to Y', 'a plan to double X to Y'", () => {
    expect(kind("She said raising the figure to $40 billion was within reach.", "$40 billion", "USD")).toBe("target");
    expect(kind("Ministers agreed to double farm exports to $12 billion.", "$12 billion", "USD")).toBe("target");
    expect(kind("Boosting output to 3 Mt will take new kilns.", "3 Mt", "t")).toBe("target");
  });
  test("reached: a past verb, or a total brought to a level", () => {
    expect(kind("The mine raised output to 3 Mt last year.", "3 Mt", "t")).toBe("level");
    expect(kind("Sales rose 5%, taking the total to $8 billion.", "$8 billion", "USD")).toBe("level");
    expect(kind("Copper became the top export, lifting sales close to $9 billion.", "$9 billion", "USD")).toBe("level");
  });
});

describe("kind: what analysts expected", () => {
  test("analysts' estimates and the consensus are forecasts, not results", () => {
    expect(kind("Revenue of $94.9 billion beat analysts' estimates of $94.4 billion.", "$94.4 billion", "USD")).toBe("target");
    expect(kind("Profit topped the consensus of $2.1 billion.", "$2.1 billion", "USD")).toBe("target");
    expect(kind("Sales missed expectations of 5% growth.", "5%")).toBe("target");
  });
  test("the result itself stays a level", () => {
    expect(kind("Revenue of $94.9 billion beat analysts' estimates of $94.4 billion.", "$94.9 billion", "USD")).toBe("level");
  });
});


describe("kind: what forecasters expected, named after the number or as the Street's estimate", () => {
  test.each([
    ["Sales of $12.4 billion beat the $11.9 billion analysts had expected.", "$11.9 billion", "USD"],
    ["Payrolls grew by 143,000, short of the 170,000 economists were forecasting.", "170,000", "count"],
    ["Inflation hit 3.1%, above the 2.9% that economists polled by Reuters had predicted.", "2.9%", "%"],
    ["The jobless rate was 4.4% against the 4.2% forecast by economists.", "4.2%", "%"],
    ["Revenue was $35.08 billion, compared with Wall Street estimates of $33.16 billion.", "$33.16 billion", "USD"],
    ["The bank earned $4.10 a share, above a consensus forecast of $3.85.", "$3.85", "USD"],
    ["Volumes fell 0.8%, a steeper drop than the 0.3% decline forecast by economists.", "0.3%", "%"],
    ["Sales of $4.1 billion came in above estimates of $3.9 billion.", "$3.9 billion", "USD"],
    ["Margins narrowed to 31%, missing forecasts of 33%.", "33%", "%"],
    ["Turnover rose 6%, compared with expectations for 4%.", "4%", "%"],
  ])("%s", (sentence, surface, unit) => {
    expect(kind(sentence, surface, unit)).toBe("target");
  });

  test.each([
    ["Sales of $12.4 billion beat the $11.9 billion analysts had expected.", "$12.4 billion", "USD"],
    ["Payrolls grew by 143,000, short of the 170,000 economists were forecasting.", "143,000", "count"],
    ["The survey of 40 analysts found most expected a cut.", "40", "count"],
    ["Exports reached $2.1 billion, analysts said.", "$2.1 billion", "USD"],
    ["Officials' estimates of 40,000 deaths were revised.", "40,000", "count"],
    ["Volumes fell 0.8%, a steeper drop than the 0.3% decline forecast by economists.", "0.8%", "%"],
    ["Prices saw a 2% rise that continued into May.", "2%", "%"],
    ["Sales of $4.1 billion came in above estimates of $3.9 billion.", "$4.1 billion", "USD"],
    ["The ministry revised its estimates of 2,300 homes damaged.", "2,300", "count"],
  ])("not a forecast: %s", (sentence, surface, unit) => {
    expect(kind(sentence, surface, unit)).not.toBe("target");
  });
});

describe("kind: a change restated as a percentage, and a change 'as much as'", () => {
  test.each([
    ["Brent crude rose $4.87, or 7%, to $74.23 a barrel.", "7%"],
    ["The index fell 120 points, or 1.4%, on Tuesday.", "1.4%"],
    ["Copper jumped as much as 6% in early trade.", "6%"],
  ])("%s", (sentence, surface) => {
    expect(kind(sentence, surface)).toBe("change");
  });

  test("a volume restated as a share stays a share", () => {
    expect(kind("India took 5.43 MT, or just over 61%, of the cargoes.", "61%")).toBe("share");
  });
});

describe("kind: a percent that tells a move without a verb right before it", () => {
  test("a change verb and its object before the percent, or 'less than' after it", () => {
    expect(kind("The mine lifted production 1.8% to 98,400 tonnes.", "1.8%")).toBe("change");
    expect(kind("The carrier cut costs by 5% last year.", "5%")).toBe("change");
    expect(kind("Output reached 4.37 Mt, 1.2% less than in the same period of 2025.", "1.2%")).toBe("change");
    expect(kind("Sales were 4% higher than a year earlier.", "4%")).toBe("change");
  });
  test("not: a share, or a percent after a verb's object that is no move", () => {
    expect(kind("The fund lifted its stake to 12% of the company.", "12%")).not.toBe("change");
    expect(kind("Chile supplies 24% of the world's copper.", "24%")).not.toBe("change");
  });
});

describe("kind: money pledged", () => {
  test("an amount pledged or promised is the pledge, not a goal", () => {
    expect(kind("Norway pledged a further 2 billion crowns to the fund.", "2 billion crowns", "NOK")).toBe("level");
    expect(kind("The bank has promised about $500 million.", "$500 million", "USD")).toBe("level");
    // (the pledges of a list, and "a pledge" as a noun: "Austria pledged 90 million euros, Belgium 40 million euros")
    expect(kind("Austria pledged 90 million euros, Belgium 40 million euros and Spain 55 million euros.", "40 million euros", "EUR")).toBe("level");
    expect(kind("The World Bank made the largest single pledge, 700 million dollars.", "700 million dollars", "USD")).toBe("level");
  });
  test("a pledge to reach a level is a goal", () => {
    expect(kind("The state pledged to cut emissions by 40% by 2030.", "40%")).toBe("target");
    expect(kind("It pledged that spending would reach 2% of GDP.", "2%")).toBe("target");
  });
});

describe("kind: an aside about the subject", () => {
  test("what an aside expects is not the number's", () => {
    expect(kind("The fertility rate, the number of children a woman is expected to have, edged up to 0.75.", "0.75", "count")).toBe("level");
    expect(kind("The fertility rate is expected to rise to 0.8.", "0.8", "count")).toBe("target");
  });
});


describe("kind: a percent written with its sign", () => {
  test("a sign before a percent tells a move", () => {
    expect(kind("Construction led with 3,912 insolvencies (+7.1 per cent).", "7.1 per cent")).toBe("change");
    expect(kind("Exports +3.1% in May.", "3.1%")).toBe("change");
    expect(kind("Imports (−2.4%) fell again.", "2.4%")).toBe("change");
  });
  test("not: a range's hyphen, a percent with no sign", () => {
    expect(kind("Hospitality took 11.2 per cent of the total.", "11.2 per cent")).not.toBe("change");
    expect(kind("Rates of 3-4% are common.", "4%")).not.toBe("change");
  });
});

describe("kind: a number of the past time a when-clause recalls", () => {
  test("what happened then is a level, whatever goal the sentence sets", () => {
    expect(kind("The plan is to halve deaths by 2030 compared with 2019, when about 3,100 people died.", "3,100", "count")).toBe("level");
    expect(kind("The plan is to halve deaths from 3,100 by 2030.", "3,100", "count")).not.toBe("level");
  });
});

describe("kind: a percent above or below an average", () => {
  test("'30% above the 10-year average' is a change; a year's level is no average", () => {
    expect(kind("Losses were about 30% above the inflation-adjusted 10-year average.", "30%")).toBe("change");
    expect(kind("Emissions were 52.1% below 1990 levels.", "52.1%")).not.toBe("change");
  });
});
