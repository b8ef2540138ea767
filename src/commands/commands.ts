/*
 * The ribbon's function file (manifest: FunctionFile → commands.html). The only ribbon command, "Audit figures"
 * on the Home tab, is a ShowTaskpane action that Office runs by itself, so no function is registered here; the
 * page only has to initialise office.js so that Office knows the add-in's commands are ready.
 */

/** Called by Office once office.js is ready on the commands page. */
export function onCommandsReady(info: { host: Office.HostType | null }): void {
  if (info.host !== null && typeof console !== "undefined") {
    console.debug(`Figure Audit commands ready in ${info.host}`);
  }
}

if (typeof Office !== "undefined" && typeof Office.onReady === "function") {
  void Office.onReady(onCommandsReady);
}
