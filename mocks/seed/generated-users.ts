import { customerUserId } from '@mocks/store/customer-user-id';
import type { UniqueField } from '@mocks/store/customer-user-keys';
import type { SeededCustomerUsers } from '@mocks/store/seeded-customer-users';
import { compare } from '@mocks/store/sorting';
import type { Validity } from '@/api/common-schema';
import type { CustomerUser, CustomerUserSortKey } from '@/api/customer-user-schema';
import {
  compileTerm,
  forEachMatchingRecord,
  type JoinedTexts,
  joinTexts,
  normalizeForSearch,
} from '@/lib/search-matching';
import { customerDomains, seedCustomers } from './customers';
import type { CustomerUserFields } from './hand-picked-users';
import type { Random } from './random';
import { type Region, regions } from './regions';
import { comments, titles } from './titles-and-comments';

// Generated customer users are drawn into columns (typed arrays of indexes into the name, place and text
// pools, and numbers), not objects: 100000 of them take a few MB, and a record is made only when asked for.

const start = Date.UTC(2024, 0, 1);
const end = Date.UTC(2026, 9, 31);
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

const transliterations: Record<string, string> = { ł: 'l', ø: 'o', ß: 'ss', æ: 'ae', đ: 'd', ı: 'i', œ: 'oe', å: 'a' };

/** ASCII for usernames and email addresses: "Łukasz Wiśniewski" → "lukasz", "wisniewski". */
function asciiFold(text: string): string {
  return normalizeForSearch(text)
    .replace(/[łøßæđıœå]/g, (char) => transliterations[char] ?? '')
    .replace(/[^a-z0-9]/g, '');
}

/**
 * Every (region, first name, last name) as one number, a "name": its region, the pools' indexes, and the
 * full name as search and sort compare it. Every username is made of a "base" (per name, two: `jdoe`
 * and `john.doe`, base number `name * 2 + form`) and maybe a number: `jdoe2`.
 */
interface Names {
  offsets: number[];
  region: Uint8Array;
  first: Uint8Array;
  last: Uint8Array;
  /** `normalizeForSearch("First Last")` per name; made on the first search or sort by name. */
  fullNames(): readonly string[];
  /** The bases, folded to ASCII letters (and dots): no digit, so a base and a number never make another base. */
  bases: string[];
  /** Per base, the first base with the same text (two first names with one initial make one `jdoe`). */
  sameBase: Uint16Array;
  /** The usernames' groups in username order: `2 * base` (the base alone), `2 * base + 1` (it and a number). */
  groupOrder(): Uint32Array;
}

let names: Names | undefined;

