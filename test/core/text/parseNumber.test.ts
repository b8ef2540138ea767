import fc from "fast-check";
import { MAX_NUMERAL, parseNumeral, parseNumberString } from "../../../src/core/text/parseNumber";

describe("parseNumeral", () => {
  it.each([
    ["1,234.5", 1234.5, 7], ["56,000 students", 56000, 6], ["38.8 bcm", 38.8, 4], ["2025", 2025, 4],
    ["1\u2009234 tonnes", 1234, 5], ["1\u202f234\u202f567", 1234567, 9], ["12\u00a0500", 12500, 6],
    ["1.234,5", 1234.5, 7], ["3.", 3, 1], ["7,", 7, 1],
    // Indian grouping: twos before the last three digits
    ["2,89,000 bpd", 289000, 8], ["12,34,567.89 rupees", 1234567.89, 12], ["1,00,000", 100000, 8],
  ])("%s", (text, value, length) => {
    const n = parseNumeral(text, 0);
    expect(n?.value).toBe(value);
    expect(n?.end).toBe(length);
  });

  it("reads a bare decimal with a period as English, not European", () => {
    expect(parseNumeral("1.234", 0)?.value).toBe(1.234);
  });

  it("does not take a comma that is a list separator", () => {
    expect(parseNumeral("5,6 and 7", 0)?.value).toBe(5);
  });

  it("marks plain digits (possible years or ids)", () => {
    expect(parseNumeral("2026", 0)?.plainDigits).toBe(true);
    expect(parseNumeral("2,026", 0)?.plainDigits).toBe(false);
  });

  it("does not read Indian grouping into a list or an English group", () => {
    expect(parseNumeral("5,6 and 7", 0)?.value).toBe(5);
    expect(parseNumeral("12,34 and 56", 0)?.value).toBe(12);
    expect(parseNumeral("123,45,678", 0)?.value).toBe(123);
  });

  it("refuses numbers too large to be finite", () => {
    expect(parseNumeral("9".repeat(400), 0)).toBeNull();
  });
});

describe("parseNumeral reads a bounded stretch (linear scans over unbroken digit runs)", () => {
  it("refuses a run of more than 40 digits after reading at most MAX_NUMERAL characters of it", () => {
    // a String object that records which characters are read: a read beyond the bound fails the test
    const run = "1234567890".repeat(10);
    const reads: number[] = [];
    const probe = Object.assign(new String(run), {
      charCodeAt(i: number): number {
        reads.push(i);
        return run.charCodeAt(i);
      },
    }) as unknown as string;
    expect(parseNumeral(probe, 0)).toBeNull();
    expect(Math.max(...reads)).toBeLessThanOrEqual(MAX_NUMERAL);
  });

  it.each([
    ["digits", "1234567890"], ["English groups", "123,456,"], ["Indian groups", "12,34,"], ["decimals", "1.2345678"],
    ["spaced groups", "123\u00a0456\u00a0"], ["European groups", "1.234.567,"],
  ])("refuses an over-long numeral of %s wherever it starts", (_, unit) => {
    const text = unit.repeat(Math.ceil(200 / unit.length));
    for (let pos = 0; pos < 60; pos++) {
      if (!/\d/.test(text[pos])) continue;
      const n = parseNumeral(text, pos);
      if (n) expect(n.end - pos).toBeLessThan(MAX_NUMERAL);
    }
  });
});

describe("parseNumberString", () => {
  it.each([
    ["1.2bn", 1.2e9], ["3 mln", 3e6], ["1,234.5", 1234.5], ["450k", 450000], ["2 billion", 2e9], ["1 234", NaN],
    ["1\u2009234", 1234], ["abc", NaN], ["", NaN],
  ])("%s", (text, value) => {
    expect(parseNumberString(text)).toBe(value);
  });
});

describe("parseNumeral on plain digits (read off the char codes)", () => {
  it("gives exactly Number() of the digits, up to 15 digits and beyond", () => {
    for (const digits of ["0", "007", "2025", "56000", "999999999999999", "1234567890123456", "98765432109876543210"]) {
      const n = parseNumeral(`${digits} units`, 0);
      expect(n?.value).toBe(Number(digits));
      expect(n?.end).toBe(digits.length);
      expect(n?.plainDigits).toBe(true);
      expect(n?.decimals).toBe(0);
    }
  });
});

describe("parseNumeral agrees with its regular-expression definition", () => {
  // the reference: the four forms tried in order, as regular expressions
  const EUROPEAN = /\d{1,3}(?:\.\d{3})+,\d+(?![\d,.]\d)/y;
  const ENGLISH_GROUPED = /\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\d,]\d)/y;
  const SPACE_GROUPED = /\d{1,3}(?:[\u00a0\u2009\u202f\u2007]\d{3})+(?:\.\d+)?(?!\d)/y;
  const INDIAN_GROUPED = /\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d+)?(?![\d,]\d)/y;
  const PLAIN = /\d+(?:\.\d+)?/y;
  const at = (re: RegExp, text: string, pos: number): string | null => {
    re.lastIndex = pos;
    const m = re.exec(text);
    return m ? m[0] : null;
  };
  const decimalsOf = (cleaned: string): number => (cleaned.indexOf(".") < 0 ? 0 : cleaned.length - cleaned.indexOf(".") - 1);
  function reference(text: string, pos: number): { value: number; end: number; plainDigits: boolean; decimals: number } | null {
    if (!/\d/.test(text[pos] ?? "")) return null;
    const forms: [RegExp, (raw: string) => string][] = [
      [EUROPEAN, (r) => r.replace(/\./g, "").replace(",", ".")],
      [ENGLISH_GROUPED, (r) => r.replace(/,/g, "")],
      [INDIAN_GROUPED, (r) => r.replace(/,/g, "")],
      [SPACE_GROUPED, (r) => r.replace(/[\u00a0\u2009\u202f\u2007]/g, "")],
    ];
    for (const [re, clean] of forms) {
      const raw = at(re, text, pos);
      if (raw !== null) {
        const cleaned = clean(raw);
        if (cleaned.length > 40 || !Number.isFinite(Number(cleaned))) return null;
        return { value: Number(cleaned), end: pos + raw.length, plainDigits: false, decimals: decimalsOf(cleaned) };
      }
    }
    const raw = at(PLAIN, text, pos) as string;
    if (raw.length > 40) return null;
    return { value: Number(raw), end: pos + raw.length, plainDigits: raw.indexOf(".") < 0, decimals: decimalsOf(raw) };
  }

  it("on strings of digits and separators", () => {
    const piece = fc.constantFrom("0", "1", "2", "3", "5", "7", "9", "12", "123", "1234", "0000", ".", ",", "\u00a0", "\u2009", " ", "a", "%");
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 16 }), fc.nat(), (pieces, k) => {
        const text = pieces.join("");
        const pos = k % text.length;
        const got = parseNumeral(text, pos);
        const want = reference(text, pos);
        if (want === null) expect(got).toBeNull();
        else expect(got && { value: got.value, end: got.end, plainDigits: got.plainDigits, decimals: got.decimals }).toEqual(want);
      }),
      { numRuns: 5000 },
    );
  });
});
