import { inSession, refresh } from "../../src/workbook/refresh";
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

describe("inSession", () => {
  it("uses the gateway's session when it has one, and simply runs the work when it has none", async () => {
    const plain = new RecordingGateway();
    expect(await inSession(plain, async () => 7)).toBe(7);
    const calls: string[] = [];
    const withSession = Object.assign(new RecordingGateway(), {
      async session<T>(work: () => Promise<T>): Promise<T> {
        calls.push("open");
        const out = await work();
        calls.push("close");
        return out;
      },
    });
    await refresh(withSession, { tolerance: 0.01 }, () => RESULT);
    expect(calls).toEqual(["open", "close"]);
    expect(withSession.calls).toEqual(["loadSources", "readUserInputs", "write 0.01"]);
  });
});
