/**
 * The production build as a deployer runs it (the `production` project in playwright.config.ts): under the
 * sub-path /admin/customer-users/, with a runtime config.json whose API base URL is not the build's `/api`,
 * served with the strict Content-Security-Policy. Any violation of it fails the test.
 */
import { demoCustomerUsers } from '@mocks/seed/fixtures';
import { expect, type Page, test } from '@playwright/test';
import { paths } from '@/config/paths';
import { production } from '../playwright.config';

const { ohaddad } = demoCustomerUsers;

/** A screen's URL under the sub-path (the project's baseURL): its path made relative. */
const underSubPath = (path: string) => `.${path}`;

/** Every report of a Content-Security-Policy violation, from the console and from the page's own event. */
function watchPolicyViolations(page: Page): string[] {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (message.text().includes('Content Security Policy')) violations.push(message.text());
  });
  page.on('pageerror', (error) => violations.push(`page error: ${error.message}`));
  // Through the browser's own channel (not an inline script, which the policy would refuse).
  void page.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (event) =>
      console.error(`Content Security Policy violation: ${event.violatedDirective} ${event.blockedURI}`),
    ),
  );
  return violations;
}

/** Every request to the API's paths at the host's root, where the build-time default would send them. */
function watchBuildTimeApi(page: Page): string[] {
  const requests: string[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname.startsWith('/api/')) requests.push(request.url());
  });
  return requests;
}

test('deep link, reload, search, save and German under a sub-path, with a runtime config.json and the strict CSP', async ({
  page,
  baseURL,
}) => {
  const violations = watchPolicyViolations(page);
  const buildTimeApiRequests = watchBuildTimeApi(page);
  const apiBaseUrl = new URL(production.apiBaseUrl, baseURL).href;
  const editUrl = new URL(underSubPath(paths.customerUsers.edit.href({ customerUserId: ohaddad.id })), baseURL).href;
  const heading = page.getByRole('heading', { level: 1, name: `Edit Customer User: ${ohaddad.login}` });

  // A deep link into the sub-path: the server answers index.html, which finds its files and the screen.
  const answeredFromRuntimeApi = page.waitForResponse((response) => response.url().startsWith(`${apiBaseUrl}/`));
  const indexHtml = await page.goto(editUrl);
  expect(indexHtml?.headers()['content-security-policy']).toContain("default-src 'self'");
  expect(indexHtml?.headers()['content-security-policy']).not.toContain('unsafe');
  await expect(heading).toBeVisible();
  expect((await answeredFromRuntimeApi).ok()).toBe(true);

  await page.reload();
  await expect(heading).toBeVisible();
  await expect(page).toHaveURL(editUrl);

  // The skip link stays on this screen, although index.html's <base href> is the app's first screen.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to main content' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(`${editUrl}#main-content`);
  await expect(heading).toBeVisible();

  const city = page.getByRole('textbox', { name: 'City', exact: true });
  await city.fill('Arlington');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Customer user updated!' })).toBeVisible();

  const search = page.getByRole('searchbox', { name: 'Search' });
  await search.fill('haddad');
  await search.press('Enter');
  await expect(page.getByRole('heading', { name: 'List (1 total)' })).toBeVisible();
  await expect(page).toHaveURL(new URL(underSubPath(`${paths.customerUsers.list.href()}?search=haddad`), baseURL).href);
  await page.getByRole('link', { name: ohaddad.login, exact: true }).click();
  await expect(heading).toBeVisible();
  await expect(page).toHaveURL(editUrl);
  await expect(city).toHaveValue('Arlington');

  await page.getByRole('button', { name: 'Menu' }).click();
  await page.getByRole('combobox', { name: 'Language' }).selectOption('Deutsch');
  const germanHeading = page.getByRole('heading', { level: 1, name: `Kundenbenutzer bearbeiten: ${ohaddad.login}` });
  await expect(germanHeading).toBeVisible();
  await page.reload();
  await expect(germanHeading).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Stadt', exact: true })).toHaveValue('Arlington');

  expect(buildTimeApiRequests).toEqual([]);
  expect(violations).toEqual([]);

  // The watch itself: under this policy an inline style is refused, and reported.
  await page.evaluate(() => {
    const style = document.createElement('style');
    style.textContent = 'body { outline: 1px solid red; }';
    document.head.append(style);
  });
  await expect.poll(() => violations.length).toBeGreaterThan(0);
});
