import { useId, useState } from 'react';
import { saveFailureOf } from '@/api/api-error';
import { type DemoFaultMode, type DemoState, demoFaultModes, maxDemoLatency } from '@/api/demo-schema';
import { FormField } from '@/components/form/form-field';
import { formatNumber, m } from '@/i18n';
import { useChangeDemoState } from '../api/demo-api';
import { parseCount } from '../lib/data-set';
import styles from './demo-panel.module.css';

const faultWords: Record<DemoFaultMode, { name: () => string; hint: () => string }> = {
  off: { name: m.demo_fault_off, hint: m.demo_fault_off_hint },
  reads: { name: m.demo_fault_reads, hint: m.demo_fault_reads_hint },
  writes: { name: m.demo_fault_writes, hint: m.demo_fault_writes_hint },
  'lost-answers': { name: m.demo_fault_lost_answers, hint: m.demo_fault_lost_answers_hint },
  hang: { name: m.demo_fault_hang, hint: m.demo_fault_hang_hint },
  flaky: { name: m.demo_fault_flaky, hint: m.demo_fault_flaky_hint },
};

/** The latency of every answer (applied when the field is left or Enter is pressed) and the faults (at once). */
export function NetworkSection({ state, onStatus }: { state: DemoState; onStatus: (status: string) => void }) {
  const id = useId();
  const change = useChangeDemoState();
  const [latency, setLatency] = useState(String(state.latencyMs));
  const [latencyInvalid, setLatencyInvalid] = useState(false);
  // The field follows the latency in use when it changes; what is being typed stays until it is applied.
  const [shownLatency, setShownLatency] = useState(state.latencyMs);
  if (shownLatency !== state.latencyMs) {
    setShownLatency(state.latencyMs);
    setLatency(String(state.latencyMs));
  }
  const failed = (error: unknown) => onStatus(m.demo_not_changed({ reason: saveFailureOf(error).message }));

  function applyLatency() {
    const latencyMs = parseCount(latency, maxDemoLatency);
    setLatencyInvalid(latencyMs === undefined);
    if (latencyMs === undefined || latencyMs === state.latencyMs) return;
    change.mutate(
      { latencyMs },
      {
        onSuccess: (next) =>
          onStatus(
            next.latencyMs === 0 ? m.demo_latency_off() : m.demo_latency_done({ ms: formatNumber(next.latencyMs) }),
          ),
        onError: failed,
      },
    );
  }

  function applyFaults(faults: DemoFaultMode) {
    change.mutate(
      { faults },
      { onSuccess: (next) => onStatus(m.demo_faults_done({ mode: faultWords[next.faults].name() })), onError: failed },
    );
  }

  return (
    <section className={styles.section} aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{m.demo_network()}</h3>
      <form
        className={styles.numbers}
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          applyLatency();
        }}
      >
        <FormField
          id={`${id}-latency`}
          label={m.demo_latency()}
          hint={m.demo_latency_hint({ max: formatNumber(maxDemoLatency) })}
          error={latencyInvalid ? m.demo_latency_invalid({ max: formatNumber(maxDemoLatency) }) : undefined}
        >
          {(control) => (
            <input
              {...control}
              type="number"
              inputMode="numeric"
              min={0}
              max={maxDemoLatency}
              step={1}
              value={latency}
              onChange={(event) => setLatency(event.target.value)}
              onBlur={applyLatency}
            />
          )}
        </FormField>
      </form>
      <FormField id={`${id}-faults`} label={m.demo_faults()} hint={faultWords[state.faults].hint()}>
        {(control) => (
          <select
            {...control}
            // What was just chosen, until the answer says so.
            value={(change.isPending ? change.variables.faults : undefined) ?? state.faults}
            onChange={(event) => {
              const chosen = demoFaultModes.find((mode) => mode === event.target.value);
              if (chosen) applyFaults(chosen);
            }}
          >
            {demoFaultModes.map((mode) => (
              <option key={mode} value={mode}>
                {faultWords[mode].name()}
              </option>
            ))}
          </select>
        )}
      </FormField>
    </section>
  );
}
