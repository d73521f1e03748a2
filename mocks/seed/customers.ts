import type { Customer } from '@/api/customer-schema';

const audit = {
  createdAt: '2024-01-08T09:00:00.000Z',
  createdBy: 'root@localhost',
  changedAt: '2024-01-08T09:00:00.000Z',
  changedBy: 'root@localhost',
  version: 1,
};

type CustomerSeed = Pick<Customer, 'customerId' | 'name' | 'street' | 'zip' | 'city' | 'country' | 'url' | 'comment'> &
  Partial<Pick<Customer, 'validity'>> & { domain: string };

const customerSeeds = [
  {
    customerId: 'nordwind-logistics',
    name: 'Nordwind Logistik GmbH',
    street: 'Hafenstraße 12',
    zip: '20457',
    city: 'Hamburg',
    country: 'Germany',
    url: 'https://nordwind-logistik.example',
    comment: 'Freight forwarding, 24/7 support contract.',
    domain: 'nordwind-logistik.example',
  },
  {
    customerId: 'sakura-trading',
    name: 'Sakura Trading K.K.',
    street: '2-1-1 Marunouchi',
    zip: '100-0005',
    city: 'Tōkyō',
    country: 'Japan',
    url: 'https://sakura-trading.example',
    comment: 'Import and export of electronics.',
    domain: 'sakura-trading.example',
  },
  {
    customerId: 'andes-mining',
    name: 'Andes Minería S.A.',
    street: 'Avenida Apoquindo 3000',
    zip: '7550000',
    city: 'Santiago',
    country: 'Chile',
    url: 'https://andes-mineria.example',
    comment: 'Mining operations in three regions.',
    domain: 'andes-mineria.example',
  },
  {
    customerId: 'baltic-shipping',
    name: 'Baltic Shipping AB',
    street: 'Skeppsbron 8',
    zip: '111 30',
    city: 'Stockholm',
    country: 'Sweden',
    url: 'https://baltic-shipping.example',
    comment: 'Container shipping across the Baltic Sea.',
    domain: 'baltic-shipping.example',
  },
  {
    customerId: 'atlas-medical',
    name: 'Atlas Medical Devices Ltd',
    street: '14 King Street',
    zip: 'M2 4LQ',
    city: 'Manchester',
    country: 'United Kingdom',
    url: 'https://atlas-medical.example',
    comment: 'Medical devices; regulated change process.',
    domain: 'atlas-medical.example',
  },
  {
    customerId: 'kilimanjaro-coffee',
    name: 'Kilimanjaro Coffee Cooperative',
    street: 'Moshi Road 4',
    zip: '25101',
    city: 'Moshi',
    country: 'Tanzania',
    url: 'https://kilimanjaro-coffee.example',
    comment: 'Coffee growers’ cooperative, seasonal staff.',
    domain: 'kilimanjaro-coffee.example',
  },
  {
    customerId: 'lumiere-studios',
    name: 'Lumière Studios SARL',
    street: '18 Rue de la Roquette',
    zip: '75011',
    city: 'Paris',
    country: 'France',
    url: 'https://lumiere-studios.example',
    comment: 'Film post-production.',
    domain: 'lumiere-studios.example',
  },
  {
    customerId: 'ganges-software',
    name: 'Ganges Software Pvt. Ltd.',
    street: '42 Residency Road',
    zip: '560025',
    city: 'Bengaluru',
    country: 'India',
    url: 'https://ganges-software.example',
    comment: 'Development partner, shared ticket queue.',
    domain: 'ganges-software.example',
  },
  {
    customerId: 'old-mill-bakery',
    name: 'Old Mill Bakery',
    street: 'Mill Lane 3',
    zip: 'OX1 1AA',
    city: 'Oxford',
    country: 'United Kingdom',
    url: '',
    comment: 'Contract ended in 2025.',
    validity: 'invalid',
    domain: 'old-mill-bakery.example',
  },
] as const satisfies readonly CustomerSeed[];

/** A seeded customer's ID. */
export type SeedCustomerId = (typeof customerSeeds)[number]['customerId'];

export const seedCustomers: Customer[] = (customerSeeds as readonly CustomerSeed[]).map(
  ({ domain: _domain, validity = 'valid', ...customer }) => ({
    ...customer,
    validity,
    ...audit,
  }),
);

export const customerDomains = new Map<string, string>(
  customerSeeds.map((customer) => [customer.customerId, customer.domain]),
);
