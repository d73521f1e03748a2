import { type Customer, type CustomerListQuery, type CustomerPage, customerWriteSchema } from '@/api/customer-schema';
import { englishProblem } from '@/api/problem-english';
import { buildSearchHaystack, compileSearch } from '@/lib/search-matching';
import { ok, type StoreResult } from './result';
import { sortCustomers } from './sorting';
import { VersionedRecords, type WriteContext } from './versioned-records';

type Fields = Pick<Customer, 'customerId' | 'name'>;

/** Customers, by their Customer ID, which never changes: customer users refer to it. */
export class CustomerStore extends VersionedRecords<Customer, typeof customerWriteSchema> {
  constructor(context: WriteContext) {
    super({ what: 'customer', keyOf: (customer) => customer.customerId, schema: customerWriteSchema, context });
  }

  list(query: CustomerListQuery = { search: '', offset: 0, limit: 1000, sort: 'customerId' }): CustomerPage {
    const matches = compileSearch(query.search);
    const found = sortCustomers(
      this.all()
        .filter((customer) => query.validity === undefined || customer.validity === query.validity)
        .filter((customer) => matches(buildSearchHaystack([customer.customerId, customer.name]))),
      query.sort,
    );
    return {
      items: found.slice(query.offset, query.offset + query.limit),
      total: found.length,
      offset: query.offset,
      limit: query.limit,
    };
  }

  create(input: unknown): StoreResult<Customer> {
    const checked = this.checkNew(input);
    return checked.ok ? ok(this.insert(checked.value)) : checked;
  }

  update(customerId: string, input: unknown): StoreResult<Customer> {
    const checked = this.checkChange(customerId, input);
    return checked.ok ? ok(this.replace(checked.value.current, checked.value.fields)) : checked;
  }

  protected conflicts(fields: Fields, current: Customer | undefined) {
    if (current && fields.customerId !== current.customerId) {
      return { customerId: englishProblem('customer_id.unchangeable') };
    }
    return this.duplicates(fields, current, {
      customerId: englishProblem('customer_id.taken'),
      name: englishProblem('customer_name.taken'),
    });
  }
}
