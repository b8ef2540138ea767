import { Button, Field, Input, Textarea } from "@fluentui/react-components";
import { ChevronDownRegular, ChevronRightRegular } from "@fluentui/react-icons";
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

export interface SourceFormProps {
  /** What the text itself says about the article (title, outlet, URL, date). */
  prefill(text: string): SourceFields;
  /** Adds the article; returns false when it was not added (empty, already listed). */
  onAdd(text: string, overrides: SourceOverrides): boolean;
  disabled?: boolean;
}

const DETAILS_ID = "source-form-details";

/**
 * Paste an article; title, outlet, URL and date are filled in from the text until the analyst edits them. Those
 * four fields open when text is pasted (to check what was read) or on demand: an empty form is one text box.
 */
export function SourceForm({ prefill, onAdd, disabled }: SourceFormProps) {
  const [text, setText] = useState("");
  const [detailsOpen, setDetailsOpen] = useState(false);
  const [fields, setFields] = useState<SourceFields>(EMPTY);
  const [edited, setEdited] = useState<Record<FieldName, boolean>>({ title: false, outlet: false, url: false, published: false });

  function changeText(next: string) {
    if (next.trim() && !text.trim()) setDetailsOpen(true);
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
      setDetailsOpen(false);
    }
  }

  return (
    <form className="fa-form" onSubmit={submit} aria-label="Add an article">
      <Field label="Article text" hint="Paste the whole article; title, outlet, URL and date are read from it.">
        <Textarea value={text} onChange={(_, data) => changeText(data.value)} rows={5} resize="vertical" />
      </Field>
      {detailsOpen && (
        <div className="fa-form-details" id={DETAILS_ID}>
          <Field label="Title">
            <Input className="fa-form-input" value={fields.title} onChange={(_, data) => changeField("title", data.value)} />
          </Field>
          <div className="fa-form-row">
            <Field label="Outlet">
              <Input className="fa-form-input" value={fields.outlet} onChange={(_, data) => changeField("outlet", data.value)} />
            </Field>
            <Field label="Date">
              <Input className="fa-form-input" type="date" value={fields.published} onChange={(_, data) => changeField("published", data.value)} />
            </Field>
          </div>
          <Field label="URL">
            <Input className="fa-form-input" type="url" value={fields.url} onChange={(_, data) => changeField("url", data.value)} />
          </Field>
        </div>
      )}
      <div className="fa-form-actions">
        <Button
          appearance="transparent"
          size="small"
          icon={detailsOpen ? <ChevronDownRegular /> : <ChevronRightRegular />}
          aria-expanded={detailsOpen}
          aria-controls={detailsOpen ? DETAILS_ID : undefined}
          onClick={() => setDetailsOpen((open) => !open)}
        >
          Title, outlet, date, URL
        </Button>
        <Button type="submit" appearance="primary" disabled={disabled || !text.trim()}>
          Add article
        </Button>
      </div>
    </form>
  );
}
