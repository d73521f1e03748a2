import { useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '@/api/api-client';
import { apiPaths } from '@/api/api-paths';
import {
  type ImportRequest,
  type ImportResult,
  type ImportRow,
  importResultsSchema,
  maxImportRows,
} from '@/api/customer-user-import-schema';

/** At most this many rows in one dry run: the contract's limit. */
export const checkBatchSize = maxImportRows;
/** Rows per write: small enough that progress moves and a Cancel takes effect soon. */
export const writeBatchSize = 200;

function postImport(request: ImportRequest, signal?: AbortSignal): Promise<ImportResult[]> {
  return apiRequest(apiPaths.customerUserImport, {
    method: 'POST',
    body: request,
    schema: importResultsSchema,
    signal,
  }).then(({ results }) => results);
}

/** Checks rows without writing any (a dry run): per row, what the import would do, or its problems. */
export function checkImportRows(rows: ImportRow[], signal?: AbortSignal): Promise<ImportResult[]> {
  return postImport({ dryRun: true, rows }, signal);
}

/** Writes rows (adds and updates, each update with the version it was previewed at); answers per row. */
export function writeImportRows(rows: ImportRow[]): Promise<ImportResult[]> {
  return postImport({ dryRun: false, rows });
}

/**
 * After an import, every customer-user list and record refetches. The key is Customer Users' root key
 * (`['customer-users']`): the import may not import that feature's internals, and the root is all it needs.
 */
export function useRefreshCustomerUsers(): () => Promise<void> {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: ['customer-users'] });
}
