export function customerUserHref(id: string): string {
  return `/customer-users/${encodeURIComponent(id)}`;
}
