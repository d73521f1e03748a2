/**
 * Playwright fixtures for testing the console against the dev server's mock API: every test starts from
 * a known state (the demo seed, no faults, no latency, an administrator, the default settings), and sets
 * up what else it needs through the demo API instead of by clicking.
 *
 * ```ts
 * import { expect, test } from './fixtures'; // from QA's own suite: the path to this file
 *
 * test('a customer user of a new customer', async ({ page, demo }) => {
 *   const customerId = await demo.addCustomer({ name: 'Acme Corporation' });
 *   const user = await demo.addCustomerUser({ customerId, city: 'Arlington' });
 *   await demo.open(`/customer-users/${user.id}`);
 *   await expect(page.getByLabel('City', { exact: true })).toHaveValue('Arlington');
 * });
 * ```
 *
 * The mock API runs inside the page (a service worker and MSW, per browser context, its data kept in the
 * browser), so it is reachable only from a page that has the app loaded: `page.request` and Node's `fetch`
 * never reach it. The `demo` fixture therefore calls the API with `fetch` inside `page`, opening the app first
 * when the page has none. The console reads what it shows when a screen loads: set the state first, then
 * open the screen (`demo.open` or `page.goto`); a screen already open shows the change after a reload.
 *
 * Every Playwright test has a browser context of its own, whose storage starts empty: the mock API then starts
 * from the seed, with no faults and no latency, so no reset is needed. Options (`test.use({...})`):
 * `resetDemo: true` puts the seed back through the demo API before each test, for a suite that shares one
 * context between tests; `demoApiBaseUrl` names the API's base URL when the app's `config.json` does not
 * (the default: what `config.json` beside index.html says, else `/api`).
 */
import { test as base, expect, type Page } from '@playwright/test';
// Relative, not `@/…`: a suite elsewhere that imports this file needs no path aliases of its own.
import { apiPaths, buildApiPath } from '../src/api/api-paths';
import type { Customer, CustomerWrite } from '../src/api/customer-schema';
import type { CustomerUser } from '../src/api/customer-user-schema';
import type { CustomerUserWrite } from '../src/api/customer-user-write-schema';
import type { DemoFaultMode, DemoReset, DemoState, DemoStateChange } from '../src/api/demo-schema';
import type { Session } from '../src/api/session-schema';
import type { Settings } from '../src/api/settings-schema';

export type { DemoFaultMode, DemoState };
export { expect };

/** The screen the app is opened on before a test's own first step: it asks the API only what every screen asks. */
const startScreen = 'e2e-start';
/** How long one call to the API may take before the fixture gives up (a `hang` fault never answers). */
const callTimeoutMs = 20_000;

const consonants = 'bcdfghjklmnpqrstvwxz';

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH';

/** A customer user the fixture added: the record as the API answered it, and the password it logs in with. */
export type AddedCustomerUser = CustomerUser & { password: string };

/** The data sets `seed` makes: N generated customer users, and N generated groups besides the demo ones. */
export interface SeedCounts {
  /** Generated customer users instead of the hand-made seed (up to 100000); without it, the seed's own. */
  customerUsers?: number;
  /** Generated groups besides the demo ones (up to 5000). */
  groups?: number;
}

/** An error answer's problem, as the contract says it: `{ code, message, params, errors? }`. */
function problemText(body: unknown): string | undefined {
  if (typeof body !== 'object' || body === null || !('message' in body)) return undefined;
  const { code, message, errors } = body as { code?: unknown; message?: unknown; errors?: unknown };
  const fields =
    typeof errors === 'object' && errors !== null
      ? Object.entries(errors).map(([field, problem]) => `${field}: ${(problem as { message?: unknown }).message}`)
      : [];
  return [`${String(message)}${typeof code === 'string' ? ` (${code})` : ''}`, ...fields].join('; ');
}

/**
 * The demo API and the console's own API, called from inside the page: the `demo` fixture. Each method
 * opens the app when the page has none, waits until the app (and so the mock API) has started, checks the
 * answer's status, and throws an error naming the request and the answer's problem when it is not a success.
 */
export class Demo {
  private apiBase: string | undefined;
  /**
   * Six random consonants: with the call's number in front, no unique name contains another (`2xkq…` is not in
   * `12xkq…`), and none contains a word a test searches for (all have vowels).
   */
  private readonly tag = Array.from(
    { length: 6 },
    () => consonants[Math.floor(Math.random() * consonants.length)],
  ).join('');
  private added = 0;

  constructor(
    /** The page whose mock API the calls reach; other tabs of its context share its data. */
    readonly page: Page,
    /** The API's base URL, absolute or relative to the app; undefined: the one the app's `config.json` names. */
    private readonly configuredApiBase?: string,
  ) {}

  // -- Screens --

  /**
   * Opens a screen (a full page load, so it shows the state as it is now) and waits until the app has
   * started. `path` is resolved like `page.goto`'s: `/customer-users` from the host, `customer-users` from
   * the app's base URL (use that under a sub-path).
   */
  async open(path: string): Promise<void> {
    await this.page.goto(path);
    await this.appStarted();
  }

