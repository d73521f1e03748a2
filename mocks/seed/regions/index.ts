/** Name pools per region, for realistic international demo data; the order is part of the seed. */

import { brazil } from './brazil';
import { china } from './china';
import { france } from './france';
import { germany } from './germany';
import { greece } from './greece';
import { india } from './india';
import { italy } from './italy';
import { japan } from './japan';
import { kenya } from './kenya';
import { nigeria } from './nigeria';
import { poland } from './poland';
import type { Region } from './region';
import { southKorea } from './south-korea';
import { spain } from './spain';
import { sweden } from './sweden';
import { turkiye } from './turkiye';
import { ukraine } from './ukraine';
import { unitedArabEmirates } from './united-arab-emirates';
import { unitedKingdom } from './united-kingdom';
import { vietnam } from './vietnam';

export type { Region } from './region';

export const regions: readonly Region[] = [
  germany,
  france,
  spain,
  brazil,
  italy,
  poland,
  turkiye,
  unitedArabEmirates,
  india,
  china,
  japan,
  southKorea,
  vietnam,
  nigeria,
  kenya,
  sweden,
  greece,
  unitedKingdom,
  ukraine,
];
