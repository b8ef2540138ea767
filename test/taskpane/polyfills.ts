/**
 * What Fluent UI v9 and the virtualised list need from a browser that jsdom does not provide. Import first in every
 * component test (with a `@jest-environment jsdom` docblock).
 */
import "@testing-library/jest-dom";
import { configure } from "@testing-library/react";
import { TextDecoder, TextEncoder } from "util";
import { deserialize, serialize } from "v8";

class NoopResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}

const g = globalThis as unknown as Record<string, unknown>;
if (!g.ResizeObserver) g.ResizeObserver = NoopResizeObserver;
if (!g.TextEncoder) g.TextEncoder = TextEncoder;
if (!g.TextDecoder) g.TextDecoder = TextDecoder;
// PDF.js (the pane's PDF import) clones with structuredClone, which jsdom's window lacks.
if (!g.structuredClone) g.structuredClone = <T>(value: T): T => deserialize(serialize(value)) as T;

// jsdom's Blob (and so File) has no arrayBuffer(): read it with FileReader, as browsers did before.
if (typeof Blob !== "undefined" && !Blob.prototype.arrayBuffer) {
  Blob.prototype.arrayBuffer = function arrayBuffer(this: Blob): Promise<ArrayBuffer> {
    return new Promise((resolve, reject) => {
      const reader = new FileReader();
      reader.onload = () => resolve(reader.result as ArrayBuffer);
      reader.onerror = () => reject(reader.error);
      reader.readAsArrayBuffer(this);
    });
  };
}

if (typeof window !== "undefined") {
  if (!window.matchMedia) {
    window.matchMedia = (query: string) =>
      ({
        matches: false,
        media: query,
        onchange: null,
        addListener: () => {},
        removeListener: () => {},
        addEventListener: () => {},
        removeEventListener: () => {},
        dispatchEvent: () => false,
      }) as unknown as MediaQueryList;
  }
  // jsdom lays nothing out: give elements a size so the virtualiser renders a screenful of rows.
  Object.defineProperty(HTMLElement.prototype, "clientHeight", { configurable: true, get: () => 600 });
  Object.defineProperty(HTMLElement.prototype, "clientWidth", { configurable: true, get: () => 320 });
  Object.defineProperty(HTMLElement.prototype, "offsetHeight", { configurable: true, get: () => 100 });
  Object.defineProperty(HTMLElement.prototype, "offsetWidth", { configurable: true, get: () => 320 });
  if (!HTMLElement.prototype.scrollTo) HTMLElement.prototype.scrollTo = function scrollTo() {};
  if (!window.scrollTo) window.scrollTo = () => {};
}

// The panels, message bars and article list are chunks loaded after the first render: on a loaded machine (a CI run
// beside other work) they took longer than the 1 s that findBy… waits by default.
configure({ asyncUtilTimeout: 15_000 });
