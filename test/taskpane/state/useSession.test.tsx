/** @jest-environment jsdom */
/**
 * The pane's Write and Refresh against live Excel (the Office.js gateway over the in-memory Excel fake): each is
 * one workbook session, so 10,000 claims take a constant number of context.sync calls (≤ 6), not one read per call.
 */
import "../polyfills";
import { act, renderHook, waitFor } from "@testing-library/react";
import { OfficeWorkbookGateway } from "../../../src/excel/officeGateway";
import type { AuditResult, Claim, Source } from "../../../src/core/types";
import type { Engine } from "../../../src/taskpane/engine/engine";
import { coreEngine } from "../../../src/taskpane/engine/coreEngine";
import { useSession } from "../../../src/taskpane/state/useSession";
import { FakeExcel } from "../../excel/fakes/fakeExcel";
import { claimRecord } from "../../helpers/claim";

const CLAIMS = 10_000;

/** An engine that states CLAIMS figures spread over the given sources (the sync discipline is what is tested). */
function bulkEngine(): Engine {
  return {
    createSource: (text, overrides) => coreEngine.createSource(text, overrides),
    countClaims: async () => CLAIMS,
    async analyse(sources: Source[]): Promise<AuditResult> {
      const claims: Claim[] = [];
      for (let k = 0; k < CLAIMS; k++) {
        const source = sources[k % sources.length];
        const sentence = `Shipments of item ${k} rose to ${k + 1} thousand tonnes in 2025.`;
        const surface = `${k + 1} thousand tonnes`;
        const start = sentence.indexOf(surface);
        claims.push(claimRecord({ id: `c-${k}`, sourceId: source.id, start, surface, value: (k + 1) * 1000, unit: "t", sentence, sentenceStart: 0 }, { period: "2025", subject: `shipments of item ${k}` }));
      }
      return { sources, claims, figures: [] };
    },
  };
}

describe("useSession over live Excel", () => {
  it("writes and refreshes 10,000 claims in at most 6 syncs each", async () => {
    const fake = new FakeExcel();
    const gateway = new OfficeWorkbookGateway({ run: fake.run });
    const engine = bulkEngine();
    const { result } = renderHook(() => useSession(gateway, engine));
    await waitFor(() => expect(result.current.busy).toBeNull());

    act(() => {
      result.current.addSource("Port report\nBy Ana Ruiz\nThe port handled 41 million tonnes of cargo in 2024.");
      result.current.addSource("Union report\nBy Li Wen\nDock workers number 5,200 at the port.");
    });

    let before = fake.syncs;
    let ok = false;
    await act(async () => {
      ok = await result.current.write();
    });
    const writeSyncs = fake.syncs - before;
    expect(ok).toBe(true);
    expect(result.current.notice?.intent).toBe("success");

    before = fake.syncs;
    await act(async () => {
      ok = await result.current.refresh();
    });
    const refreshSyncs = fake.syncs - before;
    expect(ok).toBe(true);
    console.log(`pane Write of ${CLAIMS} claims: ${writeSyncs} syncs; Refresh: ${refreshSyncs} syncs`);
    expect(writeSyncs).toBeLessThanOrEqual(6);
    expect(refreshSyncs).toBeLessThanOrEqual(6);
    expect(result.current.result?.claims).toHaveLength(CLAIMS);
  });
});
