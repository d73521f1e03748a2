import type { Region } from './region';

export const southKorea: Region = {
  country: 'South Korea',
  phonePrefix: '+82 2',
  firstNames: ['Min-jun', 'Seo-yeon', 'Ji-ho', 'Ha-eun', 'Do-yun', 'Ji-woo', 'Seo-jun', 'Su-bin', 'Hyun-woo', 'Ye-jin'],
  lastNames: ['Kim', 'Lee', 'Park', 'Choi', 'Jung', 'Kang', 'Cho', 'Yoon', 'Jang', 'Lim'],
  cities: [
    { city: 'Seoul', zip: '04524' },
    { city: 'Busan', zip: '48058' },
    { city: 'Incheon', zip: '21999' },
  ],
  streets: ['Teheran-ro', 'Sejong-daero', 'Gangnam-daero'],
};
