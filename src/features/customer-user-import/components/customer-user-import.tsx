import { type RefObject, useEffect, useId, useMemo, useRef } from 'react';
import { ButtonRow, buttonClass } from '@/components/ui/button';
import { Notice } from '@/components/ui/notice';
import { ErrorMessage, ErrorState, LoadingState } from '@/components/ui/query-states';
import { Hint } from '@/components/ui/text';
import { customerUserFieldLabel, m } from '@/i18n';
import { downloadFile } from '@/lib/download-file';
import { lineRanges } from '../lib/batches';
import { type GeneratedPassword, passwordsCsv } from '../lib/passwords-csv';
import { countChecks, tallyOutcomes, willWrite } from '../lib/preview';
import { CsvFileField } from './csv-file-field';
import styles from './customer-user-import.module.css';
import { ImportPreviewTable } from './import-preview-table';
import { type ChosenFile, type ImportRun, useCustomerUserImport } from './use-customer-user-import';

/** A failure's message, in the language on view. */
function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** "rows 2–201, 305", "row 7" or "none". */
function rowsText(lines: readonly number[]): string {
  return lines.length === 0 ? m.import_rows_none() : m.import_rows({ count: lines.length, list: lineRanges(lines) });
}

/**
 * The import screen's body: the file, what the file's columns mean, the preview's counts and table, and
 * the import with its progress, Cancel, summary and generated passwords.
 */
export function CustomerUserImport() {
  const session = useCustomerUserImport();
  const { reading, checking, run, rows, checks, passwords } = session;
  const running = run.kind === 'running';
  const rowLines = useMemo(() => rows?.map((row) => row.line) ?? [], [rows]);
  const tally = useMemo(
    () => (run.kind === 'finished' ? tallyOutcomes(rowLines, run.planned, run.outcomes) : undefined),
    [run, rowLines],
  );
  const failed = run.kind === 'finished' && run.end?.kind === 'failed' ? run.end : undefined;
  const status = useRef<HTMLDivElement>(null);
  const failure = useRef<HTMLDivElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);

  // The button just used goes away (Import, then Cancel): focus goes on to what replaced it.
  useEffect(() => {
    if (document.activeElement !== null && document.activeElement !== document.body) return;
    if (run.kind === 'running') cancel.current?.focus();
    if (run.kind === 'finished') (failure.current ?? status.current)?.focus();
  }, [run.kind]);

  return (
    <>
      <p className={styles.intro}>{m.import_intro()}</p>
      <CsvFileField disabled={running} onFile={(file) => void session.readFile(file)} />
      {passwords.kind === 'offered' && (
        <PasswordsOffer passwords={passwords.passwords} onDownloaded={session.passwordsDownloaded} />
      )}
      {reading.kind === 'reading' && <LoadingState>{m.import_reading({ name: reading.name })}</LoadingState>}
      {reading.kind === 'unreadable' && (
        <ErrorMessage>{m.import_file_unreadable({ name: reading.name, reason: reasonOf(reading.error) })}</ErrorMessage>
      )}
      {reading.kind === 'read' && <FileNotes file={reading.file} />}
      {checking.kind === 'checking' && (
        <LoadingState>{m.import_checking({ done: checking.done, total: checking.total })}</LoadingState>
      )}
      {checking.kind === 'failed' && (
        <ErrorState
          title={m.import_check_failed()}
          error={checking.error instanceof Error ? checking.error : new Error(String(checking.error))}
          onRetry={session.previewAgain}
        />
      )}
      {/* There from the start, so a screen reader hears each thing said into it: the counts, the summary. */}
      <div ref={status} role="status" tabIndex={-1} className={styles.status}>
        {passwords.kind === 'downloaded' && <p>{m.import_passwords_downloaded()}</p>}
        {rows && checks && <p className={styles.counts}>{m.import_counts(countChecks(checks))}</p>}
        {run.kind === 'running' && run.cancelling && <p>{m.import_cancelling()}</p>}
        {tally && run.kind === 'finished' && !failed && (
          <p className={styles.summary}>
            {run.end?.kind === 'stopped'
              ? [
                  m.import_cancelled(),
                  m.import_written({ rows: rowsText(tally.written) }),
                  m.import_not_written({ rows: rowsText(tally.notWritten) }),
                ].join(' ')
              : m.import_summary({ added: tally.added, updated: tally.updated, skipped: tally.skipped })}
          </p>
        )}
      </div>
      {failed && tally && (
        <div ref={failure} role="alert" tabIndex={-1} className={styles.failure}>
          <p>{m.import_failed({ reason: reasonOf(failed.error) })}</p>
          <p>
            {[
              m.import_written({ rows: rowsText(tally.written) }),
              m.import_perhaps_written({ rows: rowsText(tally.unknown) }),
              m.import_not_written({ rows: rowsText(tally.notWritten) }),
            ].join(' ')}
          </p>
          <p>{m.import_run_again()}</p>
        </div>
      )}
      {rows && checks && (
        <>
          <ImportActions
            run={run}
            cancel={cancel}
            canImport={checks.some(willWrite)}
            onImport={() => void session.startImport()}
            onCancel={session.cancelImport}
            onPreviewAgain={session.previewAgain}
          />
          <ImportPreviewTable rows={rows} checks={checks} outcomes={run.kind === 'none' ? undefined : run.outcomes} />
        </>
      )}
    </>
  );
}

