import { lazy } from "react";

/**
 * The message bars as a chunk of their own (Fluent's MessageBar, and the Tooltip with its positioning code that
 * the host notice uses): the first render shows no message, so they stay out of the initial bundle;
 * `preloadNotices` fetches them right after it, so a message does not wait for them.
 */
const hostNotice = () => import(/* webpackChunkName: "notices" */ "./HostNotice");
const noticeBar = () => import(/* webpackChunkName: "notices" */ "./NoticeBar");

export const HostNotice = lazy(() => hostNotice().then((m) => ({ default: m.HostNotice })));
export const NoticeBar = lazy(() => noticeBar().then((m) => ({ default: m.NoticeBar })));

/** Starts loading the message bars (after the first render); a failure shows when a message is shown. */
export function preloadNotices(): void {
  hostNotice().catch(() => undefined);
  noticeBar().catch(() => undefined);
}
