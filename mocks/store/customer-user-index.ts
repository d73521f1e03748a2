import type {
  CustomerUser,
  CustomerUserListQuery,
  CustomerUserPage,
  CustomerUserSort,
  CustomerUserSortKey,
} from '@/api/customer-user-schema';
import { compileTerms, narrowingTerms } from '@/lib/search-matching';
import { customerUserHaystack, type SeededCustomerUsers, SeededRecords } from './seeded-customer-users';
import { compare, customerUserSortValue } from './sorting';

/** What a sort compares of a record: the column, the username (unless that is the column), the id. */
interface SortPoint {
  primary: string;
  tie: string;
  id: string;
}

/** A written record in one sort order: where it falls among the seeded positions of that order. */
interface Placed {
  user: CustomerUser;
  point: SortPoint;
  /** How many seeded positions of the order sort before it. */
  place: number;
}

/**
 * Runs `work` when the browser is idle (after the first rows are painted); where there is no idle
 * callback (Node), not at all: the first search does the work then.
 */
function whenIdle(work: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(work, { timeout: 5000 });
}

/** A sort's column and direction. */
function sortKeyOf(sort: CustomerUserSort): { key: CustomerUserSortKey; descending: boolean } {
  const descending = sort.startsWith('-');
  return { key: (descending ? sort.slice(1) : sort) as CustomerUserSortKey, descending };
}

function pointOf(user: CustomerUser, key: CustomerUserSortKey): SortPoint {
  return {
    primary: customerUserSortValue[key](user),
    tie: key === 'login' ? '' : customerUserSortValue.login(user),
    id: user.id,
  };
}

/** The order of sorting.ts's `sortCustomerUsers`: the column (either way), the username, the id. */
function compareSort(a: SortPoint, b: SortPoint, descending: boolean): number {
  return compare(a.primary, b.primary) * (descending ? -1 : 1) || compare(a.tie, b.tie) || compare(a.id, b.id);
}

/**
 * The customer users listed, searched and sorted: the seeded ones by position (in a seeded order that
 * never changes) and, over them, the written ones (a new record, or a seeded one's new version, which
 * hides its seeded version). Per sort order it keeps only a permutation of the positions (built on the
 * first list in that order) and the written records in that order; a write moves one record in them, and
 * the search looks in the seed's own compact text, plus each written record's haystack.
 */
export class CustomerUserIndex {
  private seeded: SeededCustomerUsers = new SeededRecords([]);
  /** 1 at the positions whose record was written since seeding (its current version is a written one). */
  private hidden = new Uint8Array(0);
  private hiddenCount = 0;
  /** The seeded positions in each sort order but `login` (their own order); built on the first list in it. */
  private readonly orders = new Map<CustomerUserSort, Uint32Array>();
  /** The written records in each sort order asked for, placed among the seeded positions. */
  private readonly placed = new Map<CustomerUserSort, Placed[]>();
  private readonly haystacks = new WeakMap<CustomerUser, string>();
  /** Whether the seed's search text was asked for (on the first list, for when the browser is idle). */
  private searchPrepared = false;

  /** `written`: the records written since seeding, by id. */
  constructor(private readonly written: () => ReadonlyMap<string, CustomerUser>) {}

  reset(seeded: SeededCustomerUsers): void {
    this.seeded = seeded;
    this.searchPrepared = false;
    this.orders.clear();
    this.clear();
  }

  /** Forgets the written records' places (after a restore): they are found again from `written`. */
  clear(): void {
    this.hidden = new Uint8Array(this.seeded.size);
    this.hiddenCount = 0;
    for (const id of this.written().keys()) this.hide(id);
    this.placed.clear();
  }

  /** After a write: `user` is the current version of its record, `previous` the one it replaces. */
  replaced(user: CustomerUser, previous: CustomerUser | undefined): void {
    this.hide(user.id);
    for (const [sort, placed] of this.placed) {
      const { descending } = sortKeyOf(sort);
      const before = (point: SortPoint) => {
        let low = 0;
        let high = placed.length;
        while (low < high) {
          const middle = (low + high) >>> 1;
          if (compareSort((placed[middle] as Placed).point, point, descending) < 0) low = middle + 1;
          else high = middle;
        }
        return low;
      };
      if (previous) {
        // A seeded record's first version was never among them.
        const at = before(pointOf(previous, sortKeyOf(sort).key));
        if (placed[at]?.user === previous) placed.splice(at, 1);
      }
      const entry = this.place(user, sort);
      placed.splice(before(entry.point), 0, entry);
    }
  }

