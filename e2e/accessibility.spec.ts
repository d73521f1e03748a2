/**
 * Every screen and state, on a phone (390 px) and a desktop (1280 px), light, and on the desktop dark too: no
 * sideways scroll and no axe violations (WCAG 2.0–2.2 A and AA). One test per combination walks every screen in a single
 * page session; the checks are soft, so one run lists every screen that fails, not only the first. Each
 * starts from the demo seed (./fixtures), whose named records (mocks/seed/fixtures.ts) fill every table.
 */
import { writeFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { demoCustomers, demoCustomerUsers, demoGroups } from '@mocks/seed/fixtures';
import type { Page } from '@playwright/test';
import { paths } from '@/config/paths';
import { expect, test } from './fixtures';

const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const { jdoe } = demoCustomerUsers;
/** jdoe has direct groups, an extra customer and customer access: every table on their screens has rows. */
const customerUser = jdoe;
/** A customer with group permissions in both contexts. */
const customer = demoCustomers[jdoe.customerId as keyof typeof demoCustomers];
/** A valid group with members among both customer users and customers. */
const group = demoGroups.support;

const viewports = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'desktop', width: 1280, height: 800 },
] as const;
const colorSchemes = ['light', 'dark'] as const;
type ColorScheme = (typeof colorSchemes)[number];
/** The WCAG 2.2 AA rules whose outcome depends on colours. */
const colourRules = ['color-contrast', 'link-in-text-block'];

/** The elements (outermost ones) and texts that stick out past the right edge of the viewport (at most 6). */
function overflowingElements(): { scrollWidth: number; clientWidth: number; offenders: string[] } {
  const root = document.documentElement;
  const clientWidth = root.clientWidth;
  const label = (element: Element) => {
    const id = element.id ? `#${element.id}` : '';
    const classes = [...element.classList].map((name) => `.${name}`).join('');
    const text = (element.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
    const box = element.getBoundingClientRect();
    return `<${element.tagName.toLowerCase()}${id}${classes}> left ${Math.round(box.left)} right ${Math.round(box.right)} width ${Math.round(box.width)}${text ? ` “${text}”` : ''}`;
  };
  /** Whether an ancestor clips or scrolls horizontally, so the element cannot widen the page. */
  const contained = (element: Element | Node) => {
    for (let parent = element.parentElement; parent && parent !== document.body; parent = parent.parentElement) {
      const overflowX = getComputedStyle(parent).overflowX;
      if (overflowX !== 'visible') return true;
    }
    return false;
  };
  const sticksOut = (element: Element) => element.getBoundingClientRect().right > clientWidth + 0.5;
  const outside = new Set([...document.body.querySelectorAll('*')].filter((e) => sticksOut(e) && !contained(e)));
  const boxes = [...outside]
    .filter((element) => !(element.parentElement && outside.has(element.parentElement)))
    .map(label);
  // Text that runs out of its box (a long word in a narrow cell) widens the page without any box doing so.
  const texts: string[] = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent || !node.textContent?.trim() || outside.has(parent) || contained(node)) continue;
    const range = document.createRange();
    range.selectNodeContents(node);
    if (range.getBoundingClientRect().right > clientWidth + 0.5) {
      texts.push(`text overflowing ${label(parent)}, text right ${Math.round(range.getBoundingClientRect().right)}`);
    }
  }
  const offenders = [...boxes, ...texts].slice(0, 6);
  return { scrollWidth: root.scrollWidth, clientWidth, offenders };
}

/** What one screen failed, for the findings file beside the test's output. */
interface Finding {
  screen: string;
  overflow?: { scrollWidth: number; clientWidth: number; offenders: string[] };
  violations?: { id: string; impact: string; help: string; targets: string[] }[];
  notOpened?: string;
}

