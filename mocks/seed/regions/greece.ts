import type { Region } from './region';

export const greece: Region = {
  country: 'Greece',
  phonePrefix: '+30 21',
  firstNames: ['Giorgos', 'Eleni', 'Dimitris', 'Maria', 'Nikos', 'Katerina', 'Yannis', 'Sofia', 'Kostas', 'Zoë'],
  lastNames: [
    'Papadopoulos',
    'Nikolaidis',
    'Georgiou',
    'Pappas',
    'Vlachos',
    'Konstantinou',
    'Alexiou',
    'Karagiannis',
    'Makris',
    'Oikonomou',
  ],
  cities: [
    { city: 'Athína', zip: '105 57' },
    { city: 'Thessaloníki', zip: '546 21' },
  ],
  streets: ['Ermou', 'Panepistimiou', 'Tsimiski'],
};
