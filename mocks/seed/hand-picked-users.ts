import type { CustomerUser } from '@/api/customer-user-schema';

/** A customer user's own fields: the record without its id and audit. */
export type CustomerUserFields = Omit<
  CustomerUser,
  'id' | 'createdAt' | 'createdBy' | 'changedAt' | 'changedBy' | 'version'
>;

const blank = { title: '', phone: '', fax: '', mobile: '', street: '', zip: '', city: '', country: '', comment: '' };

/**
 * Hand-picked users the tests and the manual's examples rely on. The demo seed starts with them, in
 * this order, so they get the first ids; `fixtures.ts` names them.
 */
export const handPickedUsers = [
  {
    ...blank,
    firstName: 'John',
    lastName: 'Doe',
    login: 'jdoe',
    email: 'john.doe@nordwind-logistik.example',
    customerId: 'nordwind-logistics',
    city: 'Hamburg',
    country: 'Germany',
    comment: 'Primary contact for the service contract.',
    validity: 'valid',
  },
  {
    ...blank,
    firstName: 'Jane',
    lastName: 'Doe',
    login: 'jane.doe',
    email: 'jane.doe@atlas-medical.example',
    customerId: 'atlas-medical',
    city: 'Manchester',
    country: 'United Kingdom',
    validity: 'valid',
  },
  {
    ...blank,
    title: 'Ms.',
    firstName: 'Mary',
    lastName: 'Smith',
    login: 'msmith',
    email: 'mary.smith@atlas-medical.example',
    customerId: 'atlas-medical',
    phone: '+44 161 496 0000',
    validity: 'valid',
  },
  {
    ...blank,
    firstName: 'Omar',
    lastName: 'Haddad',
    login: 'ohaddad',
    email: 'omar.haddad@ganges-software.example',
    customerId: 'ganges-software',
    validity: 'valid',
  },
  {
    ...blank,
    firstName: 'Martin',
    lastName: 'Novák',
    login: 'mnovak',
    email: 'martin.novak@baltic-shipping.example',
    customerId: 'baltic-shipping',
    city: 'Stockholm',
    validity: 'valid',
  },
  {
    ...blank,
    title: 'Dr.',
    firstName: 'Maximilian',
    lastName: 'Müller',
    login: 'mmueller',
    email: 'maximilian.mueller@nordwind-logistik.example',
    customerId: 'nordwind-logistics',
    street: 'Hafenstraße 12',
    zip: '20457',
    city: 'Hamburg',
    country: 'Germany',
    validity: 'valid',
  },
  {
    ...blank,
    title: 'Dr.',
    firstName: 'Ada',
    lastName: 'Lovelace',
    login: 'alovelace',
    email: 'ada.lovelace@lumiere-studios.example',
    customerId: 'lumiere-studios',
    comment: 'Analytical engine enthusiast.',
    validity: 'valid',
  },
  {
    ...blank,
    firstName: 'Søren',
    lastName: 'Kierkegaard',
    login: 'skierkegaard',
    email: 'soren.kierkegaard@baltic-shipping.example',
    customerId: 'baltic-shipping',
    comment: 'Left the company.',
    validity: 'invalid',
  },
  {
    ...blank,
    firstName: 'Chen',
    lastName: 'Wei',
    login: 'cwei',
    email: 'chen.wei@sakura-trading.example',
    customerId: 'sakura-trading',
    comment: 'On parental leave until spring.',
    validity: 'invalid-temporarily',
  },
] as const satisfies readonly CustomerUserFields[];
