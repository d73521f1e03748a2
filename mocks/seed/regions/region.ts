/** A name pool for one region, for realistic international demo data. */
export interface Region {
  firstNames: readonly string[];
  lastNames: readonly string[];
  cities: readonly { city: string; zip: string }[];
  country: string;
  phonePrefix: string;
  streets: readonly string[];
}
