/**
 * What a bare "$" means, by the country a posting is in: data only. A country's names in the posting
 * languages, its larger cities and its region codes after a comma ("Toronto, ON"). The US is the default
 * and needs no row; a new dollar country is a row here, not code.
 */
export interface DollarCountry {
  currency: string;
  /** Names of the country, its adjectives, regions and larger cities, as written (matched whole, in this case: "chile" is a pepper). */
  places: readonly string[];
  /** Region codes written after a comma ("Toronto, ON"), upper case. */
  regionCodes?: readonly string[];
  /** The country's ISO 3166 code, as schema.org's `addressCountry` and records give it ("CL"). */
  code: string;
}

export const DOLLAR_COUNTRIES: readonly DollarCountry[] = [
  {
    currency: 'CAD',
    code: 'CA',
    places: [
      'Canada',
      'Canadian',
      'canadien',
      'canadienne',
      'Toronto',
      'Montréal',
      'Montreal',
      'Vancouver',
      'Ottawa',
      'Calgary',
      'Edmonton',
      'Winnipeg',
      'Québec',
      'Quebec',
      'Halifax',
      'Waterloo',
      'Ontario',
      'British Columbia',
      'Alberta',
    ],
    regionCodes: ['ON', 'QC', 'BC', 'AB', 'MB', 'NS', 'NB', 'SK', 'NL', 'PE'],
  },
  {
    currency: 'MXN',
    code: 'MX',
    places: [
      'México',
      'Mexico',
      'mexicano',
      'mexicana',
      'CDMX',
      'Ciudad de México',
      'Guadalajara',
      'Zapopan',
      'Jalisco',
      'Monterrey',
      'Nuevo León',
      'Puebla',
      'Querétaro',
      'Tijuana',
      'León, Guanajuato',
      'Mérida',
      'Estado de México',
    ],
  },
  {
    currency: 'AUD',
    code: 'AU',
    places: [
      'Australia',
      'Australian',
      'Sydney',
      'Melbourne',
      'Brisbane',
      'Perth',
      'Adelaide',
      'Canberra',
      'New South Wales',
      'Queensland',
      'Victoria, Australia',
      'Tasmania',
      'Parramatta',
      'Gold Coast',
      'Newcastle, NSW',
    ],
    // WA is also Washington state: not a code here.
    regionCodes: ['NSW', 'VIC', 'QLD', 'TAS', 'ACT'],
  },
  {
    currency: 'NZD',
    code: 'NZ',
    places: ['New Zealand', 'Aotearoa', 'Auckland', 'Wellington', 'Christchurch', 'Hamilton, New Zealand', 'Dunedin'],
  },
  {
    currency: 'SGD',
    code: 'SG',
    places: ['Singapore', 'Singapur', 'Singapour'],
  },
  {
    currency: 'ARS',
    code: 'AR',
    places: ['Argentina', 'argentino', 'argentina', 'Buenos Aires', 'CABA', 'Córdoba, Argentina', 'Rosario', 'Mendoza'],
  },
  {
    currency: 'CLP',
    code: 'CL',
    places: [
      'Chile',
      'chileno',
      'chilena',
      'Santiago de Chile',
      'Valparaíso',
      'Viña del Mar',
      'Concepción, Chile',
      'Antofagasta',
      'Puerto Montt',
      'Temuco',
      'Rancagua',
      'Iquique',
      'Punta Arenas',
      // Chile's regions as its postings write them after the town ("Puerto Montt, Región de Los Lagos").
      'Región Metropolitana',
      'Región de Los Lagos',
      'Región del Biobío',
      'Región de Valparaíso',
      'Región de la Araucanía',
      'Región de Antofagasta',
      'Región de Coquimbo',
      "Región de O'Higgins",
      'Región del Maule',
      'Región de Los Ríos',
    ],
  },
  {
    currency: 'COP',
    code: 'CO',
    places: [
      'Colombia',
      'colombiano',
      'colombiana',
      'Bogotá',
      'Medellín',
      'Cali, Colombia',
      'Barranquilla',
      'Cartagena de Indias',
    ],
  },
  {
    currency: 'UYU',
    code: 'UY',
    places: ['Uruguay', 'uruguayo', 'uruguaya', 'Montevideo', 'Punta del Este', 'Paysandú', 'Maldonado, Uruguay'],
  },
];

/**
 * The dollar of the country a record's place parts name (`{ city, province: "AB" }`, `addressCountry: "CL"`):
 * a part that is a country code, a region code or a listed place; null when none is.
 */
export function dollarOfPlaceParts(parts: readonly string[]): string | null {
  for (const raw of parts) {
    const part = raw.trim();
    const hit = DOLLAR_COUNTRIES.find(
      (c) => c.code === part.toUpperCase() || (c.regionCodes?.includes(part) ?? false) || c.places.includes(part),
    );
    if (hit) return hit.currency;
  }
  return null;
}
