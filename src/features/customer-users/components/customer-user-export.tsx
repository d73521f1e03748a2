import { Suspense, useState } from 'react';
import { buttonClass } from '@/components/ui/button';
import { m } from '@/i18n';
import { lazyScreen } from '@/lib/lazy-screen';
import type { CustomerUserExportQuery } from '../api/customer-user-export';
import styles from './customer-user-export.module.css';

// Only the button is part of the first visit. The export itself (its panel, the paging, the CSV writer and
// papaparse) loads on the click, or ahead of it when the pointer or focus comes to the button. Code that
// cannot load fails like the list's other on-demand parts: the screen says so and offers Try again.
const ExportPanel = lazyScreen(() =>
  import('./customer-user-export-panel').then((module) => module.CustomerUserExportPanel),
);

/** The state the Export CSV button and the export's panel share: one export at a time, of the list's `query`. */
export function useCustomerUserExport(query: CustomerUserExportQuery) {
  const [busy, setBusy] = useState(false);
  const [run, setRun] = useState<{ id: number; query: CustomerUserExportQuery }>();
  function start() {
    if (busy) return;
    setBusy(true);
    setRun((previous) => ({ id: (previous?.id ?? 0) + 1, query }));
  }
  return { busy, run, start, setBusy };
}

export type CustomerUserExport = ReturnType<typeof useCustomerUserExport>;

/**
 * Export CSV: every match of the list's search, validity filter and order. While an export runs it is
 * inert but keeps focus (`aria-disabled`, not `disabled`, which would drop a keyboard user's place).
 */
export function ExportCsvButton({ csvExport }: { csvExport: CustomerUserExport }) {
  return (
    <button
      type="button"
      className={`${buttonClass({ variant: 'secondary' })} ${styles.button}`}
      aria-disabled={csvExport.busy}
      onClick={csvExport.start}
      onPointerEnter={ExportPanel.preload}
      onFocus={ExportPanel.preload}
    >
      {m.customer_users_export_csv()}
    </button>
  );
}

/** The export's progress, end or failure, under the list's heading; a new export starts it afresh. */
export function CustomerUserExportStatus({ csvExport: { run, setBusy } }: { csvExport: CustomerUserExport }) {
  if (!run) return null;
  return (
    <Suspense fallback={null}>
      <ExportPanel key={run.id} query={run.query} onBusyChange={setBusy} />
    </Suspense>
  );
}