/** One screen's checks, soft so the walk goes on: the page fits the viewport's width, and axe finds nothing. */
async function checkScreen(page: Page, screen: string, findings: Finding[], colorScheme: ColorScheme) {
  const { scrollWidth, clientWidth, offenders } = await page.evaluate(overflowingElements);
  expect
    .soft(
      scrollWidth,
      `${screen}: the page scrolls sideways, scrollWidth ${scrollWidth} > clientWidth ${clientWidth}` +
        (offenders.length ? `; sticking out:\n  ${offenders.join('\n  ')}` : ''),
    )
    .toBeLessThanOrEqual(clientWidth);

  // Only colours differ between the themes, so the dark walk runs axe's colour rules alone.
  const axe = new AxeBuilder({ page });
  const { violations } = await (colorScheme === 'dark' ? axe.withRules(colourRules) : axe.withTags(wcagTags)).analyze();
  const details = violations.map((violation) =>
    [
      `[${violation.impact ?? 'unknown'}] ${violation.id}: ${violation.help} (${violation.helpUrl})`,
      ...violation.nodes.slice(0, 8).map((node) => {
        const summary = (node.failureSummary ?? '').replace(/\s+/g, ' ').trim();
        return `    ${node.target.join(' ')} — ${summary}`;
      }),
      ...(violation.nodes.length > 8 ? [`    … and ${violation.nodes.length - 8} more`] : []),
    ].join('\n'),
  );
  expect
    .soft(
      violations.map((violation) => violation.id),
      `${screen}: ${violations.length} axe violation(s)\n${details.join('\n')}`,
    )
    .toEqual([]);

  if (scrollWidth > clientWidth || violations.length > 0) {
    findings.push({
      screen,
      ...(scrollWidth > clientWidth ? { overflow: { scrollWidth, clientWidth, offenders } } : {}),
      ...(violations.length > 0
        ? {
            violations: violations.map((violation) => ({
              id: violation.id,
              impact: violation.impact ?? 'unknown',
              help: violation.help,
              targets: violation.nodes.map((node) => node.target.join(' ')),
            })),
          }
        : {}),
    });
  }
}

/**
 * Opens a screen (`open` navigates and waits for its heading and content), then checks it. A screen that
 * does not open is a soft failure too, so the walk goes on to the next one.
 */
async function screen(
  page: Page,
  findings: Finding[],
  colorScheme: ColorScheme,
  name: string,
  open: () => Promise<void>,
) {
  await test.step(name, async () => {
    try {
      await open();
    } catch (error) {
      const message = error instanceof Error ? error.message.split('\n').slice(0, 6).join('\n') : String(error);
      findings.push({ screen: name, notOpened: message });
      expect.soft(message, `${name}: the screen did not open`).toBe('');
      return;
    }
    await checkScreen(page, name, findings, colorScheme);
  });
}

/**
 * Opens a screen the way the console's own links do (history, no reload): the dev server serves the app
 * unbundled, so a reload per screen would cost most of this test's time.
 */
async function openInApp(page: Page, href: string) {
  await page.evaluate((url) => {
    history.pushState(null, '', url);
    dispatchEvent(new PopStateEvent('popstate'));
  }, href);
}

const listHeading = (page: Page) => page.getByRole('heading', { name: /^List \(\d+ total\)$/ });
const h1 = (page: Page, name: string | RegExp) => page.getByRole('heading', { level: 1, name });

/**
 * Widths change the layout, themes only the colours: light at both widths, and dark (axe's colour rules
 * alone) at the desktop width, where every screen's colours are on view as at the phone's.
 */
const walks = viewports.flatMap((viewport) =>
  colorSchemes
    .filter((colorScheme) => colorScheme === 'light' || viewport.name === 'desktop')
    .map((colorScheme) => ({ viewport, colorScheme })),
);