function namePools(): Names {
  if (names) return names;
  const offsets: number[] = [];
  let count = 0;
  for (const region of regions) {
    offsets.push(count);
    count += region.firstNames.length * region.lastNames.length;
  }
  const region = new Uint8Array(count);
  const first_ = new Uint8Array(count);
  const last_ = new Uint8Array(count);
  regions.forEach((pool, index) => {
    for (let f = 0; f < pool.firstNames.length; f += 1) {
      for (let l = 0; l < pool.lastNames.length; l += 1) {
        const name = (offsets[index] as number) + f * pool.lastNames.length + l;
        region[name] = index;
        first_[name] = f;
        last_[name] = l;
      }
    }
  });
  const foldedFirst = regions.map((pool) => pool.firstNames.map(asciiFold));
  const foldedLast = regions.map((pool) => pool.lastNames.map(asciiFold));
  const bases = Array.from({ length: count * 2 }, (_, base) => {
    const name = base >> 1;
    const first = foldedFirst[region[name] as number]?.[first_[name] as number] ?? 'user';
    const last = foldedLast[region[name] as number]?.[last_[name] as number] ?? 'user';
    // Made anew from its character codes: text folded from a two-byte name may keep two bytes per
    // character, and one such base would double the size of the joined emails.
    return String.fromCharCode(
      ...Array.from(base % 2 === 0 ? `${first.charAt(0)}${last}` : `${first}.${last}`, (char) => char.charCodeAt(0)),
    );
  });
  if (bases.some((base) => /\d/.test(base))) throw new Error('A name of the seed folds to a username with a digit.');
  const firstWith = new Map<string, number>();
  const sameBase = Uint16Array.from(bases, (base, index) => {
    if (!firstWith.has(base)) firstWith.set(base, index);
    return firstWith.get(base) as number;
  });
  let fullNames: string[] | undefined;
  let groupOrder: Uint32Array | undefined;
  names = {
    offsets,
    region,
    first: first_,
    last: last_,
    fullNames: () => {
      fullNames ??= Array.from(region, (index, name) => {
        const pool = regions[index] as Region;
        return normalizeForSearch(
          `${pool.firstNames[first_[name] as number]} ${pool.lastNames[last_[name] as number]}`,
        );
      });
      return fullNames;
    },
    bases,
    sameBase,
    groupOrder: () => {
      if (!groupOrder) {
        // A base with a number sorts against other usernames as it would with any number ("1" stands in):
        // bases have no digits, so only the number's first digit meets another username's letter or dot.
        const keys = Array.from({ length: bases.length * 2 }, (_, group) =>
          group % 2 === 0 ? (bases[group >> 1] as string) : `${bases[group >> 1]}1`,
        );
        groupOrder = new Uint32Array(keys.length);
        for (let group = 0; group < keys.length; group += 1) groupOrder[group] = group;
        groupOrder.sort((a, b) => compare(keys[a] as string, keys[b] as string));
      }
      return groupOrder;
    },
  };
  return names;
}

const validCustomers = seedCustomers.filter((customer) => customer.validity === 'valid');
const invalidCustomers = seedCustomers.filter((customer) => customer.validity !== 'valid');
const validities: readonly Validity[] = ['valid', 'invalid', 'invalid-temporarily'];
const changers = ['admin', 'helpdesk.lead', 'root@localhost'] as const;
const root = 'root@localhost';

/** The drawn fields of generated customer users, in the order drawn; 0 in an optional column is "empty". */
interface Drawn {
  count: number;
  /** The username: its base, and its number (0: none). */
  base: Uint16Array;
  suffix: Uint32Array;
  /** Index into seedCustomers. */
  customer: Uint8Array;
  place: Uint8Array;
  title: Uint8Array;
  phone: Uint16Array;
  phoneLine: Uint16Array;
  fax: Uint16Array;
  faxLine: Uint16Array;
  mobile: Uint8Array;
  mobileLine: Uint32Array;
  street: Uint8Array;
  houseNumber: Uint8Array;
  comment: Uint8Array;
  validity: Uint8Array;
}

/** The drawn audit of customer users: created and changed as seconds since the start. */
interface DrawnAudit {
  created: Uint32Array;
  changed: Uint32Array;
  /** Index into `changers` + 1; 0 for root@localhost on an unchanged record. */
  changedBy: Uint8Array;
  version: Uint8Array;
}

/**
 * Unique usernames by base: "maria.garcia", then "maria.garcia2", "maria.garcia3"…, skipping the `taken`
 * ones; the number of each, without a string per user. (Bases have no digits, so a username with a
 * number can only clash with its own base's others, which are all below the next number, or a taken one.)
 */
function usernameNumbers(taken: ReadonlySet<string>) {
  const { bases, sameBase } = namePools();
  /** Per base: 0 while unused, else the next number to try. */
  const next = new Uint32Array(bases.length);
  /** Per base: 0 not yet known, 1 no taken username is it with a number, 2 one is. */
  const clashing = new Uint8Array(bases.length);
  const clashes = (baseIndex: number, base: string) => {
    if (clashing[baseIndex] === 0) {
      const clash = [...taken].some((login) => login.startsWith(base) && /^\d+$/.test(login.slice(base.length)));
      clashing[baseIndex] = clash ? 2 : 1;
    }
    return clashing[baseIndex] === 2;
  };
  return (drawnBase: number): number => {
    const baseIndex = sameBase[drawnBase] as number;
    const base = bases[baseIndex] as string;
    let suffix = next[baseIndex] as number;
    if (suffix === 0) {
      if (!taken.has(base)) {
        next[baseIndex] = 2;
        return 0;
      }
      suffix = 2;
    }
    if (clashes(baseIndex, base)) while (taken.has(`${base}${suffix}`)) suffix += 1;
    next[baseIndex] = suffix + 1;
    return suffix;
  };
}

