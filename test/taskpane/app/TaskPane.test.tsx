/** @jest-environment jsdom */
import "../polyfills";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { TaskPane } from "../../../src/taskpane/app/TaskPane";
import { coreEngine } from "../../../src/taskpane/engine/coreEngine";
import { MemoryGateway } from "../../../src/taskpane/standalone/memoryGateway";

// Two short articles of our own that disagree on how long a meeting lasted.
const ARTICLE_A = [
  "Port talks end after long session",
  "By Ana Ruiz",
  "The meeting between the port authority and the union lasted 2 hours and 10 minutes on Monday.",
  "The port handled 41 million tonnes of cargo in 2024.",
].join("\n");
const ARTICLE_B = [
  "Union and port agree to keep talking",
  "By Li Wen",
  "The meeting between the port authority and the union lasted three hours, the union said.",
  "Dock workers number 5,200 at the port.",
].join("\n");

function renderPane(gateway = new MemoryGateway()) {
  render(
    <FluentProvider theme={webLightTheme}>
      <TaskPane gateway={gateway} host={{ kind: "standalone", reason: "office.js could not be loaded" }} engine={coreEngine} />
    </FluentProvider>,
  );
  return gateway;
}

async function paste(text: string) {
  fireEvent.change(screen.getByLabelText("Article text"), { target: { value: text } });
  await userEvent.setup().click(screen.getByRole("button", { name: "Add article" }));
}

