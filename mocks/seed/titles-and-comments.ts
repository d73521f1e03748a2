/** Titles and comments the generated customer users draw from. */
export const titles = ['Mr.', 'Ms.', 'Dr.', 'Prof.', 'Mx.'] as const;

export const comments = [
  'Primary contact for invoices.',
  'Main contact for hardware orders.',
  'Prefers to be contacted by email.',
  'Escalation contact for priority incidents.',
  'Approves change requests for the customer.',
  'Works part time, Monday to Wednesday.',
  'Reports network outages for the branch office.',
  'Key user of the customer portal.',
  'Contract renewal is handled by this contact.',
  'Responsible for onboarding new staff.',
] as const;
