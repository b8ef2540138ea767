import { refresh } from "../../src/workbook/refresh";
import type { AuditResult, AuditOptions, Source } from "../../src/core/types";
import type { AuditSettings, Review, UserInputs, WorkbookGateway, WriteReport } from "../../src/workbook/gateway";
import { RESULT } from "./fixture";

class RecordingGateway implements WorkbookGateway {
  readonly kind = "memory" as const;
  calls: string[] = [];
  written?: AuditResult;
  async loadSources(): Promise<Source[]> {
    this.calls.push("loadSources");
    return RESULT.sources;
  }
  async readUserInputs(): Promise<UserInputs> {
    this.calls.push("readUserInputs");
    return { metrics: [{ key: "k", label: "K", unit: "", keywords: ["k"] }], fx: [{ from: "EUR", to: "USD", rate: 1.1 }], overrides: [{ claimId: "c", figureKey: "f" }] };
  }
  async write(result: AuditResult, settings: AuditSettings): Promise<WriteReport> {
    this.calls.push(`write ${settings.tolerance}`);
    this.written = result;
    return { claimsWritten: result.claims.length, claimsGone: 0, figuresWritten: result.figures.length };
  }
  async selectClaim(): Promise<void> {}
  async setReview(): Promise<void> {}
  async readReviews(): Promise<Record<string, Review>> {
    return {};
  }
}

describe("refresh", () => {
  it("re-runs the engine on the stored sources with the analyst's inputs and writes the result back", async () => {
    const gateway = new RecordingGateway();
    let seen: { sources: Source[]; options: AuditOptions } | undefined;
    const outcome = await refresh(gateway, { tolerance: 0.02 }, (sources, options) => {
      seen = { sources, options };
      return RESULT;
    });
    expect(gateway.calls).toEqual(["loadSources", "readUserInputs", "write 0.02"]);
    expect(seen?.sources).toBe(RESULT.sources);
    expect(seen?.options).toEqual({
      tolerance: 0.02,
      metrics: [{ key: "k", label: "K", unit: "", keywords: ["k"] }],
      fx: [{ from: "EUR", to: "USD", rate: 1.1 }],
      overrides: [{ claimId: "c", figureKey: "f" }],
    });
    expect(gateway.written).toBe(RESULT);
    expect(outcome.report).toEqual({ claimsWritten: 5, claimsGone: 0, figuresWritten: 3 });
  });
});