/**
 * Draws `count` customer users: the same random numbers in the same order as a record-by-record
 * generator would (the seed's records depend on it), usernames made unique against `taken`.
 */
export function drawUsers(count: number, random: Random, taken: ReadonlySet<string>): Drawn {
  const pools = namePools();
  const numberOf = usernameNumbers(taken);
  const customerIndex = new Map(seedCustomers.map((customer, index) => [customer, index]));
  const drawn: Drawn = {
    count,
    base: new Uint16Array(count),
    suffix: new Uint32Array(count),
    customer: new Uint8Array(count),
    place: new Uint8Array(count),
    title: new Uint8Array(count),
    phone: new Uint16Array(count),
    phoneLine: new Uint16Array(count),
    fax: new Uint16Array(count),
    faxLine: new Uint16Array(count),
    mobile: new Uint8Array(count),
    mobileLine: new Uint32Array(count),
    street: new Uint8Array(count),
    houseNumber: new Uint8Array(count),
    comment: new Uint8Array(count),
    validity: new Uint8Array(count),
  };
  for (let index = 0; index < count; index += 1) {
    const regionIndex = Math.floor(random.next() * regions.length);
    const region = regions[regionIndex] as Region;
    const firstIndex = random.int(0, region.firstNames.length - 1);
    const lastIndex = random.int(0, region.lastNames.length - 1);
    const customer = random.chance(0.03) ? random.pick(invalidCustomers) : random.pick(validCustomers);
    const name = (pools.offsets[regionIndex] as number) + firstIndex * region.lastNames.length + lastIndex;
    const base = name * 2 + (random.chance(0.5) ? 0 : 1);
    drawn.base[index] = base;
    drawn.suffix[index] = numberOf(base);
    drawn.customer[index] = customerIndex.get(customer) ?? 0;
    drawn.place[index] = Math.floor(random.next() * region.cities.length);
    if (random.chance(0.15)) drawn.title[index] = 1 + Math.floor(random.next() * titles.length);
    if (random.chance(0.7)) {
      drawn.phone[index] = random.int(100, 999);
      drawn.phoneLine[index] = random.int(1000, 9999);
    }
    if (random.chance(0.08)) {
      drawn.fax[index] = random.int(100, 999);
      drawn.faxLine[index] = random.int(1000, 9999);
    }
    if (random.chance(0.5)) {
      drawn.mobile[index] = random.int(150, 179);
      drawn.mobileLine[index] = random.int(1000000, 9999999);
    }
    if (random.chance(0.85)) {
      drawn.street[index] = 1 + Math.floor(random.next() * region.streets.length);
      drawn.houseNumber[index] = random.int(1, 120);
    }
    if (random.chance(0.3)) drawn.comment[index] = 1 + Math.floor(random.next() * comments.length);
    const roll = random.next();
    drawn.validity[index] = roll < 0.9 ? 0 : roll < 0.96 ? 1 : 2;
  }
  return drawn;
}

/** Draws the audit of `count` records, in order: created, maybe changed since, by whom, at which version. */
export function drawAudit(count: number, random: Random): DrawnAudit {
  const span = days * secondsPerDay;
  const audit: DrawnAudit = {
    created: new Uint32Array(count),
    changed: new Uint32Array(count),
    changedBy: new Uint8Array(count),
    version: new Uint8Array(count),
  };
  for (let index = 0; index < count; index += 1) {
    const created = Math.floor(random.next() * span);
    const changed = random.chance(0.4) ? created + Math.floor(random.next() * (span - created)) : created;
    audit.created[index] = created;
    audit.changed[index] = changed;
    if (changed === created) {
      audit.version[index] = 1;
    } else {
      audit.changedBy[index] = 1 + Math.floor(random.next() * changers.length);
      audit.version[index] = random.int(2, 6);
    }
  }
  return audit;
}

