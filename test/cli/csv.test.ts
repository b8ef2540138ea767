import { csvRecords, parseCsv } from "../../src/cli/csv";

describe("parseCsv", () => {
  it("handles quotes, doubled quotes, CRLF, a byte-order mark and blank lines", () => {
    const text = '\uFEFFkey,label\r\n"a,b","say ""hi"""\r\n\r\nc,"multi\nline"\n';
    expect(parseCsv(text)).toEqual([["key", "label"], ["a,b", 'say "hi"'], ["c", "multi\nline"]]);
  });

  it("accepts semicolon- and tab-separated files", () => {
    expect(parseCsv("from;to;rate\nEUR;USD;1.08")).toEqual([["from", "to", "rate"], ["EUR", "USD", "1.08"]]);
    expect(parseCsv("from\tto\nEUR\tUSD")).toEqual([["from", "to"], ["EUR", "USD"]]);
  });

  it("keys records by lower-cased header", () => {
    expect(csvRecords("Key, Label\nx , y")).toEqual([{ key: "x", label: "y" }]);
  });
});
