import { useCallback, useLayoutEffect, useRef, type KeyboardEvent, type RefObject } from "react";

/** The controls a keyboard user can reach inside the list, in document (and so row) order. */
const CONTROLS = "button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), a[href], [tabindex]";

function controlsOf(list: HTMLElement): HTMLElement[] {
  return [...list.querySelectorAll<HTMLElement>(CONTROLS)].filter((el) => el.getAttribute("aria-hidden") !== "true");
}

function rowOf(el: HTMLElement, list: HTMLElement): HTMLElement | null {
  let node: HTMLElement | null = el;
  while (node && node.parentElement !== list) node = node.parentElement;
  return node;
}

/** Where an arrow key moves from `index` among `controls` (rows are the list's children), or -1 to stay. */
export function arrowTarget(key: string, index: number, rows: (HTMLElement | null)[]): number {
  const count = rows.length;
  if (key === "ArrowRight") return index + 1 < count ? index + 1 : -1;
  if (key === "ArrowLeft") return index > 0 ? index - 1 : -1;
  if (key === "Home") return count ? 0 : -1;
  if (key === "End") return count ? count - 1 : -1;
  const row = rows[index];
  if (key === "ArrowDown") {
    for (let i = index + 1; i < count; i++) if (rows[i] !== row) return i;
    return -1;
  }
  if (key === "ArrowUp") {
    // the first control of the row above
    let i = index - 1;
    while (i >= 0 && rows[i] === row) i--;
    if (i < 0) return -1;
    const above = rows[i];
    while (i > 0 && rows[i - 1] === above) i--;
    return i;
  }
  return -1;
}

/**
 * Arrow-key navigation in a list of rows (the WAI-ARIA roving tabindex pattern, as Fluent's lists do it): the list
 * is one Tab stop, on the control last used (else the first); Up and Down move between rows, Left and Right along
 * them and on, Home and End to the first and last control in the DOM. Works with a virtualised list: rows that
 * mount later are taken out of the Tab order after every render, and a control focused near the edge is scrolled
 * into view, which brings the next rows in. Unlike a focus-trapping helper it adds no hidden focusable elements.
 */
export function useListArrowKeys(list: RefObject<HTMLElement>): (event: KeyboardEvent<HTMLElement>) => void {
  const current = useRef<HTMLElement | null>(null);

  // After every render: one control in the Tab order (the current one if still there, else the first), the rest -1.
  useLayoutEffect(() => {
    const root = list.current;
    if (!root) return;
    const controls = controlsOf(root);
    const keep = current.current && controls.includes(current.current) ? current.current : controls[0];
    for (const el of controls) el.tabIndex = el === keep ? 0 : -1;
  });

  return useCallback(
    (event: KeyboardEvent<HTMLElement>) => {
      const root = list.current;
      if (!root || event.altKey || event.ctrlKey || event.metaKey) return;
      if (!["ArrowDown", "ArrowUp", "ArrowLeft", "ArrowRight", "Home", "End"].includes(event.key)) return;
      const target = event.target as HTMLElement;
      // Keys typed into a text field stay there.
      if (target.matches("input, textarea, select")) return;
      const controls = controlsOf(root);
      const index = controls.indexOf(target);
      if (index < 0) return;
      const next = arrowTarget(event.key, index, controls.map((el) => rowOf(el, root)));
      event.preventDefault();
      if (next < 0) return;
      const el = controls[next];
      for (const c of controls) c.tabIndex = c === el ? 0 : -1;
      current.current = el;
      el.focus(); // focusing scrolls it into view, which brings the next rows of a virtualised list in
    },
    [list],
  );
}