/** The audit fields of a drawn audit's record. */
export function auditAt(audit: DrawnAudit, index: number) {
  const changedBy = audit.changedBy[index] as number;
  return {
    createdAt: isoAt(audit.created[index] as number),
    createdBy: root,
    changedAt: isoAt(audit.changed[index] as number),
    changedBy: changedBy === 0 ? root : (changers[changedBy - 1] as string),
    version: audit.version[index] as number,
  };
}

function loginOf(drawn: Drawn, index: number): string {
  const base = namePools().bases[drawn.base[index] as number] as string;
  const suffix = drawn.suffix[index] as number;
  return suffix === 0 ? base : `${base}${suffix}`;
}

/** A drawn user's own fields, its username and email given. */
function fieldsAt(drawn: Drawn, index: number, login: string, email: string): CustomerUserFields {
  const pools = namePools();
  const name = (drawn.base[index] as number) >> 1;
  const region = regions[pools.region[name] as number] as Region;
  const place = region.cities[drawn.place[index] as number] as Region['cities'][number];
  const optional = <Item>(pool: readonly Item[], at: number) => (at === 0 ? '' : (pool[at - 1] as Item));
  const phone = (area: number, line: number) => (area === 0 ? '' : `${region.phonePrefix} ${area} ${line}`);
  const mobile = drawn.mobile[index] as number;
  const street = drawn.street[index] as number;
  return {
    title: optional(titles, drawn.title[index] as number),
    firstName: region.firstNames[pools.first[name] as number] as string,
    lastName: region.lastNames[pools.last[name] as number] as string,
    login,
    email,
    customerId: seedCustomers[drawn.customer[index] as number]?.customerId ?? '',
    phone: phone(drawn.phone[index] as number, drawn.phoneLine[index] as number),
    fax: phone(drawn.fax[index] as number, drawn.faxLine[index] as number),
    mobile: mobile === 0 ? '' : `${region.phonePrefix.split(' ')[0]} ${mobile} ${drawn.mobileLine[index]}`,
    street: street === 0 ? '' : `${region.streets[street - 1]} ${drawn.houseNumber[index]}`,
    zip: place.zip,
    city: place.city,
    country: region.country,
    comment: optional(comments, drawn.comment[index] as number),
    validity: validities[drawn.validity[index] as number] as Validity,
  };
}

function emailOf(drawn: Drawn, index: number, login: string): string {
  return `${login}@${customerDomains.get(seedCustomers[drawn.customer[index] as number]?.customerId ?? '')}`;
}

/** Drawn users as records, in the order drawn: the small demo seed's. */
export function drawnRecords(drawn: Drawn, audit: DrawnAudit, auditOffset: number, firstId: number): CustomerUser[] {
  return Array.from({ length: drawn.count }, (_, index) => {
    const login = loginOf(drawn, index);
    return {
      ...fieldsAt(drawn, index, login, emailOf(drawn, index, login)),
      id: customerUserId(firstId + index),
      ...auditAt(audit, auditOffset + index),
    };
  });
}

/** A typed array's values in the order given. */
function arranged<Values extends Uint8Array | Uint16Array | Uint32Array>(values: Values, order: Uint32Array): Values {
  const result = new (values.constructor as new (length: number) => Values)(order.length);
  for (let index = 0; index < order.length; index += 1) result[index] = values[order[index] as number] as number;
  return result;
}

/**
 * The drawn users in username order, as `sort=login` has them (lowercase ASCII compares as text), found
 * without a string per user: the usernames' groups (a base alone, a base with a number) in their order,
 * and within a group the numbers in the order of their digits ("10" before "2").
 */