  list(query: CustomerUserListQuery): CustomerUserPage {
    const { seeded, hidden } = this;
    if (!this.searchPrepared) {
      this.searchPrepared = true;
      whenIdle(() => seeded.prepareSearch());
    }
    const terms = narrowingTerms(query.search);
    const found = terms.length > 0 ? seeded.search(terms) : undefined;
    const matches = terms.length > 0 ? compileTerms(terms) : undefined;
    const { validity, offset, limit } = query;
    const order = this.orderOf(query.sort);
    const placed = this.placedIn(query.sort);
    const items: CustomerUser[] = [];
    let total = 0;
    const writtenMatches = (user: CustomerUser) =>
      (validity === undefined || user.validity === validity) && (!matches || matches(this.haystackOf(user)));
    // Without a search or filter, the count is known and the walk can stop at the end of the page.
    const everything = !found && validity === undefined;
    let next = 0;
    for (let index = 0; index < seeded.size; index += 1) {
      for (; next < placed.length && (placed[next] as Placed).place <= index; next += 1) {
        const { user } = placed[next] as Placed;
        if (!writtenMatches(user)) continue;
        if (total >= offset && items.length < limit) items.push(user);
        total += 1;
      }
      if (everything && items.length >= limit) break;
      const position = order ? (order[index] as number) : index;
      if (hidden[position] === 1 || (found && found[position] === 0)) continue;
      if (validity !== undefined && seeded.validityAt(position) !== validity) continue;
      if (total >= offset && items.length < limit) items.push(seeded.at(position));
      total += 1;
    }
    for (; next < placed.length; next += 1) {
      const { user } = placed[next] as Placed;
      if (!writtenMatches(user)) continue;
      if (total >= offset && items.length < limit) items.push(user);
      total += 1;
    }
    if (everything) total = seeded.size - this.hiddenCount + placed.length;
    return { items, total, offset, limit };
  }

  private hide(id: string): void {
    const position = this.seeded.positionOf(id);
    if (position >= 0 && this.hidden[position] === 0) {
      this.hidden[position] = 1;
      this.hiddenCount += 1;
    }
  }

  /** The seeded positions in a sort order; undefined for `login`, which is their own order. */
  private orderOf(sort: CustomerUserSort): Uint32Array | undefined {
    if (sort === 'login') return undefined;
    let order = this.orders.get(sort);
    if (!order) {
      const { key, descending } = sortKeyOf(sort);
      const seeded = this.seeded;
      const values = Array.from({ length: seeded.size }, (_, position) => seeded.sortValue(position, key));
      const direction = descending ? -1 : 1;
      order = new Uint32Array(seeded.size);
      for (let position = 0; position < order.length; position += 1) order[position] = position;
      // Ties fall back to the username, then the id: the positions' own order.
      order.sort((a, b) => compare(values[a] as string, values[b] as string) * direction || a - b);
      this.orders.set(sort, order);
    }
    return order;
  }

  /** The written records in a sort order, each placed among the seeded positions. */
  private placedIn(sort: CustomerUserSort): Placed[] {
    let placed = this.placed.get(sort);
    if (!placed) {
      const { descending } = sortKeyOf(sort);
      placed = Array.from(this.written().values(), (user) => this.place(user, sort));
      placed.sort((a, b) => compareSort(a.point, b.point, descending));
      this.placed.set(sort, placed);
    }
    return placed;
  }

  /** A written record's sort point, and how many seeded positions sort before it (by binary search). */
  private place(user: CustomerUser, sort: CustomerUserSort): Placed {
    const { key, descending } = sortKeyOf(sort);
    const point = pointOf(user, key);
    const order = this.orderOf(sort);
    const seeded = this.seeded;
    let low = 0;
    let high = seeded.size;
    while (low < high) {
      const middle = (low + high) >>> 1;
      const position = order ? (order[middle] as number) : middle;
      const other: SortPoint = {
        primary: seeded.sortValue(position, key),
        tie: key === 'login' ? '' : seeded.sortValue(position, 'login'),
        id: seeded.idAt(position),
      };
      if (compareSort(other, point, descending) < 0) low = middle + 1;
      else high = middle;
    }
    return { user, point, place: low };
  }

  private haystackOf(user: CustomerUser): string {
    let haystack = this.haystacks.get(user);
    if (haystack === undefined) {
      haystack = customerUserHaystack(user);
      this.haystacks.set(user, haystack);
    }
    return haystack;
  }
}
