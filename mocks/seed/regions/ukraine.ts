import type { Region } from './region';

export const ukraine: Region = {
  country: 'Ukraine',
  phonePrefix: '+380 44',
  firstNames: ['Olena', 'Andriy', 'Iryna', 'Taras', 'Oksana', 'Dmytro', 'Nataliya', 'Bohdan', 'Yulia', 'Serhiy'],
  lastNames: [
    'Shevchenko',
    'Kovalenko',
    'Bondarenko',
    'Tkachenko',
    'Kravchenko',
    'Melnyk',
    'Boyko',
    'Marchenko',
    'Lysenko',
    'Rudenko',
  ],
  cities: [
    { city: 'Kyiv', zip: '01001' },
    { city: 'Lviv', zip: '79000' },
    { city: 'Odesa', zip: '65000' },
  ],
  streets: ['Khreshchatyk', 'Sahaidachnoho', 'Shevchenka Boulevard'],
};
