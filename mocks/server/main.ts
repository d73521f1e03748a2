import { DataFileError } from './data-file';
import { describeSeed, parseOptions, UsageError, usage } from './options';
import { startMockServer } from './server';

/**
 * `npm run mock-server -- …`: starts the server, says where it is and what it serves, and stops on
 * Ctrl+C (SIGINT) or SIGTERM. Answers the exit code: 0 after a stop, 1 when it could not start, 2 for a
 * command line it does not understand.
 */
export async function main(argv: readonly string[]): Promise<number> {
  let options: ReturnType<typeof parseOptions>;
  try {
    options = parseOptions(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`${error.message}\n\n${usage}`);
    return 2;
  }
  if (!options) {
    console.log(usage);
    return 0;
  }

  let server: Awaited<ReturnType<typeof startMockServer>>;
  try {
    server = await startMockServer(options);
  } catch (error) {
    console.error(error instanceof DataFileError || error instanceof Error ? error.message : String(error));
    return 1;
  }

  const { store } = server;
  console.log(
    [
      `Mock API at ${server.baseUrl}`,
      `  data:    ${describeSeed(store.seed)}${options.dataFile ? `, kept in ${options.dataFile}` : ', in memory only'}`,
      `  latency: ${store.latency} ms, faults: ${store.faults.mode}`,
      `  try:     curl ${server.baseUrl}/customer-users?limit=2`,
      `  console: VITE_API_MOCKING=off VITE_API_BASE_URL=${server.baseUrl} npx vite build`,
      'Ctrl+C stops it.',
    ].join('\n'),
  );

  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  await server.close();
  return 0;
}
