import { Button, Field, Input, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import { useState, type FormEvent } from "react";
import type { SourceOverrides } from "../../core/types";

/** The fields the form pre-fills from the pasted text. */
export interface SourceFields {
  title: string;
  outlet: string;
  url: string;
  published: string;
}

type FieldName = keyof SourceFields;
const EMPTY: SourceFields = { title: "", outlet: "", url: "", published: "" };

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  row: { display: "grid", gridTemplateColumns: "1fr 1fr", gap: tokens.spacingHorizontalS },
  actions: { display: "flex", justifyContent: "flex-end" },
  input: { width: "100%", minWidth: 0 },
});

export interface SourceFormProps {
  /** What the text itself says about the article (title, outlet, URL, date). */
  prefill(text: string): SourceFields;
  /** Adds the article; returns false when it was not added (empty, already listed). */
  onAdd(text: string, overrides: SourceOverrides): boolean;
  disabled?: boolean;
}

/** Paste an article; title, outlet, URL and date are filled in from the text until the analyst edits them. */
export function SourceForm({ prefill, onAdd, disabled }: SourceFormProps) {
  const styles = useStyles();
  const [text, setText] = useState("");
  const [fields, setFields] = useState<SourceFields>(EMPTY);
  const [edited, setEdited] = useState<Record<FieldName, boolean>>({ title: false, outlet: false, url: false, published: false });

  function changeText(next: string) {
    setText(next);
    const read = next.trim() ? prefill(next) : EMPTY;
    setFields((current) => ({
      title: edited.title ? current.title : read.title,
      outlet: edited.outlet ? current.outlet : read.outlet,
      url: edited.url ? current.url : read.url,
      published: edited.published ? current.published : read.published,
    }));
  }

  function changeField(name: FieldName, value: string) {
    setFields((current) => ({ ...current, [name]: value }));
    setEdited((current) => ({ ...current, [name]: true }));
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const overrides: SourceOverrides = {};
    for (const name of Object.keys(fields) as FieldName[]) if (fields[name].trim()) overrides[name] = fields[name].trim();
    if (onAdd(text, overrides)) {
      setText("");
      setFields(EMPTY);
      setEdited({ title: false, outlet: false, url: false, published: false });
    }
  }

  return (
    <form className={styles.form} onSubmit={submit} aria-label="Add an article">
      <Field label="Article text" hint="Paste the whole article; title, outlet, URL and date are read from it.">
        <Textarea value={text} onChange={(_, data) => changeText(data.value)} rows={5} resize="vertical" />
      </Field>
      <Field label="Title">
        <Input className={styles.input} value={fields.title} onChange={(_, data) => changeField("title", data.value)} />
      </Field>
      <div className={styles.row}>
        <Field label="Outlet">
          <Input className={styles.input} value={fields.outlet} onChange={(_, data) => changeField("outlet", data.value)} />
        </Field>
        <Field label="Date">
          <Input className={styles.input} type="date" value={fields.published} onChange={(_, data) => changeField("published", data.value)} />
        </Field>
      </div>
      <Field label="URL">
        <Input className={styles.input} type="url" value={fields.url} onChange={(_, data) => changeField("url", data.value)} />
      </Field>
      <div className={styles.actions}>
        <Button type="submit" appearance="primary" disabled={disabled || !text.trim()}>
          Add article
        </Button>
      </div>
    </form>
  );
}
