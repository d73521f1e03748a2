/**
 * For tests: the seed's customer users made the plain way, one record at a time with a Set of taken
 * usernames, as the seed made them before generated users were kept as columns. The compact generator
 * must make the same records from the same random numbers.
 */
import { customerUserId } from '@mocks/store/customer-user-id';
import type { Validity } from '@/api/common-schema';
import type { CustomerUser } from '@/api/customer-user-schema';
import { normalizeForSearch } from '@/lib/search-matching';
import { customerDomains, seedCustomers } from './customers';
import { type CustomerUserFields, handPickedUsers } from './hand-picked-users';
import { createRandom, type Random } from './random';
import { type Region, regions } from './regions';
import { comments, titles } from './titles-and-comments';

const start = Date.UTC(2024, 0, 1);
const end = Date.UTC(2026, 9, 31);

const transliterations: Record<string, string> = { ł: 'l', ø: 'o', ß: 'ss', æ: 'ae', đ: 'd', ı: 'i', œ: 'oe', å: 'a' };

/** ASCII for usernames and email addresses: "Łukasz Wiśniewski" → "lukasz", "wisniewski". */
function asciiFold(text: string): string {
  return normalizeForSearch(text)
    .replace(/[łøßæđıœå]/g, (char) => transliterations[char] ?? '')
    .replace(/[^a-z0-9]/g, '');
}

interface FoldedRegion extends Region {
  foldedFirst: string[];
  foldedLast: string[];
}

let foldedRegions: FoldedRegion[] | undefined;

function regionPools(): FoldedRegion[] {
  foldedRegions ??= regions.map((region) => ({
    ...region,
    foldedFirst: region.firstNames.map(asciiFold),
    foldedLast: region.lastNames.map(asciiFold),
  }));
  return foldedRegions;
}

function randomValidity(random: Random): Validity {
  const roll = random.next();
  return roll < 0.9 ? 'valid' : roll < 0.96 ? 'invalid' : 'invalid-temporarily';
}

/** "maria.garcia", then "maria.garcia2", "maria.garcia3"…, without rescanning the taken ones. */
function uniqueLogin(base: string, taken: Set<string>, nextSuffix: Map<string, number>): string {
  let login = base;
  if (taken.has(login)) {
    let suffix = nextSuffix.get(base) ?? 2;
    while (taken.has(`${base}${suffix}`)) suffix += 1;
    login = `${base}${suffix}`;
    nextSuffix.set(base, suffix + 1);
  }
  taken.add(login);
  return login;
}

export function generateUsers(count: number, random: Random, taken: Set<string>): CustomerUserFields[] {
  const pools = regionPools();
  const validCustomers = seedCustomers.filter((customer) => customer.validity === 'valid');
  const invalidCustomers = seedCustomers.filter((customer) => customer.validity !== 'valid');
  const users: CustomerUserFields[] = [];
  const nextSuffix = new Map<string, number>();
  for (let index = 0; index < count; index += 1) {
    const region = random.pick(pools);
    const firstIndex = random.int(0, region.firstNames.length - 1);
    const lastIndex = random.int(0, region.lastNames.length - 1);
    const customer = random.chance(0.03) ? random.pick(invalidCustomers) : random.pick(validCustomers);
    const first = region.foldedFirst[firstIndex] ?? 'user';
    const last = region.foldedLast[lastIndex] ?? 'user';
    const base = random.chance(0.5) ? `${first.charAt(0)}${last}` : `${first}.${last}`;
    const login = uniqueLogin(base, taken, nextSuffix);
    const place = random.pick(region.cities);
    users.push({
      title: random.chance(0.15) ? random.pick(titles) : '',
      firstName: region.firstNames[firstIndex] ?? 'User',
      lastName: region.lastNames[lastIndex] ?? 'User',
      login,
      email: `${login}@${customerDomains.get(customer.customerId)}`,
      customerId: customer.customerId,
      phone: random.chance(0.7) ? `${region.phonePrefix} ${random.int(100, 999)} ${random.int(1000, 9999)}` : '',
      fax: random.chance(0.08) ? `${region.phonePrefix} ${random.int(100, 999)} ${random.int(1000, 9999)}` : '',
      mobile: random.chance(0.5)
        ? `${region.phonePrefix.split(' ')[0]} ${random.int(150, 179)} ${random.int(1000000, 9999999)}`
        : '',
      street: random.chance(0.85) ? `${random.pick(region.streets)} ${random.int(1, 120)}` : '',
      zip: place.zip,
      city: place.city,
      country: region.country,
      comment: random.chance(0.3) ? random.pick(comments) : '',
      validity: randomValidity(random),
    });
  }
  return users;
}

const secondsPerDay = 86_400;
const days = Math.floor((end - start) / 1000 / secondsPerDay);
const dayPrefixes = Array.from({ length: days + 1 }, (_, day) =>
  new Date(start + day * secondsPerDay * 1000).toISOString().slice(0, 11),
);
const pad = (value: number) => String(value).padStart(2, '0');

/** An ISO time `seconds` after the start; built from cached day strings, as Date is slow for 100000 users. */
function isoAt(seconds: number): string {
  const time = seconds % secondsPerDay;
  const clock = `${pad(Math.floor(time / 3600))}:${pad(Math.floor(time / 60) % 60)}:${pad(time % 60)}`;
  return `${dayPrefixes[Math.floor(seconds / secondsPerDay)]}${clock}.000Z`;
}

function withAudit(users: CustomerUserFields[], random: Random): CustomerUser[] {
  const span = days * secondsPerDay;
  return users.map((fields, index) => {
    const created = Math.floor(random.next() * span);
    const changed = random.chance(0.4) ? created + Math.floor(random.next() * (span - created)) : created;
    // Completed in place: copying 100000 records would double the time.
    const user = fields as CustomerUser;
    user.id = customerUserId(index + 1);
    user.createdAt = isoAt(created);
    user.createdBy = 'root@localhost';
    user.changedAt = isoAt(changed);
    user.changedBy = changed === created ? 'root@localhost' : random.pick(['admin', 'helpdesk.lead', 'root@localhost']);
    user.version = changed === created ? 1 : random.int(2, 6);
    return user;
  });
}

/** The demo seed's customer users (hand-picked first), or `count` generated ones, in the order made. */
export function recordByRecordUsers(kind: 'demo' | 'generated', count = 300): CustomerUser[] {
  const random = createRandom(kind === 'demo' ? 20261125 : 4242);
  const taken = new Set<string>(handPickedUsers.map((user) => user.login));
  const users =
    kind === 'demo'
      ? [
          ...handPickedUsers.map((user) => ({ ...user })),
          ...generateUsers(count - handPickedUsers.length, random, taken),
        ]
      : generateUsers(count, random, taken);
  return withAudit(users, random);
}