function usernameOrder(drawn: Drawn): Uint32Array {
  const { groupOrder, sameBase } = namePools();
  const groups = groupOrder();
  const groupOf = (index: number) =>
    (sameBase[drawn.base[index] as number] as number) * 2 + Number(drawn.suffix[index] !== 0);
  const starts = new Uint32Array(groups.length + 1);
  for (let index = 0; index < drawn.count; index += 1) (starts[groupOf(index) + 1] as number) += 1;
  // Counts by group → where each group starts, in the groups' order.
  const startOf = new Uint32Array(groups.length);
  let position = 0;
  for (const group of groups) {
    startOf[group] = position;
    position += starts[group + 1] as number;
  }
  const order = new Uint32Array(drawn.count);
  const filled = startOf.slice();
  for (let index = 0; index < drawn.count; index += 1) {
    const group = groupOf(index);
    order[filled[group] as number] = index;
    (filled[group] as number) += 1;
  }
  let largest = 0;
  for (const suffix of drawn.suffix) largest = Math.max(largest, suffix);
  const digitsOrder = Array.from({ length: largest + 1 }, (_, suffix) => suffix).sort((a, b) =>
    compare(String(a), String(b)),
  );
  const rank = new Uint32Array(largest + 1);
  digitsOrder.forEach((suffix, index) => {
    rank[suffix] = index;
  });
  for (let group = 1; group < groups.length; group += 2) {
    const from = startOf[group] as number;
    const to = filled[group] as number;
    if (to - from > 1) {
      order
        .subarray(from, to)
        .sort((a, b) => (rank[drawn.suffix[a] as number] as number) - (rank[drawn.suffix[b] as number] as number));
    }
  }
  return order;
}

/**
 * Generated customer users, arranged in username order (the list's default order: its first page is a
 * slice) and numbered in it, `cu-000001` first. Kept as columns, no text per user: names and Customer
 * IDs are searched in their pools, and the one searched text (every email, which holds the username) is
 * joined on the first search, or when the browser is idle after the first list.
 */
export class GeneratedCustomerUsers implements SeededCustomerUsers {
  readonly size: number;
  private readonly drawn: Drawn;
  private readonly audit: DrawnAudit;
  /** Every email, in position order, joined: made by `prepareSearch`. */
  private emails: JoinedTexts | undefined;
  private customerIds: string[] | undefined;

  constructor(drawn: Drawn, audit: DrawnAudit) {
    const order = usernameOrder(drawn);
    this.size = drawn.count;
    this.drawn = {
      count: drawn.count,
      base: arranged(drawn.base, order),
      suffix: arranged(drawn.suffix, order),
      customer: arranged(drawn.customer, order),
      place: arranged(drawn.place, order),
      title: arranged(drawn.title, order),
      phone: arranged(drawn.phone, order),
      phoneLine: arranged(drawn.phoneLine, order),
      fax: arranged(drawn.fax, order),
      faxLine: arranged(drawn.faxLine, order),
      mobile: arranged(drawn.mobile, order),
      mobileLine: arranged(drawn.mobileLine, order),
      street: arranged(drawn.street, order),
      houseNumber: arranged(drawn.houseNumber, order),
      comment: arranged(drawn.comment, order),
      validity: arranged(drawn.validity, order),
    };
    this.audit = {
      created: arranged(audit.created, order),
      changed: arranged(audit.changed, order),
      changedBy: arranged(audit.changedBy, order),
      version: arranged(audit.version, order),
    };
  }

  at(position: number): CustomerUser {
    const login = this.loginAt(position);
    return {
      ...fieldsAt(this.drawn, position, login, emailOf(this.drawn, position, login)),
      id: this.idAt(position),
      ...auditAt(this.audit, position),
    };
  }

  idAt(position: number): string {
    return customerUserId(position + 1);
  }

