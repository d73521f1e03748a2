import type { Region } from './region';

export const japan: Region = {
  country: 'Japan',
  phonePrefix: '+81 3',
  firstNames: ['Haruto', 'Yui', 'Sota', 'Aoi', 'Ren', 'Hina', 'Kaito', 'Sakura', 'Yuto', 'Mio', 'Takumi', 'Rin'],
  lastNames: [
    'Satō',
    'Suzuki',
    'Takahashi',
    'Tanaka',
    'Watanabe',
    'Itō',
    'Yamamoto',
    'Nakamura',
    'Kobayashi',
    'Katō',
    'Yoshida',
    'Yamada',
  ],
  cities: [
    { city: 'Tōkyō', zip: '100-0001' },
    { city: 'Ōsaka', zip: '530-0001' },
    { city: 'Kyōto', zip: '600-8001' },
  ],
  streets: ['Chūō-dōri', 'Omotesandō', 'Meiji-dōri'],
};
