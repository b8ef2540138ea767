import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import type { HostInfo } from "../host/detectHost";

/** The one message saying the pane runs without Excel, and what that means. */
export function HostNotice({ host }: { host: HostInfo | null }) {
  if (!host || host.kind === "excel") return null;
  return (
    <MessageBar intent="info" layout="multiline" data-testid="host-notice">
      <MessageBarBody>
        <MessageBarTitle>Working without Excel</MessageBarTitle>
        {host.reason[0].toUpperCase() + host.reason.slice(1)}. Using an in-memory workbook you can download as .xlsx.
      </MessageBarBody>
    </MessageBar>
  );
}
