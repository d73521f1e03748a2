import { useRef, useState } from 'react';
import { cancelWrites } from '@/api/api-client';
import { saveFailureOf } from '@/api/api-error';
import type { SummaryError } from '@/components/form/error-summary';
import { useSaveLock } from '@/components/form/use-save-lock';
import { m } from '@/i18n';
import { useSaveSettings } from '../api/settings-api';
import { draftErrors, isSettingsField, type SettingsDraft, settingsLabel, settingsOf } from '../lib/settings-draft';

/**
 * Saving the settings like every form saves: one save at a time, the input kept whatever happens,
 * the contract's and the server's field errors on the fields, any other failure as one sentence with Try again.
 */
export function useSettingsSave(fieldId: (name: string) => string | undefined) {
  const save = useSaveSettings();
  const saveLock = useSaveLock();
  const summaryRef = useRef<HTMLDivElement>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [otherError, setOtherError] = useState<string>();
  const [failure, setFailure] = useState<string>();
  const [saved, setSaved] = useState(false);

  const focusSummary = () => requestAnimationFrame(() => summaryRef.current?.focus());

  const trySave = (draft: SettingsDraft) =>
    saveLock(async () => {
      setFieldErrors({});
      setOtherError(undefined);
      setFailure(undefined);
      setSaved(false);
      const invalid = draftErrors(draft);
      if (invalid) {
        setFieldErrors(invalid);
        focusSummary();
        return;
      }
      try {
        await save.mutateAsync(settingsOf(draft));
        setSaved(true);
      } catch (error) {
        const shown = saveFailureOf(error);
        if (!shown.inputProblem) setFailure(shown.message);
        else if (Object.keys(shown.fieldErrors).length > 0) setFieldErrors(shown.fieldErrors);
        else setOtherError(shown.message);
        focusSummary();
      }
    });

  const summaryErrors: SummaryError[] = [
    ...Object.entries(fieldErrors).map(([name, message]) => ({
      fieldId: fieldId(name),
      label: isSettingsField(name) ? settingsLabel(name) : name === 'body' ? m.settings_error_request() : name,
      message,
    })),
    ...(otherError ? [{ label: m.settings_save(), message: otherError }] : []),
  ];

  return {
    saving: save.isPending,
    saved,
    summaryRef,
    summaryErrors,
    fieldErrors,
    failure,
    trySave,
    cancelSave: cancelWrites,
  };
}
