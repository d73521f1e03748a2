import { Fragment, type ReactNode } from 'react';

// A private-use character marks where a value goes; no message or translation contains it.
const mark = '\u{E000}';

/**
 * A message's text cut around its slots, with each slot's value in its place: for messages whose
 * values are not plain text (a link, a highlighted term), so each language keeps its own word order.
 * `fillSlots(m.customer_users_added, { login: link })` → `['Customer user ', link, ' added!']`.
 */
export function fillSlots<Slot extends string, Value>(
  message: (inputs: Record<Slot, string>) => string,
  values: Record<Slot, Value>,
): (string | Value)[] {
  const slots = Object.keys(values) as Slot[];
  const inputs = Object.fromEntries(slots.map((slot) => [slot, `${mark}${slot}${mark}`])) as Record<Slot, string>;
  return message(inputs)
    .split(mark)
    .flatMap((part, index): (string | Value)[] => {
      if (index % 2 === 1) return [values[part as Slot]];
      return part === '' ? [] : [part];
    });
}

/** A message with React content in its slots (`{link} first.`), for rendering. */
export function richMessage<Slot extends string>(
  message: (inputs: Record<Slot, string>) => string,
  nodes: Record<Slot, ReactNode>,
): ReactNode {
  return fillSlots(message, nodes).map((part, index) => (
    // The parts are fixed for one message and language: their position is their identity.
    // biome-ignore lint/suspicious/noArrayIndexKey: see above
    <Fragment key={index}>{part}</Fragment>
  ));
}
