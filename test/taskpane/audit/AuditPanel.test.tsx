/** @jest-environment jsdom */
import "../polyfills";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { act, fireEvent, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { AuditPanel } from "../../../src/taskpane/audit/AuditPanel";
import type { Review } from "../../../src/workbook/gateway";
import { largeResult, RESULT } from "../fixtures";

function renderPanel(props: Partial<Parameters<typeof AuditPanel>[0]> = {}) {
  const onSelectClaim = jest.fn();
  const onReview = jest.fn();
  const utils = render(
    <FluentProvider theme={webLightTheme}>
      <AuditPanel result={RESULT} reviews={{}} onSelectClaim={onSelectClaim} onReview={onReview} {...props} />
    </FluentProvider>,
  );
  return { ...utils, onSelectClaim, onReview };
}

function groupHeadings(): string[] {
  return screen.getAllByRole("heading", { level: 2 }).map((h) => h.textContent ?? "");
}

describe("AuditPanel", () => {
  it("says what to do when there is no audit yet", () => {
    renderPanel({ result: null });
    expect(screen.getByText(/No audit yet/)).toBeInTheDocument();
  });

  it("groups the figures by status, conflicting first, with counts in each header", () => {
    const { container } = renderPanel();
    expect(groupHeadings()).toEqual(["Conflicting", "Single source", "Corroborated"]);
    const headers = container.querySelectorAll("[data-group] h2");
    expect(headers[0].parentElement).toHaveTextContent("Conflicting1");
    expect(headers[1].parentElement).toHaveTextContent("Single source2");
    const figures = [...container.querySelectorAll("[data-figure-id]")].map((el) => el.getAttribute("data-figure-id"));
    expect(figures[0]).toBe("f-dur");
    expect(figures).toHaveLength(4);
  });

  it("shows each figure's label, values, dot plot and sources", () => {
    const { container } = renderPanel();
    const row = container.querySelector('[data-figure-id="f-dur"]') as HTMLElement;
    expect(row).toHaveTextContent("Duration of the ministers' meeting");
    expect(row).toHaveTextContent("130 – 180 minutes");
    // The legend names each value's sources; the conflict flag says it in words without repeating the values.
    expect(within(row).getByRole("list", { name: "Legend" })).toHaveTextContent("130 minutes · Ministers meet in Harbin180 minutes · Harbin talks end");
    expect(row.querySelector('[data-flag-kind="conflict"]')).toHaveTextContent("Sources disagree beyond rounding");
    expect(row.querySelector('[data-flag-kind="conflict"]')).not.toHaveTextContent("cannot both be true");
    const plot = within(row).getByRole("img");
    expect(plot.getAttribute("aria-label")).toBe(
      "Values on an axis of ±50% around 155 minutes: 130 minutes (Ministers meet in Harbin), 180 minutes (Harbin talks end)",
    );
    // Labelled values and a tolerance band per value.
    expect([...plot.querySelectorAll("text")].map((t) => t.textContent)).toEqual(expect.arrayContaining(["130 minutes", "180 minutes"]));
    expect(plot.querySelectorAll("rect[data-band]")).toHaveLength(2);
    expect(plot.querySelectorAll("circle")).toHaveLength(2);
    const [a, b] = [...plot.querySelectorAll("circle")].map((c) => Number(c.getAttribute("cx")));
    expect(a).toBeLessThan(b);
    expect(plot.querySelectorAll("circle")[0].getAttribute("fill")).not.toBe(plot.querySelectorAll("circle")[1].getAttribute("fill"));
  });

  it("opens a figure to its claims with the sentence quoted and the number marked", async () => {
    const user = userEvent.setup();
    const { container } = renderPanel();
    const toggle = screen.getByRole("button", { name: /Duration of the ministers' meeting/ });
    expect(toggle).toHaveAttribute("aria-expanded", "false");
    await user.click(toggle);
    expect(toggle).toHaveAttribute("aria-expanded", "true");
    const claim = container.querySelector('[data-claim-id="c-dur-b"]') as HTMLElement;
    expect(claim.querySelector("blockquote")).toHaveTextContent("Their talks ran for 3 hours, an aide said.");
    expect(claim.querySelector("mark")?.textContent).toBe("3 hours");
    expect(claim).toHaveTextContent("according to an aide");
  });

  it("selecting a claim and accepting or rejecting it call the workbook", async () => {
    const user = userEvent.setup();
    const reviews: Record<string, Review> = { "c-dur-a": "Accepted" };
    const { onSelectClaim, onReview } = renderPanel({ reviews });
    await user.click(screen.getByRole("button", { name: /Duration of the ministers' meeting/ }));
    await user.click(screen.getByRole("button", { name: "Select row of 3 hours from Harbin talks end in the Claims table" }));
    expect(onSelectClaim).toHaveBeenCalledWith("c-dur-b");
    await user.click(screen.getByRole("button", { name: "Reject 3 hours from Harbin talks end" }));
    expect(onReview).toHaveBeenLastCalledWith("c-dur-b", "Rejected");
    const accepted = screen.getByRole("button", { name: "Accept 2 hours and 10 minutes from Ministers meet in Harbin" });
    expect(accepted).toHaveAttribute("aria-pressed", "true");
    await user.click(accepted);
    expect(onReview).toHaveBeenLastCalledWith("c-dur-a", "Unreviewed");
  });

  it("filters by status, unit dimension and source", async () => {
    const user = userEvent.setup();
    const { container } = renderPanel();
    const shown = () => [...container.querySelectorAll("[data-figure-id]")].map((el) => el.getAttribute("data-figure-id")).sort();
    await user.click(screen.getByRole("button", { name: /Filters/ }));
    await user.selectOptions(screen.getByLabelText("Status"), "single-source");
    expect(shown()).toEqual(["f-fleet", "f-gas"]);
    await user.selectOptions(screen.getByLabelText("Status"), "all");
    await user.selectOptions(screen.getByLabelText("Unit"), "money");
    expect(shown()).toEqual(["f-grain"]);
    await user.selectOptions(screen.getByLabelText("Unit"), "time");
    expect(shown()).toEqual(["f-dur"]);
    await user.selectOptions(screen.getByLabelText("Unit"), "all");
    await user.selectOptions(screen.getByLabelText("Source"), "src-c");
    expect(shown()).toEqual(["f-fleet"]);
  });

  it("searches subjects and quotes", async () => {
    const user = userEvent.setup();
    const { container } = renderPanel();
    await user.type(screen.getByRole("searchbox"), "aide");
    const shown = [...container.querySelectorAll("[data-figure-id]")].map((el) => el.getAttribute("data-figure-id"));
    expect(shown).toEqual(["f-dur"]);
    expect(screen.getByText(/1 of 4 figures · 1 claim$/)).toBeInTheDocument();
    await user.clear(screen.getByRole("searchbox"));
    await user.type(screen.getByRole("searchbox"), "no such words");
    expect(screen.getByText("No figure matches these filters.")).toBeInTheDocument();
  });

  it("shows markup in article text as text and runs none of it", async () => {
    const user = userEvent.setup();
    const { container } = renderPanel();
    await user.click(screen.getByRole("button", { name: /Idle share of the fleet/ }));
    const claim = container.querySelector('[data-claim-id="c-fleet"]') as HTMLElement;
    expect(claim).toHaveTextContent('<img src=x onerror="window.__pwned=1">');
    expect(container.querySelector("img")).toBeNull();
    expect(container.querySelector("script")).toBeNull();
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
  });

  it("virtualises the list: 10,000 claims expanded keep only a screenful of rows in the DOM", () => {
    const result = largeResult(100, 100);
    const { container } = renderPanel({ result });
    act(() => {
      fireEvent.click(screen.getByRole("button", { name: "Expand all" }));
    });
    expect(screen.getByText(/100 of 100 figures · 10,000 claims/)).toBeInTheDocument();
    const list = screen.getByRole("list", { name: /^Figures and claims/ });
    const rendered = list.querySelectorAll(":scope > li");
    expect(rendered.length).toBeGreaterThan(3);
    expect(rendered.length).toBeLessThan(60);
    expect(rendered[0]).toHaveAttribute("aria-setsize", String(2 + 100 + 10000));
    expect(container.querySelectorAll("[data-claim-id]").length).toBeGreaterThan(0);
  });

  it("is one Tab stop: the arrow keys move between its controls, the one last used stays in the Tab order", async () => {
    const user = userEvent.setup();
    renderPanel();
    const list = screen.getByRole("list", { name: /^Figures and claims/ });
    const inTabOrder = () => [...list.querySelectorAll<HTMLElement>("button")].filter((b) => b.tabIndex === 0);
    const toggles = within(list).getAllByRole("button", { expanded: false });
    expect(toggles.length).toBeGreaterThanOrEqual(2);
    expect(inTabOrder()).toEqual([toggles[0]]);
    toggles[0].focus();
    await user.keyboard("{ArrowDown}");
    expect(document.activeElement).toBe(toggles[1]);
    expect(inTabOrder()).toEqual([toggles[1]]);
    await user.keyboard("{ArrowUp}");
    expect(document.activeElement).toBe(toggles[0]);
    // opened, the figure's claims' buttons are reached along the row with Right, and Down goes to the next row
    await user.keyboard("{Enter}");
    await user.keyboard("{ArrowRight}");
    expect(document.activeElement).toHaveAccessibleName(/^(Accept|Select row)/);
    await user.keyboard("{ArrowRight}");
    const second = document.activeElement;
    await user.keyboard("{ArrowLeft}{ArrowLeft}");
    expect(document.activeElement).toBe(toggles[0]);
    await user.keyboard("{End}");
    expect(document.activeElement).not.toBe(second);
    expect(inTabOrder()).toHaveLength(1);
  });
});
