import { useRef, type KeyboardEvent } from "react";

export interface PanelTab<T extends string> {
  value: T;
  label: string;
}

export interface PanelTabsProps<T extends string> {
  tabs: PanelTab<NoInfer<T>>[];
  selected: T;
  onSelect(value: NoInfer<T>): void;
  /** Id prefix: tab `${idPrefix}-tab-${value}` controls panel `${idPrefix}-panel-${value}`. */
  idPrefix: string;
  label: string;
}

/**
 * Tabs in the look of Fluent UI's TabList (styled by taskpane.css), following the WAI-ARIA tabs pattern: one Tab stop (the selected tab),
 * arrow keys, Home and End move between tabs. (Fluent's own TabList adds focusable aria-hidden helper elements
 * that axe-core reports as serious.)
 */
export function PanelTabs<T extends string>({ tabs, selected, onSelect, idPrefix, label }: PanelTabsProps<T>) {
  const refs = useRef<(HTMLButtonElement | null)[]>([]);

  function onKeyDown(event: KeyboardEvent<HTMLButtonElement>, index: number) {
    const last = tabs.length - 1;
    const next =
      event.key === "ArrowRight" ? (index === last ? 0 : index + 1)
      : event.key === "ArrowLeft" ? (index === 0 ? last : index - 1)
      : event.key === "Home" ? 0
      : event.key === "End" ? last
      : -1;
    if (next < 0) return;
    event.preventDefault();
    onSelect(tabs[next].value);
    refs.current[next]?.focus();
  }

  return (
    <div role="tablist" aria-label={label} className="fa-tabs">
      {tabs.map((tab, index) => {
        const isSelected = tab.value === selected;
        return (
          <button
            key={tab.value}
            ref={(el) => {
              refs.current[index] = el;
            }}
            type="button"
            role="tab"
            id={`${idPrefix}-tab-${tab.value}`}
            aria-selected={isSelected}
            aria-controls={`${idPrefix}-panel-${tab.value}`}
            tabIndex={isSelected ? 0 : -1}
            className={isSelected ? "fa-tab fa-tab-selected" : "fa-tab"}
            onClick={() => onSelect(tab.value)}
            onKeyDown={(event) => onKeyDown(event, index)}
          >
            {tab.label}
          </button>
        );
      })}
    </div>
  );
}
