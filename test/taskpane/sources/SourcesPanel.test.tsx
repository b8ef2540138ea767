/** @jest-environment jsdom */
import "../polyfills";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { fireEvent, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { SourcesPanel, type SourcesPanelProps } from "../../../src/taskpane/sources/SourcesPanel";
import { SOURCES } from "../fixtures";

function renderPanel(overrides: Partial<SourcesPanelProps> = {}) {
  const props: SourcesPanelProps = {
    sources: [],
    claimCounts: {},
    busy: null,
    ready: true,
    canDownload: false,
    prefill: (text) => ({
      title: text.split("\n")[0],
      outlet: /Outlet: (.*)/.exec(text)?.[1] ?? "",
      url: /(https:\/\/\S+)/.exec(text)?.[1] ?? "",
      published: /(\d{4}-\d{2}-\d{2})/.exec(text)?.[1] ?? "",
    }),
    onAdd: jest.fn(() => true),
    onImport: jest.fn(),
    onRemove: jest.fn(),
    onWrite: jest.fn(),
    onRefresh: jest.fn(),
    onDownload: jest.fn(),
    ...overrides,
  };
  render(
    <FluentProvider theme={webLightTheme}>
      <SourcesPanel {...props} />
    </FluentProvider>,
  );
  return props;
}

const ARTICLE = "Harbor volumes climb\nOutlet: Coast Ledger\nhttps://coast.example/harbor\n2025-03-04\nThe harbor moved 12 million tonnes.";

describe("SourcesPanel", () => {
  it("pre-fills title, outlet, URL and date from the pasted text", async () => {
    renderPanel();
    fireEvent.change(screen.getByLabelText("Article text"), { target: { value: ARTICLE } });
    expect(screen.getByLabelText("Title")).toHaveValue("Harbor volumes climb");
    expect(screen.getByLabelText("Outlet")).toHaveValue("Coast Ledger");
    expect(screen.getByLabelText("URL")).toHaveValue("https://coast.example/harbor");
    expect(screen.getByLabelText("Date")).toHaveValue("2025-03-04");
  });

  it("shows one text box until text is pasted or the analyst opens title, outlet, date and URL", async () => {
    const user = userEvent.setup();
    renderPanel();
    const toggle = screen.getByRole("button", { name: "Title, outlet, date, URL" });
    expect(toggle).toHaveAttribute("aria-expanded", "false");
    expect(screen.queryByLabelText("Title")).toBeNull();
    await user.click(toggle);
    expect(toggle).toHaveAttribute("aria-expanded", "true");
    expect(screen.getByLabelText("Title")).toHaveValue("");
    await user.click(toggle);
    expect(screen.queryByLabelText("Title")).toBeNull();
    fireEvent.change(screen.getByLabelText("Article text"), { target: { value: ARTICLE } });
    expect(toggle).toHaveAttribute("aria-expanded", "true");
    expect(screen.getByLabelText("Title")).toHaveValue("Harbor volumes climb");
    await user.click(screen.getByRole("button", { name: "Add article" }));
    expect(screen.queryByLabelText("Title")).toBeNull();
  });

  it("keeps what the analyst typed over what the text says, and adds the article with those fields", async () => {
    const user = userEvent.setup();
    const props = renderPanel();
    await user.click(screen.getByRole("button", { name: "Title, outlet, date, URL" }));
    await user.type(screen.getByLabelText("Outlet"), "My outlet");
    fireEvent.change(screen.getByLabelText("Article text"), { target: { value: ARTICLE } });
    expect(screen.getByLabelText("Outlet")).toHaveValue("My outlet");
    await user.click(screen.getByRole("button", { name: "Add article" }));
    expect(props.onAdd).toHaveBeenCalledWith(ARTICLE, {
      title: "Harbor volumes climb",
      outlet: "My outlet",
      url: "https://coast.example/harbor",
      published: "2025-03-04",
    });
    expect(screen.getByLabelText("Article text")).toHaveValue("");
  });

  it("keeps the form when the article was not added", async () => {
    const user = userEvent.setup();
    renderPanel({ onAdd: jest.fn(() => false) });
    fireEvent.change(screen.getByLabelText("Article text"), { target: { value: ARTICLE } });
    await user.click(screen.getByRole("button", { name: "Add article" }));
    expect(screen.getByLabelText("Article text")).toHaveValue(ARTICLE);
  });

  it("lists the articles with their claim counts and removes one", async () => {
    const user = userEvent.setup();
    const props = renderPanel({ sources: SOURCES, claimCounts: { "src-a": 2, "src-b": 3, "src-c": 1 } });
    // The list is a chunk loaded after the first render (which has no article).
    const list = await screen.findByRole("list", { name: "Articles" });
    const items = within(list).getAllByRole("listitem");
    expect(items).toHaveLength(3);
    expect(items[0]).toHaveTextContent("Ministers meet in Harbin");
    expect(items[0]).toHaveTextContent("Northern Daily · 2025-05-01");
    expect(items[1]).toHaveTextContent(/3 claims/);
    expect(screen.getByRole("heading", { name: "Articles (3)" })).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Remove Harbin talks end" }));
    expect(props.onRemove).toHaveBeenCalledWith("src-b");
  });

  it("shows a title holding markup as text", async () => {
    const { container } = render(
      <FluentProvider theme={webLightTheme}>
        <SourcesPanel {...renderPanelProps()} sources={SOURCES} />
      </FluentProvider>,
    );
    await screen.findByRole("list", { name: "Articles" });
    expect(container).toHaveTextContent("A <script>window.__pwned=1</script> headline");
    expect(container.querySelector("script")).toBeNull();
  });

  it("imports files from the picker and from a drop", () => {
    const props = renderPanel();
    const file = new File(["Some text with 5 tonnes."], "note.txt", { type: "text/plain" });
    fireEvent.change(screen.getByLabelText("Article files to import"), { target: { files: [file] } });
    expect(props.onImport).toHaveBeenCalledWith([file]);
    const dropped = new File(["<p>A page</p>"], "page.html", { type: "text/html" });
    fireEvent.drop(screen.getByTestId("file-drop-zone"), { dataTransfer: { files: [dropped] } });
    expect(props.onImport).toHaveBeenLastCalledWith([dropped]);
  });

  it("writes, refreshes and offers the download", async () => {
    const user = userEvent.setup();
    const props = renderPanel({ sources: SOURCES, canDownload: true });
    await user.click(screen.getByRole("button", { name: "Write to workbook" }));
    await user.click(screen.getByRole("button", { name: "Refresh" }));
    await user.click(screen.getByRole("button", { name: "Download .xlsx" }));
    expect(props.onWrite).toHaveBeenCalledTimes(1);
    expect(props.onRefresh).toHaveBeenCalledTimes(1);
    expect(props.onDownload).toHaveBeenCalledTimes(1);
  });

  it("disables writing while the workbook is not ready or busy, and says what it is doing", () => {
    renderPanel({ sources: SOURCES, busy: "write" });
    expect(screen.getByRole("button", { name: "Write to workbook" })).toBeDisabled();
    expect(screen.getByText("Writing…")).toBeInTheDocument();
  });

  it("lets the analyst type but not add or import an article until the engine is ready", () => {
    renderPanel({ ready: false });
    fireEvent.change(screen.getByLabelText("Article text"), { target: { value: "Exports rose 5% in 2025." } });
    expect(screen.getByLabelText("Article text")).toHaveValue("Exports rose 5% in 2025.");
    expect(screen.getByRole("button", { name: "Add article" })).toBeDisabled();
    expect(screen.getByRole("button", { name: /import files/i })).toBeDisabled();
  });
});

function renderPanelProps(): SourcesPanelProps {
  return {
    sources: [],
    claimCounts: {},
    busy: null,
    ready: true,
    canDownload: false,
    prefill: () => ({ title: "", outlet: "", url: "", published: "" }),
    onAdd: () => true,
    onImport: () => {},
    onRemove: () => {},
    onWrite: () => {},
    onRefresh: () => {},
    onDownload: () => {},
  };
}