  positionOf(id: string): number {
    const sequence = id.startsWith('cu-') ? Number(id.slice(3)) : Number.NaN;
    const known = Number.isInteger(sequence) && sequence >= 1 && sequence <= this.size;
    return known && customerUserId(sequence) === id ? sequence - 1 : -1;
  }

  get(id: string): CustomerUser | undefined {
    const position = this.positionOf(id);
    return position < 0 ? undefined : this.at(position);
  }

  has(id: string): boolean {
    return this.positionOf(id) >= 0;
  }

  *values(): Generator<CustomerUser> {
    for (let position = 0; position < this.size; position += 1) yield this.at(position);
  }

  validityAt(position: number): Validity {
    return validities[this.drawn.validity[position] as number] as Validity;
  }

  sortValue(position: number, key: CustomerUserSortKey): string {
    switch (key) {
      case 'login':
        return this.loginAt(position);
      case 'email':
        return this.emailAt(position);
      case 'name':
        return namePools().fullNames()[(this.drawn.base[position] as number) >> 1] as string;
      case 'customerId':
        return this.normalizedCustomerIds()[this.drawn.customer[position] as number] as string;
      case 'validity':
        return this.validityAt(position);
    }
  }

  positionsWith(field: UniqueField, key: string): number[] {
    // Usernames and emails are lowercase ASCII, their own comparable key; a username is unique.
    const at = field === 'login' ? key.length : key.lastIndexOf('@');
    if (at < 0) return [];
    const position = this.loginPosition(key.slice(0, at));
    if (position < 0) return [];
    return field === 'login' || this.emailAt(position) === key ? [position] : [];
  }

  /** Joins every email into the one searched text (some 3 MB for 100000 users). */
  prepareSearch(): void {
    this.emails ??= joinTexts(
      Array.from({ length: this.size }, (_, position) => emailOf(this.drawn, position, this.loginAt(position))),
    );
  }

  /**
   * A term matches a generated user when it matches its full name (which holds the first and the last
   * name), its Customer ID or its email (which holds the username): names and Customer IDs are tested
   * once per pool entry, emails found by a scan of the one joined text.
   */
  search(terms: readonly string[]): Uint8Array {
    this.prepareSearch();
    const emails = this.emails as JoinedTexts;
    const { base, customer } = this.drawn;
    const found = new Uint8Array(this.size);
    const inEmail = new Uint8Array(this.size);
    const fullNames = namePools().fullNames();
    const customerIds = this.normalizedCustomerIds();
    terms.forEach((term, termIndex) => {
      const matches = compileTerm(term);
      const inName = Uint8Array.from(fullNames, (text) => Number(matches(text)));
      const inCustomer = Uint8Array.from(customerIds, (text) => Number(matches(text)));
      if (termIndex > 0) inEmail.fill(0);
      forEachMatchingRecord(emails, term, (position) => {
        inEmail[position] = 1;
      });
      for (let position = 0; position < this.size; position += 1) {
        const hit =
          (inName[(base[position] as number) >> 1] as number) |
          (inCustomer[customer[position] as number] as number) |
          (inEmail[position] as number);
        found[position] = termIndex === 0 ? hit : (found[position] as number) & hit;
      }
    });
    return found;
  }

  private emailAt(position: number): string {
    if (!this.emails) return emailOf(this.drawn, position, this.loginAt(position));
    const { text, starts } = this.emails;
    return text.slice(starts[position], (starts[position + 1] as number) - 1);
  }

  private loginAt(position: number): string {
    return loginOf(this.drawn, position);
  }

  private loginPosition(login: string): number {
    let low = 0;
    let high = this.size - 1;
    while (low <= high) {
      const middle = (low + high) >>> 1;
      const other = this.loginAt(middle);
      if (other === login) return middle;
      if (other < login) low = middle + 1;
      else high = middle - 1;
    }
    return -1;
  }

  private normalizedCustomerIds(): string[] {
    this.customerIds ??= seedCustomers.map((customer) => normalizeForSearch(customer.customerId));
    return this.customerIds;
  }
}
