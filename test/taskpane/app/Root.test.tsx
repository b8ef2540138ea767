/** @jest-environment jsdom */
import "../polyfills";
import { render, screen, waitFor } from "@testing-library/react";
import { Root } from "../../../src/taskpane/app/Root";
import { coreEngine } from "../../../src/taskpane/engine/coreEngine";
import { MemoryGateway } from "../../../src/taskpane/standalone/memoryGateway";
import type { OfficeLike } from "../../../src/taskpane/host/detectHost";

const absent = async () => ({ office: undefined, reason: "office.js could not be loaded (offline, blocked, or a plain browser)" });
const ready = (office: OfficeLike) => async () => ({ office });

describe("Root", () => {
  it("renders at once, then runs standalone with a single notice when office.js is missing", async () => {
    render(<Root loadOffice={absent} engineLoader={async () => coreEngine} />);
    expect(screen.getByText("Figure Audit")).toBeInTheDocument();
    await waitFor(() => expect(screen.getByTestId("host-notice")).toBeInTheDocument());
    expect(screen.getAllByTestId("host-notice")).toHaveLength(1);
    expect(screen.getByText("In memory")).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole("button", { name: "Refresh" })).toBeEnabled());
  });

  it("uses the Excel workbook inside Excel, without the notice", async () => {
    const gateway = new MemoryGateway();
    Object.defineProperty(gateway, "kind", { value: "office" });
    const gatewayFor = jest.fn(async () => gateway);
    render(<Root loadOffice={ready({ onReady: async () => ({ host: "Excel" }) })} engineLoader={async () => coreEngine} gatewayFor={gatewayFor} />);
    await waitFor(() => expect(screen.getByText("Excel")).toBeInTheDocument());
    expect(gatewayFor).toHaveBeenCalledWith({ kind: "excel" });
    expect(screen.queryByTestId("host-notice")).toBeNull();
  });

  it("falls back to the in-memory workbook when the Excel code fails to load", async () => {
    const gatewayFor = jest.fn(async () => {
      throw new Error("chunk failed");
    });
    render(<Root loadOffice={ready({ onReady: async () => ({ host: "Excel" }) })} engineLoader={async () => coreEngine} gatewayFor={gatewayFor} />);
    await waitFor(() => expect(screen.getByTestId("host-notice")).toHaveTextContent("Working without Excel"));
    expect(screen.getByLabelText(/chunk failed/)).toBeInTheDocument();
    expect(screen.getByText("In memory")).toBeInTheDocument();
  });

  it("says so when the engine cannot load", async () => {
    render(<Root loadOffice={absent} engineLoader={async () => Promise.reject(new Error("offline"))} />);
    await waitFor(() => expect(screen.getByText(/The audit engine failed to load: offline/)).toBeInTheDocument());
    expect(screen.getByRole("button", { name: "Refresh" })).toBeDisabled();
  });

  it("follows Office's theme (an Office in its Black theme, as office.js reports it): dark; light outside Office", async () => {
    const gateway = new MemoryGateway();
    Object.defineProperty(gateway, "kind", { value: "office" });
    const office: OfficeLike = {
      context: {
        officeTheme: { bodyBackgroundColor: "#262626", bodyForegroundColor: "#FFFFFF", controlBackgroundColor: "#363636", controlForegroundColor: "#F0F0F0", isDarkTheme: true },
      },
      onReady: async () => ({ host: "Excel" }),
    };
    const { container, unmount } = render(<Root loadOffice={ready(office)} engineLoader={async () => coreEngine} gatewayFor={async () => gateway} />);
    const provider = () => container.querySelector("[data-theme]");
    // the first render does not wait for Office: light, then Office's theme once it has answered
    expect(provider()).toHaveAttribute("data-theme", "light");
    await waitFor(() => expect(provider()).toHaveAttribute("data-theme", "dark"));
    unmount();
    const standalone = render(<Root loadOffice={absent} engineLoader={async () => coreEngine} />);
    await waitFor(() => expect(screen.getByTestId("host-notice")).toBeInTheDocument());
    expect(standalone.container.querySelector("[data-theme]")).toHaveAttribute("data-theme", "light");
  });
});
