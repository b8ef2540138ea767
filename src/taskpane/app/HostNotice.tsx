import { Button, MessageBar, MessageBarActions, MessageBarBody, Tooltip, makeStyles } from "@fluentui/react-components";
import { DismissRegular } from "@fluentui/react-icons";
import { useState } from "react";
import type { HostInfo } from "../host/detectHost";

const useStyles = makeStyles({ body: { overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap" } });

/**
 * The one message saying the pane runs without Excel: one line, the reason on hover and focus, dismissible
 * (the badge in the header keeps saying "In-memory workbook").
 */
export function HostNotice({ host }: { host: HostInfo | null }) {
  const styles = useStyles();
  const [dismissed, setDismissed] = useState(false);
  if (!host || host.kind === "excel" || dismissed) return null;
  const reason = `${host.reason[0].toUpperCase()}${host.reason.slice(1)}. Working on an in-memory workbook you can download as .xlsx.`;
  return (
    <MessageBar intent="info" layout="singleline" data-testid="host-notice">
      <MessageBarBody className={styles.body}>
        <Tooltip content={reason} relationship="description" withArrow>
          <span tabIndex={0} aria-label={`Working without Excel. ${reason}`}>
            Working without Excel: in-memory workbook
          </span>
        </Tooltip>
      </MessageBarBody>
      <MessageBarActions
        containerAction={
          <Button appearance="transparent" size="small" icon={<DismissRegular />} aria-label="Dismiss message" onClick={() => setDismissed(true)} />
        }
      />
    </MessageBar>
  );
}
