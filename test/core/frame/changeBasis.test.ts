/** What a change is measured against. Sentences of our own. */
import { changeBasis, comparesWithTime } from "../../../src/core/frame/changeBasis";

const basis = (s: string, n: string) => {
  const i = s.indexOf(n);
  return changeBasis(s, 0, s.length, i, i + n.length);
};

describe("changeBasis", () => {
  test.each([
    ["Volumes fell 0.8% in October from September, a steep drop.", "0.8%", "month"],
    ["Volumes fell 0.8% month on month.", "0.8%", "month"],
    ["Excluding fuel, volumes fell 0.6% on the month.", "0.6%", "month"],
    ["Sales were 1.2% higher than in October last year.", "1.2%", "year"],
    ["On a year-on-year basis, volumes grew 1.5%.", "1.5%", "year"],
    ["Exports rose 14% from a year earlier.", "14%", "year"],
    ["Output grew 0.4% from the previous quarter.", "0.4%", "quarter"],
    ["Rents in Leeds climbed 5.2 per cent over the year.", "5.2 per cent", "year"],
    ["Prices fell 2% over the past year.", "2%", "year"],
    // "monthly", "in the month"; "over the past 12 months", "12-month"
    ["Monthly inflation in Peru fell to 0.3 percent.", "0.3 percent", "month"],
    ["Food prices climbed 1.1 percent in the month.", "1.1 percent", "month"],
    ["Over the past 12 months, consumer prices rose 41 percent.", "41 percent", "year"],
    ["The 12-month rate slowed to 41 percent.", "41 percent", "year"],
  ])("%s", (sentence, number, expected) => {
    expect(basis(sentence, number)).toBe(expected);
  });

  test("'to £12.21 an hour from April': a month after the level a change went to is when it starts, no basis", () => {
    expect(basis("Pay will rise by 6.7% to £12.21 an hour from April.", "6.7%")).toBeUndefined();
    expect(basis("Volumes fell 0.8% from September to 101.2.", "0.8%")).toBe("month");
  });

  test("'in the month' is the month's change where it stands by the number, not where it tells when a level was made", () => {
    expect(basis("Prices rose in the month by 0.3%.", "0.3%")).toBe("month");
    expect(basis("Retail sales slipped 0.4% in the month, the agency said.", "0.4%")).toBe("month");
    expect(basis("Mills produced 13.8 million tonnes in the month, the group said, an increase of 11.4%.", "11.4%")).toBeUndefined();
    expect(basis("In the month, output was 4.1 million tonnes, up 3%.", "3%")).toBeUndefined();
  });

  test("the words nearest the number decide where a sentence has two changes", () => {
    const s = "GDP grew 0.4% quarter on quarter and 1.1% year on year.";
    expect(basis(s, "0.4%")).toBe("quarter");
    expect(basis(s, "1.1%")).toBe("year");
  });

  test("not: a monthly report, a monthly average or a month's sales is no basis", () => {
    expect(basis("Exports rose 3%, the monthly report showed.", "3%")).toBeUndefined();
    expect(basis("The monthly average rose 3%.", "3%")).toBeUndefined();
    expect(basis("Monthly car sales rose 3%.", "3%")).toBeUndefined();
  });

  test("none said: no basis ('annual' of a report is no basis; a month of another year is a year's comparison)", () => {
    expect(basis("Exports rose 14% to $5 billion.", "14%")).toBeUndefined();
    expect(basis("Prices rose 3% in the annual report.", "3%")).toBeUndefined();
    expect(basis("Prices rose 3% from March 2025.", "3%")).toBe("year");
  });
});

describe("changeBasis: an average of years", () => {
  test("'above the 10-year average', and a sentence's average a change is said to be higher than", () => {
    expect(basis("Losses were 37% above the inflation-adjusted 10-year average.", "37%")).toBe("average");
    expect(basis("The long-run average is €10bn, so this year's figure is 41 per cent higher.", "41 per cent")).toBeUndefined();
    expect(basis("The ten-year average is €10bn, so this year's figure is 41 per cent higher.", "41 per cent")).toBe("average");
    expect(basis("Losses were up 87% on a year earlier.", "87%")).toBe("year");
  });
  test("the bare word is the long-run one: 'below average', 'above normal', 'below the average for the month'", () => {
    expect(basis("Snowfall was 22% below average.", "22%")).toBe("average");
    expect(basis("Inflows ran 15% above normal in May.", "15%")).toBe("average");
    expect(basis("Rain was 40% below the average for the month.", "40%")).toBe("average");
    // (another place's average is no basis of time)
    expect(basis("Wages were 12% below the EU average.", "12%")).toBeUndefined();
  });
});

describe("comparesWithTime", () => {
  const at = (sentence: string, number: string) => {
    const start = sentence.indexOf(number);
    return comparesWithTime(sentence, 0, sentence.length, start, start + number.length);
  };
  test.each([
    ["Revenue fell 1.8% from the fourth quarter of 2025.", "1.8%"],
    ["Shipments slipped 3 per cent from the record 4.1 million of the final quarter.", "3 per cent"],
    ["Sales were 2% lower than in February.", "2%"],
    ["Compared with the previous season, the crush was down 6%.", "6%"],
  ])("yes: %s", (sentence, number) => expect(at(sentence, number)).toBe(true));
  test.each([
    ["Japan's output slipped 4.2% to 6.9 million tonnes, the association said.", "4.2%"],
    ["Exports rose 3.1%, helped by a weaker currency.", "3.1%"],
    ["Output fell 2%; the year before it had risen.", "2%"],
  ])("no: %s", (sentence, number) => expect(at(sentence, number)).toBe(false));
});