  // -- Data --

  /**
   * Puts the demo seed back and turns faults and latency off: the state every test starts from (the auto
   * fixture calls it). The seed also brings back the default settings and an administrator's session.
   */
  async reset(): Promise<DemoState> {
    const state = await this.resetTo({});
    if (state.faults === 'off' && state.latencyMs === 0) return state;
    return this.patchState({ faults: 'off', latencyMs: 0 });
  }

  /**
   * Reseeds with generated data: `{ customerUsers: 5000 }` makes 5000 generated customer users instead of the
   * hand-made seed; `{ groups: 200 }` adds 200 generated groups (`team-0001`…) to the demo seed or to them.
   */
  async seed({ customerUsers, groups }: SeedCounts): Promise<DemoState> {
    return this.resetTo({
      dataSet: customerUsers === undefined ? { kind: 'demo', groups } : { kind: 'generated', customerUsers, groups },
    });
  }

  /** Starts like a fresh installation: no customers, no customer users (the system groups only). */
  async empty(): Promise<DemoState> {
    return this.resetTo({ dataSet: { kind: 'empty' } });
  }

  /** The demo's switches as they are now: the data set, the latency and the fault mode. */
  async state(): Promise<DemoState> {
    return this.request<DemoState>('GET', apiPaths.demoState);
  }

  // -- Switches --

  /**
   * Makes the mock API fail from now on, until set to `off`: `reads` fails every GET, `writes` every POST and
   * PUT (nothing is stored), `lost-answers` stores writes but loses the answers, `hang` never answers, `flaky`
   * fails one request in five. The switch is the tab's (as `?demo-errors=` is): a reload keeps it, another tab
   * of the context has its own. The demo API itself is never faulted, so this fixture can always turn it off,
   * but its other calls (`addCustomerUser`…) meet the fault like the console's requests: add records first.
   */
  async setFaults(mode: DemoFaultMode): Promise<DemoState> {
    return this.patchState({ faults: mode });
  }

  /**
   * Delays every answer of the API (not the demo API's own) by `ms` milliseconds (up to 30000; 0: none), in
   * this tab, like `?demo-latency=`: a reload keeps it, another tab has its own.
   */
  async setLatency(ms: number): Promise<DemoState> {
    return this.patchState({ latencyMs: ms });
  }

  /**
   * Acts as an administrator or not (`false`: what a helpdesk agent without admin rights sees: no group
   * assignment, no settings changes). Change settings first: a non-administrator may not.
   */
  async actAsAdministrator(isAdministrator: boolean): Promise<Session> {
    return this.request<Session>('POST', apiPaths.demoSession, { isAdministrator });
  }

  /** Turns customer group support on or off (Settings), keeping the other settings as they are. */
  async setCustomerGroupSupport(on: boolean): Promise<Settings> {
    return this.updateSettings({ customerGroupSupport: on });
  }

  /** The settings as they are now. */
  async settings(): Promise<Settings> {
    return this.request<Settings>('GET', apiPaths.settings);
  }

  /**
   * Changes some settings, keeping the others: reads the current ones and saves them with `change` applied
   * (as the Settings screen does). Only an administrator may: call it before `actAsAdministrator(false)`.
   */
  async updateSettings(change: Partial<Settings>): Promise<Settings> {
    const current = await this.settings();
    await this.request('PUT', apiPaths.settings, { ...current, ...change });
    return this.settings();
  }

  // -- Records --

  /**
   * Adds a customer and answers its Customer ID. Every field may be given; the rest get defaults: a Customer
   * ID and name no other call of this fixture gives.
   */
  async addCustomer(fields: Partial<CustomerWrite> = {}): Promise<string> {
    const unique = this.unique();
    const customer = await this.request<Customer>('POST', apiPaths.customers, {
      customerId: `qa-customer-${unique}`,
      name: `QA Customer ${unique}`,
      ...fields,
    });
    return customer.customerId;
  }

  /**
   * Adds a customer user and answers it as stored (`id`, `login`, every field) with its `password`: the one
   * given, else the one the server generated. Every field may be given; the rest get defaults no other call of
   * this fixture gives (`login` `qa-<unique>`, email `qa-<unique>@example.com`, first name `Test`, last name
   * `User <unique>`) and, without a `customerId`, the first valid customer (a new one where there is none).
   */
  async addCustomerUser(fields: Partial<CustomerUserWrite> = {}): Promise<AddedCustomerUser> {
    const unique = this.unique();
    const login = fields.login ?? `qa-${unique}`;
    const customerId = fields.customerId ?? (await this.anyValidCustomerId());
    const { customerUser, generatedPassword } = await this.request<{
      customerUser: CustomerUser;
      generatedPassword?: string;
    }>('POST', apiPaths.customerUsers, {
      firstName: 'Test',
      lastName: `User ${unique}`,
      email: `${login}@example.com`,
      ...fields,
      login,
      customerId,
    });
    return { ...customerUser, password: generatedPassword ?? fields.password ?? '' };
  }

