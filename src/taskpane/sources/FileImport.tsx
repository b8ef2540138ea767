import { Button, Text } from "@fluentui/react-components";
import { useRef, useState, type DragEvent } from "react";

export const ACCEPTED_FILES =
  ".txt,.text,.md,.markdown,.html,.htm,.pdf,.docx,text/plain,text/markdown,text/html,application/pdf," +
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

export interface FileImportProps {
  onImport(files: File[]): void;
  disabled?: boolean;
}

/** Import .txt, .md, .html, .pdf and .docx articles with a file picker or by dropping them on the zone. */
export function FileImport({ onImport, disabled }: FileImportProps) {
  const input = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);

  function drop(event: DragEvent<HTMLDivElement>) {
    event.preventDefault();
    setDragging(false);
    const files = Array.from(event.dataTransfer?.files ?? []);
    if (files.length && !disabled) onImport(files);
  }

  return (
    <div
      className={dragging ? "fa-drop-zone fa-drop-zone-active" : "fa-drop-zone"}
      onDragOver={(event) => {
        event.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={drop}
      data-testid="file-drop-zone"
    >
      <Button onClick={() => input.current?.click()} disabled={disabled}>
        Import files…
      </Button>
      <Text size={200}>or drop .txt, .md, .html, .pdf or .docx files here</Text>
      <input
        ref={input}
        className="fa-hidden"
        type="file"
        multiple
        accept={ACCEPTED_FILES}
        aria-label="Article files to import"
        tabIndex={-1}
        onChange={(event) => {
          const files = Array.from(event.target.files ?? []);
          event.target.value = "";
          if (files.length) onImport(files);
        }}
      />
    </div>
  );
}
