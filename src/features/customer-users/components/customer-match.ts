/** What the Customer field needs of a customer: its ID (the value) and its name (shown beside it). */
export interface CustomerOption {
  customerId: string;
  name: string;
}

/** The customers whose ID or name contains the typed text (case-insensitive); all of them for no text. */
export function matchingCustomers<C extends CustomerOption>(customers: readonly C[], typed: string): C[] {
  const query = typed.trim().toLocaleLowerCase();
  if (query === '') return [...customers];
  return customers.filter(
    (customer) =>
      customer.customerId.toLocaleLowerCase().includes(query) || customer.name.toLocaleLowerCase().includes(query),
  );
}

/**
 * The customer ID the typed text means: the ID itself, an ID in another letter case, or a customer's
 * name. Anything else stays as typed (the server then says there is no such customer).
 */
export function resolveCustomerId(customers: readonly CustomerOption[], typed: string): string {
  const text = typed.trim();
  const lower = text.toLocaleLowerCase();
  if (text === '' || customers.some((customer) => customer.customerId === text)) return text;
  const match =
    customers.find((customer) => customer.customerId.toLocaleLowerCase() === lower) ??
    customers.find((customer) => customer.name.toLocaleLowerCase() === lower);
  return match?.customerId ?? text;
}
