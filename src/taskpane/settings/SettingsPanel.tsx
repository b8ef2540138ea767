import { Button, Field, Input, Subtitle2, Text, makeStyles, tokens } from "@fluentui/react-components";
import { DeleteRegular } from "@fluentui/react-icons";
import type { FxRate } from "../../core/types";
import type { PaneSettings } from "../state/settings";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL, padding: tokens.spacingHorizontalM },
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  /** One rate on one line at 350 px: two short code fields, the rate, and a remove button. */
  rate: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr) minmax(0, 1fr) minmax(0, 1.6fr) auto",
    gap: tokens.spacingHorizontalXS,
    alignItems: "end",
    minWidth: 0,
  },
  input: { minWidth: 0, width: "100%" },
  hint: { color: tokens.colorNeutralForeground3 },
});

interface CurrencyFieldProps {
  label: "From" | "To";
  placeholder: string;
  /** The rate's place in the list, from 1 (for its accessible name). */
  rateNumber: number;
  value: string;
  className: string;
  onChange(code: string): void;
}

/** One side of a rate: a three-letter currency code, written in capitals. */
function CurrencyField({ label, placeholder, rateNumber, value, className, onChange }: CurrencyFieldProps) {
  return (
    <Field label={label}>
      <Input
        className={className}
        value={value}
        maxLength={3}
        placeholder={placeholder}
        aria-label={`${label} currency of rate ${rateNumber}`}
        onChange={(_, data) => onChange(data.value.toUpperCase())}
      />
    </Field>
  );
}

export interface SettingsPanelProps {
  settings: PaneSettings;
  onChange(settings: PaneSettings): void;
}

/** Settings: the tolerance for exact figures and the FX table used to compare different currencies. */
export function SettingsPanel({ settings, onChange }: SettingsPanelProps) {
  const styles = useStyles();
  const percent = Math.round(settings.tolerance * 100 * 1000) / 1000;

  function setRate(index: number, patch: Partial<FxRate>) {
    onChange({ ...settings, fx: settings.fx.map((rate, i) => (i === index ? { ...rate, ...patch } : rate)) });
  }

  return (
    <div className={styles.panel}>
      <section className={styles.section} aria-labelledby="settings-tolerance-heading">
        <Subtitle2 as="h2" id="settings-tolerance-heading">
          Agreement
        </Subtitle2>
        <Field label="Tolerance for exact figures (%)" hint="Two exact values closer than this agree. Rounded figures agree within their rounding.">
          <Input
            type="number"
            min={0}
            max={100}
            step={0.1}
            value={String(percent)}
            onChange={(_, data) => {
              const value = Number(data.value);
              if (Number.isFinite(value) && value >= 0 && value <= 100) onChange({ ...settings, tolerance: value / 100 });
            }}
          />
        </Field>
      </section>
      <section className={styles.section} aria-labelledby="settings-fx-heading">
        <Subtitle2 as="h2" id="settings-fx-heading">
          Exchange rates
        </Subtitle2>
        <Text size={200} className={styles.hint}>
          Figures in different currencies are compared only through these rates (1 From = Rate To), never silently.
          A rate is used once all three are filled in, from the next Write or Refresh, and is written to the FX table.
        </Text>
        {settings.fx.map((rate, index) => (
          <div className={styles.rate} key={index}>
            <CurrencyField label="From" placeholder="EUR" rateNumber={index + 1} value={rate.from} className={styles.input} onChange={(from) => setRate(index, { from })} />
            <CurrencyField label="To" placeholder="USD" rateNumber={index + 1} value={rate.to} className={styles.input} onChange={(to) => setRate(index, { to })} />
            <Field label="Rate">
              <Input
                className={styles.input}
                aria-label={`Rate ${index + 1}: 1 ${rate.from || "From"} in ${rate.to || "To"}`}
                placeholder="1.08"
                type="number"
                min={0}
                step="any"
                value={Number.isFinite(rate.rate) ? String(rate.rate) : ""}
                onChange={(_, data) => setRate(index, { rate: Number(data.value) })}
              />
            </Field>
            <Button
              appearance="subtle"
              icon={<DeleteRegular />}
              title="Remove this rate"
              aria-label={`Remove rate ${index + 1}`}
              onClick={() => onChange({ ...settings, fx: settings.fx.filter((_, i) => i !== index) })}
            />
          </div>
        ))}
        <div>
          <Button onClick={() => onChange({ ...settings, fx: [...settings.fx, { from: "", to: "", rate: Number.NaN }] })}>Add rate</Button>
        </div>
      </section>
    </div>
  );
}
