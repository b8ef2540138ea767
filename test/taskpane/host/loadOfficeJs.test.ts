/** @jest-environment jsdom */
import { loadOfficeJs } from "../../../src/taskpane/host/loadOfficeJs";

const URL_ = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

function officeScript(): HTMLScriptElement {
  const found = [...document.head.querySelectorAll("script")].filter((s) => s.src === URL_);
  expect(found).toHaveLength(1);
  return found[0];
}

afterEach(() => {
  document.head.innerHTML = "";
  delete (window as unknown as { Office?: unknown }).Office;
});

describe("loadOfficeJs", () => {
  it("adds office.js as an async script and resolves with Office once it has run", async () => {
    const loading = loadOfficeJs(window, URL_, 1000);
    const script = officeScript();
    expect(script.async).toBe(true);
    const office = { onReady: async () => ({ host: "Excel" }) };
    (window as unknown as { Office: unknown }).Office = office;
    script.dispatchEvent(new Event("load"));
    await expect(loading).resolves.toEqual({ office });
  });

  it("says office.js could not be loaded when the request fails", async () => {
    const loading = loadOfficeJs(window, URL_, 1000);
    officeScript().dispatchEvent(new Event("error"));
    await expect(loading).resolves.toEqual({ office: undefined, reason: expect.stringMatching(/office\.js could not be loaded/) });
  });

  it("stops waiting for a script that never arrives, and says so", async () => {
    jest.useFakeTimers();
    try {
      const loading = loadOfficeJs(window, URL_, 5000);
      jest.advanceTimersByTime(5000);
      await expect(loading).resolves.toEqual({ office: undefined, reason: "office.js did not arrive within 5 s (a slow or blocked network)" });
      // arriving late changes nothing
      officeScript().dispatchEvent(new Event("load"));
    } finally {
      jest.useRealTimers();
    }
  });

  it("says so when the script loaded but defines no Office", async () => {
    const loading = loadOfficeJs(window, URL_, 1000);
    officeScript().dispatchEvent(new Event("load"));
    await expect(loading).resolves.toEqual({ office: undefined, reason: "office.js loaded but did not start" });
  });

  it("uses an Office that is already there without adding a script", async () => {
    const office = { onReady: async () => ({ host: null }) };
    (window as unknown as { Office: unknown }).Office = office;
    await expect(loadOfficeJs(window, URL_, 1000)).resolves.toEqual({ office });
    expect(document.head.querySelectorAll("script")).toHaveLength(0);
  });
});
