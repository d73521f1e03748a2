import type { DemoDataSet } from '@/api/demo-schema';
import { m } from '@/i18n';

export type DataSetKind = DemoDataSet['kind'];
export const dataSetKinds: readonly DataSetKind[] = ['demo', 'empty', 'generated'];

/** The data set in words: "Demo data", "1200 generated customer users and 5 extra groups". */
export function describeDataSet(dataSet: DemoDataSet): string {
  if (dataSet.kind === 'empty') return m.demo_describe_empty();
  const base =
    dataSet.kind === 'demo' ? m.demo_describe_demo() : m.demo_describe_generated({ count: dataSet.customerUsers });
  return dataSet.groups ? m.demo_describe_with_groups({ dataSet: base, count: dataSet.groups }) : base;
}

/** A count typed into a number field: a whole number within 0..max, or undefined. */
export function parseCount(text: string, max: number): number | undefined {
  const trimmed = text.trim();
  if (!/^\d+$/.test(trimmed)) return undefined;
  const value = Number(trimmed);
  return value <= max ? value : undefined;
}

/** The fields of the data set form, as typed. */
export interface DataSetDraft {
  kind: DataSetKind;
  customerUsers: string;
  groups: string;
}

/** How many generated customer users the form offers when the data set in use has none. */
export const defaultGeneratedUsers = 1000;

export function draftOf(dataSet: DemoDataSet): DataSetDraft {
  return {
    kind: dataSet.kind,
    customerUsers: String(dataSet.kind === 'generated' ? dataSet.customerUsers : defaultGeneratedUsers),
    groups: String(dataSet.kind === 'empty' ? 0 : (dataSet.groups ?? 0)),
  };
}

/** The data set a draft names, or the fields whose numbers are not valid. */
export function dataSetOf(
  draft: DataSetDraft,
  max: { customerUsers: number; groups: number },
): { ok: true; dataSet: DemoDataSet } | { ok: false; invalid: ('customerUsers' | 'groups')[] } {
  if (draft.kind === 'empty') return { ok: true, dataSet: { kind: 'empty' } };
  const groups = parseCount(draft.groups, max.groups);
  const customerUsers = draft.kind === 'generated' ? parseCount(draft.customerUsers, max.customerUsers) : 0;
  const invalid = [
    ...(customerUsers === undefined ? (['customerUsers'] as const) : []),
    ...(groups === undefined ? (['groups'] as const) : []),
  ];
  if (customerUsers === undefined || groups === undefined) return { ok: false, invalid };
  const extra = groups > 0 ? { groups } : {};
  return draft.kind === 'demo'
    ? { ok: true, dataSet: { kind: 'demo', ...extra } }
    : { ok: true, dataSet: { kind: 'generated', customerUsers, ...extra } };
}