describe("TaskPane (real engine, in-memory workbook)", () => {
  it("says once that Office is not there", async () => {
    renderPane();
    // The message bars are a chunk loaded after the first render.
    expect(await screen.findAllByTestId("host-notice")).toHaveLength(1);
    expect(screen.getByTestId("host-notice")).toHaveTextContent("Working without Excel");
    expect(within(screen.getByTestId("host-notice")).getByLabelText(/office\.js could not be loaded/i)).toBeInTheDocument();
    expect(screen.getByText("In memory")).toBeInTheDocument();
    // the pane reads the (empty) workbook as it opens: let that finish inside act, not after the test
    await act(() => new Promise((resolve) => setTimeout(resolve, 0)));
  });

  it("pastes two articles, writes them, and shows the conflicting figure first", async () => {
    const user = userEvent.setup();
    const gateway = renderPane();
    fireEvent.change(screen.getByLabelText("Article text"), { target: { value: ARTICLE_A } });
    expect(screen.getByLabelText("Title")).toHaveValue("Port talks end after long session");
    await user.click(screen.getByRole("button", { name: "Add article" }));
    await paste(ARTICLE_B);
    const items = within(await screen.findByRole("list", { name: "Articles" })).getAllByRole("listitem");
    expect(items).toHaveLength(2);
    expect(items[0]).toHaveTextContent(/[1-9]\d* claims?/);

    await user.click(screen.getByRole("button", { name: "Write to workbook" }));
    await waitFor(() => expect(screen.getByRole("tab", { name: /Audit/ })).toHaveAttribute("aria-selected", "true"));
    // the Audit panel is loaded after the first render: wait for it (slow under load)
    const headings = (await screen.findAllByRole("heading", { level: 2 }, { timeout: 15000 })).map((h) => h.textContent);
    expect(headings[0]).toBe("Conflicting");
    const first = document.querySelector("[data-figure-id]") as HTMLElement;
    expect(first.getAttribute("data-status")).toBe("conflicting");
    expect(first).toHaveTextContent(/130 – 180 minutes/);
    expect(screen.getByText(/Wrote \d+ claims and \d+ figures/)).toBeInTheDocument();
    expect((await gateway.loadSources()).map((s) => s.title)).toEqual(["Port talks end after long session", "Union and port agree to keep talking"]);

    // Accept a claim: it reaches the workbook's reviews.
    await user.click(first.querySelector("button[aria-expanded]") as HTMLElement);
    const accept = screen.getAllByRole("button", { name: /^Accept / })[0];
    await user.click(accept);
    const reviews = await gateway.readReviews();
    expect(Object.values(reviews)).toContain("Accepted");
    // The accepted claim says so in words, not only by a fill.
    expect(document.querySelector('[data-review="Accepted"]')).toHaveTextContent("Accepted");
    // Outside Excel there is no Claims table to select a row in: no button that would do nothing.
    expect(screen.queryAllByRole("button", { name: /^Select / })).toEqual([]);
    expect(gateway.selectedClaimId()).toBeNull();
  });

  it("says an article was added, and that the audit is out of date until the next write", async () => {
    const user = userEvent.setup();
    renderPane();
    await paste(ARTICLE_A);
    expect(await screen.findByText(/^Added “.+”: \d+ claims?\.$/)).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Write to workbook" }));
    await screen.findByRole("tab", { name: /^Audit/, selected: true });
    expect(screen.queryByTestId("stale-notice")).toBeNull();
    await user.click(screen.getByRole("tab", { name: /Sources/ }));
    await paste(ARTICLE_B);
    await user.click(screen.getByRole("tab", { name: /^Audit/ }));
    expect(await screen.findByTestId("stale-notice", {}, { timeout: 15000 })).toHaveTextContent(/Out of date/);
  });

  it("refuses the same article twice and an empty one", async () => {
    renderPane();
    await paste(ARTICLE_A);
    await paste(ARTICLE_A);
    expect(screen.getByText(/already in the list/)).toBeInTheDocument();
    expect(within(await screen.findByRole("list", { name: "Articles" })).getAllByRole("listitem")).toHaveLength(1);
  });

  it("imports an HTML file as text with its scripts dropped", async () => {
    renderPane();
    const html = `<html><head><title>Harbor report</title><script>window.__pwned=1</script></head>
      <body><p>The harbor moved 12 million tonnes in 2024.</p><img src=x onerror="window.__pwned=1"></body></html>`;
    const file = new File([html], "harbor.html", { type: "text/html" });
    fireEvent.change(screen.getByLabelText("Article files to import"), { target: { files: [file] } });
    await waitFor(() => expect(screen.getByText(/Imported 1 file/)).toBeInTheDocument());
    const item = within(await screen.findByRole("list", { name: "Articles" })).getByRole("listitem");
    expect(item).toHaveTextContent("Harbor report");
    expect(document.querySelector("img[src=x]")).toBeNull();
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
  });

  it("reports a file it cannot read and keeps going", async () => {
    renderPane();
    const bad = new File([new Uint8Array([0, 1, 2, 0, 0, 255])], "data.bin");
    const good = new File(["Exports were 5 tonnes."], "a.txt");
    fireEvent.change(screen.getByLabelText("Article files to import"), { target: { files: [bad, good] } });
    await waitFor(() => expect(screen.getByText(/data\.bin: unsupported file type/)).toBeInTheDocument());
    expect(within(await screen.findByRole("list", { name: "Articles" })).getAllByRole("listitem")).toHaveLength(1);
  });

  it("uses the tolerance and FX settings at the next write", async () => {
    const user = userEvent.setup();
    const gateway = renderPane();
    const analyse = jest.spyOn(coreEngine, "analyse");
    await user.click(screen.getByRole("tab", { name: "Settings" }));
    // the Settings panel is loaded after the first render: wait for it (slow under load)
    fireEvent.change(await screen.findByLabelText("Tolerance for exact figures (%)", {}, { timeout: 15000 }), { target: { value: "5" } });
    await user.click(screen.getByRole("button", { name: "Add rate" }));
    fireEvent.change(screen.getByLabelText("From currency of rate 1"), { target: { value: "EUR" } });
    fireEvent.change(screen.getByLabelText("To currency of rate 1"), { target: { value: "USD" } });
    fireEvent.change(screen.getByLabelText(/^Rate 1:/), { target: { value: "1.08" } });
    await user.click(screen.getByRole("tab", { name: /Sources/ }));
    await paste(ARTICLE_A);
    await user.click(screen.getByRole("button", { name: "Write to workbook" }));
    await waitFor(() => expect(analyse).toHaveBeenCalled());
    expect(analyse.mock.calls.at(-1)?.[1]).toEqual(expect.objectContaining({ tolerance: 0.05, fx: [{ from: "EUR", to: "USD", rate: 1.08 }] }));
    expect(gateway.currentSettings().tolerance).toBe(0.05);
    // A rate added after the write reaches the workbook's FX table (the downloaded .xlsx) at once.
    await user.click(screen.getByRole("tab", { name: "Settings" }));
    await user.click(screen.getByRole("button", { name: "Add rate" }));
    fireEvent.change(screen.getByLabelText("From currency of rate 2"), { target: { value: "GBP" } });
    fireEvent.change(screen.getByLabelText("To currency of rate 2"), { target: { value: "USD" } });
    fireEvent.change(screen.getByLabelText(/^Rate 2:/), { target: { value: "1.27" } });
    expect((await gateway.readUserInputs()).fx).toEqual([
      { from: "EUR", to: "USD", rate: 1.08 },
      { from: "GBP", to: "USD", rate: 1.27 },
    ]);
    analyse.mockRestore();
  });

  it("shows what the workbook already holds when it opens", async () => {
    const gateway = new MemoryGateway();
    const source = coreEngine.createSource(ARTICLE_A, {});
    await gateway.write(await coreEngine.analyse([source], {}), { tolerance: 0.01 });
    renderPane(gateway);
    await waitFor(() => expect(screen.getByRole("tab", { name: /Sources \(1\)/ })).toBeInTheDocument());
    expect(screen.getByRole("tab", { name: /Audit \([1-9]\d*\)/ })).toBeInTheDocument();
  });

  it("shows Excel's error in the pane when writing fails", async () => {
    const user = userEvent.setup();
    const gateway = new MemoryGateway();
    jest.spyOn(gateway, "write").mockRejectedValue(new Error("The sheet Claims was renamed; the workbook was left as it was."));
    renderPane(gateway);
    await paste(ARTICLE_A);
    await user.click(screen.getByRole("button", { name: "Write to workbook" }));
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("Something went wrong");
    expect(alert).toHaveTextContent("The sheet Claims was renamed");
    expect(screen.getByRole("button", { name: "Write to workbook" })).toBeEnabled();
  });
});
