import type { Region } from './region';

export const china: Region = {
  country: 'China',
  phonePrefix: '+86 21',
  firstNames: ['Wei', 'Fang', 'Jing', 'Lei', 'Min', 'Yan', 'Jun', 'Xiu', 'Hao', 'Ling', 'Tao', 'Mei'],
  lastNames: ['Wang', 'Li', 'Zhang', 'Liu', 'Yang', 'Huang', 'Zhao', 'Wu', 'Zhou', 'Xu', 'Sun', 'Ma'],
  cities: [
    { city: 'Shanghai', zip: '200000' },
    { city: 'Beijing', zip: '100000' },
    { city: 'Shenzhen', zip: '518000' },
  ],
  streets: ['Nanjing Road', 'Huaihai Road', 'Century Avenue'],
};
