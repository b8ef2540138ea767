import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, makeStyles } from "@fluentui/react-components";
import type { Notice } from "../state/notice";

const useStyles = makeStyles({ body: { whiteSpace: "pre-line" } });

/** The outcome of the last action (written, imported, failed), until dismissed or replaced. */
export function NoticeBar({ notice, onDismiss }: { notice: Notice | null; onDismiss(): void }) {
  const styles = useStyles();
  if (!notice) return null;
  return (
    <MessageBar intent={notice.intent} layout="multiline" role={notice.intent === "error" ? "alert" : "status"}>
      <MessageBarBody className={styles.body}>
        {notice.title && <MessageBarTitle>{notice.title}</MessageBarTitle>}
        {notice.text}
      </MessageBarBody>
      <MessageBarActions>
        <Button appearance="transparent" size="small" onClick={onDismiss}>
          Dismiss
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
