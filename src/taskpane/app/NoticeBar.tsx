import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, makeStyles } from "@fluentui/react-components";
import { DismissRegular } from "@fluentui/react-icons";
import type { Notice } from "../state/notice";

const useStyles = makeStyles({ body: { whiteSpace: "pre-line", overflowWrap: "anywhere" } });

/** A message short enough for one line at the pane's width (a title and a short sentence, no line breaks). */
const ONE_LINE_CHARS = 70;

/** The outcome of the last action (written, imported, failed), until dismissed or replaced: one line when it fits. */
export function NoticeBar({ notice, onDismiss }: { notice: Notice | null; onDismiss(): void }) {
  const styles = useStyles();
  if (!notice) return null;
  const oneLine = !notice.text.includes("\n") && (notice.title?.length ?? 0) + notice.text.length <= ONE_LINE_CHARS;
  return (
    <MessageBar intent={notice.intent} layout={oneLine ? "singleline" : "multiline"} role={notice.intent === "error" ? "alert" : "status"}>
      <MessageBarBody className={styles.body}>
        {notice.title && <MessageBarTitle>{notice.title}</MessageBarTitle>}
        {notice.text}
      </MessageBarBody>
      <MessageBarActions
        containerAction={<Button appearance="transparent" size="small" icon={<DismissRegular />} aria-label="Dismiss message" onClick={onDismiss} />}
      />
    </MessageBar>
  );
}
