import type { Region } from './region';

export const kenya: Region = {
  country: 'Kenya',
  phonePrefix: '+254 20',
  firstNames: ['Wanjiru', 'Otieno', 'Akinyi', 'Kamau', 'Njeri', 'Mwangi', 'Achieng', 'Kipchoge', 'Zawadi', 'Baraka'],
  lastNames: ['Kariuki', 'Odhiambo', 'Wafula', 'Mutua', 'Njoroge', 'Kimani', 'Omondi', 'Chebet', 'Wambui', 'Mwende'],
  cities: [
    { city: 'Nairobi', zip: '00100' },
    { city: 'Mombasa', zip: '80100' },
    { city: 'Kisumu', zip: '40100' },
  ],
  streets: ['Kenyatta Avenue', 'Moi Avenue', 'Ngong Road'],
};
