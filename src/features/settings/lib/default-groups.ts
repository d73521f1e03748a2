import type { Group } from '@/api/group-schema';

/**
 * The groups offered as default groups: the valid ones. An invalid group chosen before it was made
 * invalid is still listed, as chosen (the form shows it disabled), so the settings say what is in effect.
 */
export function defaultGroupChoices(groups: readonly Group[], chosen: readonly string[]): Group[] {
  return groups.filter((group) => group.validity === 'valid' || chosen.includes(group.name));
}
