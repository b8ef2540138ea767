/** Share of a list's text inside links above which the list is navigation, not article prose. */
const LINK_TEXT_SHARE = 0.8;

function textLength(node: { textContent: string | null }): number {
  return (node.textContent ?? "").replace(/\s+/g, "").length;
}

/**
 * Removes the lists whose items are links: menus, "most read", "related stories", "trending". Their headlines carry
 * numbers ("Oil slides 2%", "1. … 2. …") that are no claim of the article. A list counts when at least 80% of its
 * visible text is link text; a heading right before such a list (its title, "Most read") goes with it.
 * Returns how many lists were removed.
 */
export function removeLinkLists(document: Document): number {
  let removed = 0;
  for (const list of Array.from(document.querySelectorAll("ul, ol"))) {
    if (!list.isConnected) continue;
    const total = textLength(list);
    if (total === 0) continue;
    let linked = 0;
    for (const link of Array.from(list.querySelectorAll("a"))) linked += textLength(link);
    if (linked < LINK_TEXT_SHARE * total) continue;
    const before = list.previousElementSibling;
    if (before && /^H[1-6]$/i.test(before.tagName)) before.remove();
    list.remove();
    removed++;
  }
  return removed;
}
