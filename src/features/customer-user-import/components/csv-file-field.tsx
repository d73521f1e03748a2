import { type DragEvent, useId, useState } from 'react';
import { cx } from '@/components/ui/class-names';
import { m } from '@/i18n';
import styles from './csv-file-field.module.css';

interface CsvFileFieldProps {
  disabled: boolean;
  onFile: (file: File) => void;
}

/**
 * The file input labelled "CSV file", inside a drop zone: a file dragged onto the zone is read as if chosen.
 * Keyboard and screen reader users use the input itself; the zone adds nothing they need.
 */
export function CsvFileField({ disabled, onFile }: CsvFileFieldProps) {
  const id = useId();
  const [dragging, setDragging] = useState(false);

  function onDragOver(event: DragEvent<HTMLDivElement>) {
    if (disabled || !event.dataTransfer.types.includes('Files')) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
    setDragging(true);
  }

  function onDrop(event: DragEvent<HTMLDivElement>) {
    setDragging(false);
    if (disabled) return;
    const file = event.dataTransfer.files[0];
    if (!file) return;
    event.preventDefault();
    onFile(file);
  }

  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: the drop zone only adds dropping; the input inside it is the control.
    <div
      className={cx(styles.zone, dragging && styles.dragging, disabled && styles.disabled)}
      onDragOver={onDragOver}
      onDragLeave={() => setDragging(false)}
      onDrop={onDrop}
    >
      <label htmlFor={id} className={styles.label}>
        {m.import_file_label()}
      </label>
      <input
        id={id}
        type="file"
        accept=".csv,text/csv,text/plain"
        className={styles.input}
        disabled={disabled}
        aria-describedby={`${id}-hint`}
        onChange={(event) => {
          const file = event.target.files?.[0];
          if (file) onFile(file);
        }}
      />
      <p id={`${id}-hint`} className={styles.hint}>
        {dragging ? m.import_drop_here() : m.import_file_hint()}
      </p>
    </div>
  );
}
