// What other features may use of the import: how a file's header row maps onto the customer user's fields
// (an export that wants to be read back writes headers this answers to).
export { type ColumnMatch, matchColumns } from './lib/columns';