/** What the file's header row means: why it cannot be previewed, or the columns it will not import. */
function FileNotes({ file }: { file: ChosenFile }) {
  const { content, name } = file;
  if (content.kind === 'no-login') return <ErrorMessage>{m.import_file_no_login({ name })}</ErrorMessage>;
  if (content.kind === 'no-rows') return <ErrorMessage>{m.import_file_no_rows({ name })}</ErrorMessage>;
  const { columns } = content;
  const unknown = [
    ...columns.unknown,
    ...content.unnamedWithData.map((index) => m.import_unnamed_column({ number: String(index + 1) })),
  ];
  const candidates: (string | false)[] = [
    unknown.length > 0 && m.import_unknown_columns({ columns: unknown.join(', ') }),
    columns.password.length > 0 && m.import_password_columns({ columns: columns.password.join(', ') }),
    columns.repeated.length > 0 && m.import_repeated_columns({ columns: columns.repeated.join(', ') }),
    content.unclosedQuoteLine !== undefined && m.import_unclosed_quote({ row: String(content.unclosedQuoteLine) }),
  ];
  const notes = candidates.filter((note): note is string => typeof note === 'string');
  if (notes.length === 0) return null;
  return (
    <Notice as="div" role="note">
      {notes.map((note) => (
        <p key={note} className={styles.note}>
          {note}
        </p>
      ))}
    </Notice>
  );
}

interface ImportActionsProps {
  run: ImportRun;
  cancel: RefObject<HTMLButtonElement | null>;
  canImport: boolean;
  onImport: () => void;
  onCancel: () => void;
  onPreviewAgain: () => void;
}

/**
 * Import; while it runs, its progress and Cancel; after it, Preview again. Each state has its own key, so
 * no button is reused for another (focus would stay on it, now named otherwise).
 */
function ImportActions({ run, cancel, canImport, onImport, onCancel, onPreviewAgain }: ImportActionsProps) {
  const hintId = useId();
  if (run.kind === 'none') {
    return (
      <div key="ready" className={styles.actions}>
        <ButtonRow>
          <button
            type="button"
            className={buttonClass()}
            disabled={!canImport}
            aria-describedby={canImport ? undefined : hintId}
            onClick={onImport}
          >
            {m.import_import()}
          </button>
        </ButtonRow>
        {!canImport && <Hint id={hintId}>{m.import_nothing_to_write()}</Hint>}
      </div>
    );
  }
  if (run.kind === 'running') {
    const total = run.planned.length;
    return (
      <div key="running" className={styles.actions}>
        <div className={styles.progress}>
          <progress aria-label={m.import_progress()} max={total} value={run.done} />
          <span>{m.import_progress_text({ done: run.done, total })}</span>
        </div>
        <ButtonRow>
          <button
            ref={cancel}
            type="button"
            className={buttonClass({ variant: 'secondary' })}
            onClick={onCancel}
            aria-disabled={run.cancelling}
          >
            {m.import_cancel()}
          </button>
        </ButtonRow>
      </div>
    );
  }
  return (
    <div key="finished" className={styles.actions}>
      <ButtonRow>
        <button type="button" className={buttonClass({ variant: 'secondary' })} onClick={onPreviewAgain}>
          {m.import_preview_again()}
        </button>
      </ButtonRow>
    </div>
  );
}

/** The generated passwords, offered once as a CSV file; once downloaded (or the screen left) they are gone. */
function PasswordsOffer({ passwords, onDownloaded }: { passwords: GeneratedPassword[]; onDownloaded: () => void }) {
  async function download() {
    const csv = await passwordsCsv(passwords, [customerUserFieldLabel('login'), customerUserFieldLabel('password')]);
    downloadFile(m.import_passwords_file(), new Blob([csv], { type: 'text/csv;charset=utf-8' }));
    onDownloaded();
  }
  return (
    <Notice as="div" className={styles.passwords}>
      <p className={styles.note}>{m.import_passwords_note({ count: passwords.length })}</p>
      <button type="button" className={buttonClass()} onClick={() => void download()}>
        {m.import_download_passwords()}
      </button>
    </Notice>
  );
}