  /** A customer user as stored now (with its current `version`), by id. */
  async customerUser(id: string): Promise<CustomerUser> {
    return this.request<CustomerUser>('GET', buildApiPath(apiPaths.customerUser, { customerUserId: id }));
  }

  // -- Any call --

  /**
   * Calls the API from inside the page and answers the answer's JSON body (undefined when it has none).
   * `path` is relative to the API's base URL: `apiPaths.customers`, or `buildApiPath(apiPaths.customer,
   * { customerId })`. Throws when the answer is not a success, with its status and problem.
   */
  async request<Answer = unknown>(method: Method, path: string, body?: unknown): Promise<Answer> {
    await this.appStarted();
    const url = `${await this.apiBaseUrl()}${path}`;
    const answer = await this.page.evaluate(
      async ({ url, method, body, timeoutMs }) => {
        try {
          const response = await fetch(url, {
            method,
            headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
            body: body === undefined ? undefined : JSON.stringify(body),
            signal: AbortSignal.timeout(timeoutMs),
          });
          return { status: response.status, text: await response.text() };
        } catch (error) {
          return { status: 0, text: String(error) };
        }
      },
      { url, method, body, timeoutMs: callTimeoutMs },
    );
    const request = `${method} ${url}`;
    if (answer.status === 0) {
      throw new Error(
        `${request} got no answer (${answer.text}). Is a fault switch on (hang, lost-answers) or the latency too long?`,
      );
    }
    let json: unknown;
    try {
      json = answer.text === '' ? undefined : JSON.parse(answer.text);
    } catch {
      throw new Error(
        `${request} answered ${answer.status} with no JSON: ${answer.text.slice(0, 200)}. ` +
          'Is the mock API on (VITE_API_MOCKING) and does it serve this path?',
      );
    }
    if (answer.status >= 200 && answer.status < 300) return json as Answer;
    throw new Error(`${request} answered ${answer.status}: ${problemText(json) ?? answer.text.slice(0, 200)}`);
  }

  // -- Inside --

  private async resetTo(reset: DemoReset): Promise<DemoState> {
    return this.request<DemoState>('POST', apiPaths.demoReset, reset);
  }

  private async patchState(change: DemoStateChange): Promise<DemoState> {
    return this.request<DemoState>('PATCH', apiPaths.demoState, change);
  }

  private unique(): string {
    this.added += 1;
    return `${this.added}${this.tag}`;
  }

  private async anyValidCustomerId(): Promise<string> {
    const { items } = await this.request<{ items: Customer[] }>('GET', `${apiPaths.customers}?validity=valid&limit=1`);
    return items[0]?.customerId ?? this.addCustomer();
  }

  /** Waits until the app has rendered (it renders once the mock API has started); opens it on a blank page. */
  private async appStarted(): Promise<void> {
    if (this.page.url() === 'about:blank') await this.page.goto(startScreen);
    await this.page.locator('#root > *').first().waitFor({ state: 'attached' });
  }

  /** The API's base URL as the app resolves it: `config.json`'s `apiBaseUrl` beside index.html, else `/api`. */
  private async apiBaseUrl(): Promise<string> {
    this.apiBase ??= await this.page.evaluate(async (configured) => {
      const fromApp = (url: string) => new URL(url, document.baseURI).href.replace(/\/$/, '');
      if (configured) return fromApp(configured);
      try {
        const response = await fetch(fromApp('config.json'), { cache: 'no-cache' });
        const config: unknown = response.ok ? await response.json() : undefined;
        const named = typeof config === 'object' && config !== null && 'apiBaseUrl' in config && config.apiBaseUrl;
        if (typeof named === 'string' && named !== '') return fromApp(named);
      } catch {
        // No config.json: the build's default.
      }
      return fromApp('/api');
    }, this.configuredApiBase);
    return this.apiBase;
  }
}

export interface DemoOptions {
  /** Whether each test starts from the known state (`Demo.reset()` on the app's start screen); default true. */
  resetDemo: boolean;
  /** The API's base URL when the app's `config.json` does not name it; default: what it names, else `/api`. */
  demoApiBaseUrl: string | undefined;
}

export interface DemoFixtures {
  /** The demo API and the console's API, called from inside `page`. */
  demo: Demo;
  /** Runs for every test: with `resetDemo`, opens the app and resets the demo (one request). */
  knownState: undefined;
}

/** Playwright's `test` with the `demo` fixture; every test starts from the seed (see `resetDemo`). */
export const test = base.extend<DemoOptions & DemoFixtures>({
  // Off by default: a fresh context already starts from the seed, and a reset costs each test a page load.
  resetDemo: [false, { option: true }],
  demoApiBaseUrl: [undefined, { option: true }],
  demo: async ({ page, demoApiBaseUrl }, use) => {
    await use(new Demo(page, demoApiBaseUrl));
  },
  knownState: [
    async ({ demo, resetDemo }, use) => {
      if (resetDemo) await demo.reset();
      await use(undefined);
    },
    { auto: true },
  ],
});
