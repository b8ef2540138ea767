import { createRoot } from "react-dom/client";
import { Root } from "./app/Root";
import { loadOfficeJs } from "./host/loadOfficeJs";

/* global document, window, performance */

const container = document.getElementById("container");
if (container) {
  performance.mark("figure-audit:start");
  createRoot(container).render(<Root loadOffice={() => loadOfficeJs(window)} />);
}
