/** @jest-environment jsdom */
import "../polyfills";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { fireEvent, render, screen } from "@testing-library/react";
import { useState } from "react";
import { SettingsPanel } from "../../../src/taskpane/settings/SettingsPanel";
import { DEFAULT_SETTINGS, type PaneSettings } from "../../../src/taskpane/state/settings";

function Harness({ onChange }: { onChange(s: PaneSettings): void }) {
  const [settings, setSettings] = useState<PaneSettings>(DEFAULT_SETTINGS);
  return (
    <FluentProvider theme={webLightTheme}>
      <SettingsPanel
        settings={settings}
        onChange={(next) => {
          setSettings(next);
          onChange(next);
        }}
      />
    </FluentProvider>
  );
}

describe("SettingsPanel", () => {
  it("shows the tolerance in percent and stores it as a fraction", () => {
    const onChange = jest.fn();
    render(<Harness onChange={onChange} />);
    const input = screen.getByLabelText("Tolerance for exact figures (%)");
    expect(input).toHaveValue(0.5);
    fireEvent.change(input, { target: { value: "2.5" } });
    expect(onChange).toHaveBeenLastCalledWith({ tolerance: 0.025, fx: [] });
    fireEvent.change(input, { target: { value: "-3" } });
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  it("edits the FX table: add, change and remove a rate", () => {
    const onChange = jest.fn();
    render(<Harness onChange={onChange} />);
    fireEvent.click(screen.getByRole("button", { name: "Add rate" }));
    fireEvent.change(screen.getByLabelText("From currency of rate 1"), { target: { value: "cny" } });
    // A new rate starts empty: nothing is used until all three are typed.
    expect(onChange).toHaveBeenLastCalledWith({ tolerance: 0.005, fx: [{ from: "CNY", to: "", rate: Number.NaN }] });
    fireEvent.change(screen.getByLabelText("To currency of rate 1"), { target: { value: "usd" } });
    fireEvent.change(screen.getByLabelText(/^Rate 1:/), { target: { value: "0.14" } });
    expect(onChange).toHaveBeenLastCalledWith({ tolerance: 0.005, fx: [{ from: "CNY", to: "USD", rate: 0.14 }] });
    fireEvent.click(screen.getByRole("button", { name: "Remove rate 1" }));
    expect(onChange).toHaveBeenLastCalledWith({ tolerance: 0.005, fx: [] });
    expect(screen.queryByLabelText("From currency of rate 1")).toBeNull();
  });
});
