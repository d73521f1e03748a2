import { createServer, type RequestListener, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DemoStore } from '@mocks/store/demo-store';
import { createRequest, sendResponse } from '@remix-run/node-fetch-server';
import { HttpResponse } from 'msw';
import { englishProblem } from '@/api/problem-english';
import {
  DataFileError,
  type DataFileSystem,
  dataFileText,
  type FilePersistence,
  persistToFile,
  readDataFile,
} from './data-file';
import { apiBasePath, createFetchHandler } from './fetch-handler';
import { defaultHost, type MockServerOptions } from './options';

export interface StartOptions extends Partial<MockServerOptions> {
  /** Where the server's own messages go (a failing handler, a data file that could not be written). */
  log?: (line: string) => void;
  /** The data file's file operations; tests pass ones that fail. */
  fileSystem?: DataFileSystem;
}

export interface RunningMockServer {
  /** The API's base URL, e.g. http://127.0.0.1:4010/api: what `VITE_API_BASE_URL` and `API_BASE_URL` take. */
  baseUrl: string;
  port: number;
  store: DemoStore;
  /** Waits until every write under way is in the data file. */
  flush(): Promise<void>;
  /** Stops listening and drops open connections (a hanging answer too). */
  close(): Promise<void>;
}

const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Resolves with the answer, or with undefined once the client has gone away (a `hang` answers never). */
function unlessAborted(answer: Promise<Response>, signal: AbortSignal): Promise<Response | undefined> {
  if (signal.aborted) return Promise.resolve(undefined);
  return new Promise((resolve, reject) => {
    const onAbort = () => resolve(undefined);
    signal.addEventListener('abort', onAbort, { once: true });
    answer.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

/**
 * Node's request listener around a fetch handler: `@remix-run/node-fetch-server` turns the Node request
 * into a fetch `Request` and sends the `Response` back. A network-error answer drops the connection.
 */
function requestListener(handle: (request: Request) => Promise<Response>, log: (line: string) => void) {
  const listener: RequestListener = async (req, res) => {
    try {
      const request = createRequest(req, res);
      const response = await unlessAborted(handle(request), request.signal);
      if (!response) return;
      if (response.type === 'error') {
        res.destroy();
        return;
      }
      await sendResponse(res, response);
    } catch (error) {
      log(`${req.method} ${req.url} failed: ${errorText(error)}`);
      if (res.headersSent) res.destroy();
      else await sendResponse(res, HttpResponse.json(englishProblem('api.server'), { status: 500 }));
    }
  };
  return listener;
}

function listen(server: Server, port: number, host: string): Promise<AddressInfo> {
  return new Promise((resolve, reject) => {
    const onError = (error: NodeJS.ErrnoException) => {
      const reason =
        error.code === 'EADDRINUSE'
          ? `port ${port} on ${host} is in use: pass another --port (0 picks a free one)`
          : errorText(error);
      reject(new Error(`The mock API cannot listen: ${reason}.`, { cause: error }));
    };
    server.once('error', onError);
    server.listen(port, host, () => {
      server.off('error', onError);
      resolve(server.address() as AddressInfo);
    });
  });
}

/** The store as asked: the data file's data (refused, untouched, when unreadable), then the switches. */
async function loadStore(options: StartOptions): Promise<{ store: DemoStore; written: string | undefined }> {
  const store = new DemoStore();
  let written: string | undefined;
  if (options.dataFile) {
    const stored = await readDataFile(options.dataFile, options.fileSystem);
    if (stored) {
      try {
        store.restore(stored);
      } catch (error) {
        throw new DataFileError(options.dataFile, `holds data the store cannot take (${errorText(error)})`);
      }
      // What the file holds, as the store writes it (its keys may stand in another order): no write until it changes.
      written = dataFileText(store);
    }
  }
  if (options.seed) store.reset(options.seed);
  store.latency = options.latency ?? 0;
  store.faults = { mode: options.faults ?? 'off' };
  return { store, written };
}

/**
 * Starts the mock API on real HTTP: the handlers and store of the dev server, at `/api`, with CORS for
 * pages on this machine. Throws a DataFileError, before listening, when the data file cannot be used.
 */
export async function startMockServer(options: StartOptions = {}): Promise<RunningMockServer> {
  const log = options.log ?? ((line: string) => console.error(line));
  const { store, written } = await loadStore(options);
  let persistence: FilePersistence | undefined;
  if (options.dataFile) {
    try {
      persistence = await persistToFile(store, options.dataFile, { written, fs: options.fileSystem, log });
    } catch (error) {
      throw new Error(`The data file ${options.dataFile} cannot be written: ${errorText(error)}.`, { cause: error });
    }
  }

  const server = createServer(requestListener(createFetchHandler(store, log), log));
  const host = options.host ?? defaultHost;
  const address = await listen(server, options.port ?? 0, host);
  const urlHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return {
    baseUrl: `http://${urlHost}:${address.port}${apiBasePath}`,
    port: address.port,
    store,
    flush: async () => persistence?.flush(),
    close: async () => {
      const closed = new Promise<void>((resolve, reject) =>
        server.close((error) => (error ? reject(error) : resolve())),
      );
      server.closeAllConnections();
      await closed;
      await persistence?.flush();
    },
  };
}
