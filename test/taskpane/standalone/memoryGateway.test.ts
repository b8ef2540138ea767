import ExcelJS from "exceljs";
import { MemoryGateway } from "../../../src/taskpane/standalone/memoryGateway";
import type { AuditResult } from "../../../src/core/types";
import { RESULT } from "../fixtures";

describe("MemoryGateway", () => {
  it("stores the sources it writes and reports what it wrote", async () => {
    const gateway = new MemoryGateway();
    expect(gateway.kind).toBe("memory");
    expect(await gateway.loadSources()).toEqual([]);
    const report = await gateway.write(RESULT, { tolerance: 0.02 });
    expect(report).toEqual({ claimsWritten: 6, claimsGone: 0, figuresWritten: 4 });
    expect((await gateway.loadSources()).map((s) => s.id)).toEqual(["src-a", "src-b", "src-c"]);
    expect(gateway.currentSettings()).toEqual({ tolerance: 0.02 });
  });

  it("keeps reviews across a rewrite and counts the claims that are gone", async () => {
    const gateway = new MemoryGateway();
    await gateway.write(RESULT, { tolerance: 0.01 });
    await gateway.setReview("c-dur-a", "Accepted");
    await gateway.setReview("c-gas", "Rejected");
    const fewer: AuditResult = { ...RESULT, claims: RESULT.claims.filter((c) => c.id !== "c-gas") };
    const report = await gateway.write(fewer, { tolerance: 0.01 });
    expect(report.claimsGone).toBe(1);
    expect(gateway.goneClaims()).toEqual(["c-gas"]);
    const reviews = await gateway.readReviews();
    expect(reviews["c-dur-a"]).toBe("Accepted");
    expect(reviews["c-dur-b"]).toBe("Unreviewed");
    expect(reviews["c-gas"]).toBeUndefined();
    await gateway.write(RESULT, { tolerance: 0.01 });
    expect(gateway.goneClaims()).toEqual([]);
  });

  it("selects only claims it holds and refuses unknown review values", async () => {
    const gateway = new MemoryGateway();
    await expect(gateway.selectClaim("c-dur-a")).rejects.toThrow(/write the sources first/);
    await gateway.write(RESULT, { tolerance: 0.01 });
    await gateway.selectClaim("c-dur-a");
    expect(gateway.selectedClaimId()).toBe("c-dur-a");
    await expect(gateway.setReview("c-dur-a", "Maybe" as never)).rejects.toThrow(/Unknown review/);
    await expect(gateway.setReview("nope", "Accepted")).rejects.toThrow(/No claim nope/);
  });

  it("returns the user inputs the pane sets", async () => {
    const gateway = new MemoryGateway();
    gateway.setUserInputs({ fx: [{ from: "EUR", to: "USD", rate: 1.1 }] });
    expect(await gateway.readUserInputs()).toEqual({ metrics: [], fx: [{ from: "EUR", to: "USD", rate: 1.1 }], overrides: [] });
  });

  it("hands the result, FX and reviews to the xlsx writer it loads on demand", async () => {
    const writer = jest.fn(async () => new Uint8Array([1, 2, 3]));
    const loader = jest.fn(async () => writer);
    const gateway = new MemoryGateway(loader);
    await gateway.write(RESULT, { tolerance: 0.01 });
    expect(loader).not.toHaveBeenCalled();
    gateway.setUserInputs({ fx: [{ from: "EUR", to: "USD", rate: 1.1 }] });
    await gateway.setReview("c-gas", "Accepted");
    expect(await gateway.toXlsx()).toEqual(new Uint8Array([1, 2, 3]));
    expect(writer).toHaveBeenCalledWith(RESULT, expect.objectContaining({ fx: [{ from: "EUR", to: "USD", rate: 1.1 }], reviews: { "c-gas": "Accepted" } }));
  });

  it("produces a real .xlsx with the project's writer", async () => {
    const gateway = new MemoryGateway();
    await gateway.write(RESULT, { tolerance: 0.01 });
    const bytes = await gateway.toXlsx();
    expect(Buffer.from(bytes.subarray(0, 2)).toString("ascii")).toBe("PK");
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
    const names = book.worksheets.map((w) => w.name);
    expect(names).toEqual(expect.arrayContaining(["Sources", "Claims", "Figures"]));
  });
});
