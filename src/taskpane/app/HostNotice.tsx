import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import type { HostInfo } from "../host/detectHost";

/** The one message saying the pane runs without Excel, and what that means. */
export function HostNotice({ host }: { host: HostInfo | null }) {
  if (!host || host.kind === "excel") return null;
  return (
    <MessageBar intent="info" layout="multiline" data-testid="host-notice">
      <MessageBarBody>
        <MessageBarTitle>Working without Excel</MessageBarTitle>
        Office is not available: {host.reason}. The pane runs on an in-memory workbook; after writing, download it as .xlsx.
      </MessageBarBody>
    </MessageBar>
  );
}
