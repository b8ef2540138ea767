/** @jest-environment jsdom */
import "../polyfills";
import { render, screen, waitFor } from "@testing-library/react";
import { Root } from "../../../src/taskpane/app/Root";
import { coreEngine } from "../../../src/taskpane/engine/coreEngine";
import { MemoryGateway } from "../../../src/taskpane/standalone/memoryGateway";

describe("Root", () => {
  it("renders at once, then runs standalone with a single notice when office.js is missing", async () => {
    render(<Root office={undefined} engineLoader={async () => coreEngine} />);
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
    render(<Root office={{ onReady: async () => ({ host: "Excel" }) }} engineLoader={async () => coreEngine} gatewayFor={gatewayFor} />);
    await waitFor(() => expect(screen.getByText("Excel")).toBeInTheDocument());
    expect(gatewayFor).toHaveBeenCalledWith({ kind: "excel" });
    expect(screen.queryByTestId("host-notice")).toBeNull();
  });

  it("falls back to the in-memory workbook when the Excel code fails to load", async () => {
    const gatewayFor = jest.fn(async () => {
      throw new Error("chunk failed");
    });
    render(<Root office={{ onReady: async () => ({ host: "Excel" }) }} engineLoader={async () => coreEngine} gatewayFor={gatewayFor} />);
    await waitFor(() => expect(screen.getByTestId("host-notice")).toHaveTextContent("Working without Excel"));
    expect(screen.getByLabelText(/chunk failed/)).toBeInTheDocument();
    expect(screen.getByText("In memory")).toBeInTheDocument();
  });

  it("says so when the engine cannot load", async () => {
    render(<Root office={undefined} engineLoader={async () => Promise.reject(new Error("offline"))} />);
    await waitFor(() => expect(screen.getByText(/The audit engine failed to load: offline/)).toBeInTheDocument());
    expect(screen.getByRole("button", { name: "Refresh" })).toBeDisabled();
  });
});