for (const { viewport, colorScheme } of walks) {
  test.describe(`${viewport.name} ${viewport.width}×${viewport.height}, ${colorScheme}`, () => {
    test.use({ viewport: { width: viewport.width, height: viewport.height }, colorScheme });

    test('every screen fits the width and has no axe violations', async ({ page }, testInfo) => {
      // About twenty screens, each loaded afresh from the dev server and scanned by axe.
      test.setTimeout(300_000);
      page.on('dialog', (dialog) => dialog.accept());
      const findings: Finding[] = [];
      const visit = (name: string, open: () => Promise<void>) => screen(page, findings, colorScheme, name, open);

      // The customer user list: default (all validities), a search with several matches, one with none,
      // and the list's "Show" validity filter: one validity, then all validities chosen again.
      await visit('customer user list', async () => {
        await page.goto(paths.customerUsers.list.href());
        await expect(h1(page, 'Customer User Management')).toBeVisible();
        await expect(listHeading(page)).toBeVisible();
      });
      await visit(`customer user list, search "${jdoe.lastName}" (several)`, async () => {
        await openInApp(page, `${paths.customerUsers.list.href()}?search=${encodeURIComponent(jdoe.lastName)}`);
        await expect(listHeading(page)).toBeVisible();
        expect(await page.getByRole('table').getByRole('row').count()).toBeGreaterThan(2);
      });
      await visit('customer user list, search with no match', async () => {
        await openInApp(page, `${paths.customerUsers.list.href()}?search=zzz-nobody`);
        await expect(page.getByText('No data found.')).toBeVisible();
      });
      await visit('customer user list, "invalid only" validity filter', async () => {
        await openInApp(page, paths.customerUsers.list.href());
        // The previous list stays on view until the new one is there: wait for the screen of this URL.
        await expect(page.getByRole('searchbox', { name: 'Search' })).toHaveValue('');
        await expect(listHeading(page)).toBeVisible();
        await page.getByRole('combobox', { name: 'Show' }).selectOption('invalid');
        await expect(page).toHaveURL(/validity=invalid/);
        await expect(listHeading(page)).toBeVisible();
      });
      await visit('customer user list, "all validities" chosen again', async () => {
        await page.getByRole('combobox', { name: 'Show' }).selectOption('');
        await expect(page).not.toHaveURL(/validity=/);
        await expect(listHeading(page)).toBeVisible();
      });

      // Bulk work: rows selected with the validity bar, its confirmation dialog, and an import's preview.
      await visit('customer user list, rows selected with the validity bar', async () => {
        await openInApp(page, `${paths.customerUsers.list.href()}?search=${encodeURIComponent(jdoe.lastName)}`);
        await expect(page.getByRole('searchbox', { name: 'Search' })).toHaveValue(jdoe.lastName);
        await page.getByRole('checkbox', { name: 'Select all shown' }).check();
        await expect(page.getByRole('region', { name: 'Selected customer users' })).toBeVisible();
      });
      await visit('validity for many at once, the confirmation dialog', async () => {
        await page
          .getByRole('region', { name: 'Selected customer users' })
          .getByRole('button', { name: 'Apply' })
          .click();
        await expect(page.getByRole('dialog')).toBeVisible();
      });
      await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();
      await visit('import customer users, preview with a bad row', async () => {
        await openInApp(page, paths.customerUsers.import.href());
        await expect(h1(page, 'Import Customer Users')).toBeVisible();
        const csv = `Username,Firstname,Lastname,Email,Customer\r\nnew.person,New,Person,new.person@example.com,${customer.customerId}\r\nbad,,Row,not-an-email,${customer.customerId}\r\n`;
        await page
          .getByLabel('CSV file')
          .setInputFiles({ name: 'people.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
        await expect(page.getByRole('table', { name: 'Preview' })).toBeVisible();
      });

      // Add Customer User: empty, then after a failed submit with the error summary.
      await visit('add customer user', async () => {
        await openInApp(page, paths.customerUsers.add.href());
        await expect(h1(page, 'Add Customer User')).toBeVisible();
        await expect(page.getByRole('textbox', { name: 'Firstname', exact: true })).toBeVisible();
      });
      await visit('add customer user, failed submit with the error summary', async () => {
        await page.getByRole('button', { name: 'Save' }).click();
        await expect(page.getByRole('alert')).toBeFocused();
      });

      // A customer user's tabs: Data (with the effective permissions), Groups (the matrix), Customers.
      const tabs = page.getByRole('navigation', { name: 'Customer user' });
      await visit('edit customer user, Data tab with the effective permissions', async () => {
        await openInApp(page, paths.customerUsers.edit.href({ customerUserId: customerUser.id }));
        await expect(h1(page, `Edit Customer User: ${customerUser.login}`)).toBeVisible();
        await expect(page.getByRole('table', { name: 'Group Permissions' })).toBeVisible();
        await expect(page.getByRole('table', { name: 'Customer Access' })).toBeVisible();
      });
      await visit('edit customer user, Groups tab (matrix)', async () => {
        await tabs.getByRole('link', { name: 'Groups' }).click();
        await expect(h1(page, `Groups of Customer User: ${customerUser.login}`)).toBeVisible();
        await expect(page.getByRole('table', { name: 'Group permissions of this customer user' })).toBeVisible();
      });
      await visit('edit customer user, Customers tab', async () => {
        await tabs.getByRole('link', { name: 'Customers' }).click();
        await expect(h1(page, `Customers of Customer User: ${customerUser.login}`)).toBeVisible();
        await expect(page.getByRole('group', { name: 'Extra customers' })).toBeVisible();
      });
      await visit('edit customer user, History tab', async () => {
        await tabs.getByRole('link', { name: 'History' }).click();
        await expect(h1(page, `History of Customer User: ${customerUser.login}`)).toBeVisible();
        // The seed records no history: the empty state, or the table once something was written.
        await expect(
          page.getByRole('table', { name: 'History' }).or(page.getByText('No changes recorded yet.')),
        ).toBeVisible();
      });

      // Customers: the list, Add Customer, a customer's edit screen and its groups.
      await visit('customer list', async () => {
        await openInApp(page, paths.customers.list.href());
        await expect(h1(page, 'Customer Management')).toBeVisible();
        await expect(listHeading(page)).toBeVisible();
      });
      await visit('add customer', async () => {
        await openInApp(page, paths.customers.add.href());
        await expect(h1(page, 'Add Customer')).toBeVisible();
        await expect(page.getByRole('textbox', { name: 'Customer ID' })).toBeVisible();
      });
      await visit('edit customer', async () => {
        await openInApp(page, paths.customers.edit.href({ customerId: customer.customerId }));
        await expect(h1(page, `Edit Customer: ${customer.customerId}`)).toBeVisible();
        await expect(page.getByRole('textbox', { name: 'Customer name' })).toHaveValue(customer.name);
      });
      await visit("customer's groups (matrix)", async () => {
        await openInApp(page, paths.customers.groups.href({ customerId: customer.customerId }));
        await expect(h1(page, `Groups of Customer: ${customer.customerId}`)).toBeVisible();
        await expect(page.getByRole('table', { name: 'Group permissions of this customer' })).toBeVisible();
      });

      // Groups: the list, a group's customer users and its customers.
      await visit('group list', async () => {
        await openInApp(page, paths.groups.list.href());
        await expect(h1(page, 'Groups')).toBeVisible();
        await expect(page.getByRole('table', { name: 'Groups' })).toBeVisible();
      });
      await visit("group's customer users", async () => {
        await openInApp(page, paths.groups.customerUsers.href({ groupId: group.id }));
        await expect(h1(page, `Customer users of group ${group.name}`)).toBeVisible();
        await expect(page.getByRole('table', { name: 'Permissions of customer users on this group' })).toBeVisible();
      });
      await visit("group's customers", async () => {
        await openInApp(page, paths.groups.customers.href({ groupId: group.id }));
        await expect(h1(page, `Customers of group ${group.name}`)).toBeVisible();
        await expect(page.getByRole('table', { name: 'Permissions of customers on this group' })).toBeVisible();
      });

      await visit('settings', async () => {
        await openInApp(page, paths.settings.href());
        await expect(h1(page, 'Settings')).toBeVisible();
        await expect(page.getByRole('checkbox', { name: 'Customer group support' })).toBeVisible();
      });
      await visit('page not found', async () => {
        await openInApp(page, '/no-such-page');
        await expect(h1(page, 'Page not found')).toBeVisible();
      });

      // On a phone the header's navigation folds into a "Menu" button: open it and check again. The
      // button is new; until it exists the step is skipped and says so in the test's annotations.
      if (viewport.width < 600) {
        await openInApp(page, paths.customerUsers.list.href());
        await expect(listHeading(page)).toBeVisible();
        const menu = page.getByRole('button', { name: 'Menu' });
        if ((await menu.count()) === 0) {
          testInfo.annotations.push({
            type: 'skipped step',
            description: 'No "Menu" button in the header: the opened header menu was not checked.',
          });
        } else {
          await visit('header menu opened', async () => {
            await menu.click();
            await expect(menu).toHaveAttribute('aria-expanded', 'true');
            await expect(
              page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }),
            ).toBeVisible();
            await expect(page.getByRole('combobox', { name: 'Theme' })).toBeVisible();
          });
        }
      }

      // Every failure of this combination in one file, for triage across combinations.
      writeFileSync(testInfo.outputPath('findings.json'), `${JSON.stringify(findings, null, 2)}\n`);
    });
  });
}
