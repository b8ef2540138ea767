import { detectHost, officeFromWindow } from "../../../src/taskpane/host/detectHost";

describe("detectHost", () => {
  it("runs standalone when office.js did not load", async () => {
    const host = await detectHost(undefined);
    expect(host).toEqual({ kind: "standalone", reason: expect.stringMatching(/office\.js could not be loaded/) });
  });

  it("runs in Excel when Office is ready in Excel", async () => {
    expect(await detectHost({ onReady: async () => ({ host: "Excel" }) })).toEqual({ kind: "excel" });
  });

  it("runs standalone in a plain browser (onReady with no host) or in another host", async () => {
    expect(await detectHost({ onReady: async () => ({ host: null }) })).toEqual({ kind: "standalone", reason: "the page is open outside Office" });
    expect(await detectHost({ onReady: async () => ({ host: "Word" }) })).toEqual({
      kind: "standalone",
      reason: "this add-in works in Excel, not in Word",
    });
  });

  it("does not wait for an onReady that never fires", async () => {
    const started = Date.now();
    const host = await detectHost({ onReady: () => new Promise(() => {}) }, 50);
    expect(host.kind).toBe("standalone");
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it("carries on standalone when onReady fails", async () => {
    const host = await detectHost({ onReady: async () => Promise.reject(new Error("boom")) });
    expect(host).toEqual({ kind: "standalone", reason: "office.js failed to start (boom)" });
  });

  it("reads Office from the window only when it has onReady", () => {
    expect(officeFromWindow({} as Window)).toBeUndefined();
    expect(officeFromWindow({ Office: {} } as unknown as Window)).toBeUndefined();
    const office = { onReady: async () => ({ host: null }) };
    expect(officeFromWindow({ Office: office } as unknown as Window)).toBe(office);
  });
});

describe("detectHost and Office's theme", () => {
  const officeTheme = { bodyBackgroundColor: "#444444", bodyForegroundColor: "#FFFFFF", isDarkTheme: true };

  it("carries Office's theme colours in Excel and in another host, once onReady has answered", async () => {
    expect(await detectHost({ onReady: async () => ({ host: "Excel" }), context: { officeTheme } })).toEqual({ kind: "excel", officeTheme });
    expect(await detectHost({ onReady: async () => ({ host: "Word" }), context: { officeTheme } })).toEqual(
      expect.objectContaining({ kind: "standalone", officeTheme }),
    );
  });

  it("has no theme when Office has none, or when office.js is missing (with the loader's reason)", async () => {
    expect(await detectHost({ onReady: async () => ({ host: "Excel" }), context: {} })).toEqual({ kind: "excel" });
    expect(await detectHost(undefined, 10, "office.js did not arrive within 5 s (a slow or blocked network)")).toEqual({
      kind: "standalone",
      reason: "office.js did not arrive within 5 s (a slow or blocked network)",
    });
  });
});
