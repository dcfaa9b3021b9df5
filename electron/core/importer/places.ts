/**
 * Where the job is: a labelled location first, then an address line with a postal code, then a city
 * the posting names (from a short gazetteer of places job postings mention; English and local names).
 */
import { allOf, alternationOf } from './lang';

const CITIES = [
  'Munich|München',
  'Berlin',
  'Hamburg',
  'Frankfurt',
  'Cologne|Köln',
  'Stuttgart',
  'Düsseldorf',
  'Dresden',
  'Leipzig',
  'Nuremberg|Nürnberg',
  'Hanover|Hannover',
  'Bremen',
  'Karlsruhe',
  'Mannheim',
  'Heidelberg',
  'Darmstadt',
  'Aachen',
  'Bonn',
  'Essen',
  'Dortmund',
  'Ingolstadt',
  'Regensburg',
  'Wolfsburg',
  'Freiburg',
  'Potsdam',
  'Jena',
  'Ulm',
  'Vienna|Wien',
  'Graz',
  'Linz',
  'Salzburg',
  'Zurich|Zürich',
  'Geneva|Genève|Genf',
  'Basel',
  'Bern',
  'Lausanne',
  'Zug',
  'Lugano',
  'Paris',
  'Lyon',
  'Marseille',
  'Toulouse',
  'Bordeaux',
  'Lille',
  'Nantes',
  'Strasbourg',
  'Grenoble',
  'Rennes',
  'Montpellier',
  'Sophia Antipolis',
  'Madrid',
  'Barcelona',
  'Valencia',
  'Seville|Sevilla',
  'Málaga',
  'Bilbao',
  'Zaragoza',
  'Lisbon|Lisboa',
  'Porto',
  'Rome|Roma',
  'Milan|Milano',
  'Turin|Torino',
  'Bologna',
  'Florence|Firenze',
  'Naples|Napoli',
  'Amsterdam',
  'Rotterdam',
  'The Hague|Den Haag',
  'Utrecht',
  'Eindhoven',
  'Delft',
  'Brussels|Bruxelles|Brussel',
  'Antwerp|Antwerpen',
  'Ghent|Gent',
  'Leuven',
  'Luxembourg',
  'London',
  'Manchester',
  'Birmingham',
  'Edinburgh',
  'Glasgow',
  'Cambridge',
  'Oxford',
  'Bristol',
  'Leeds',
  'Belfast',
  'Dublin',
  'Cork',
  'Copenhagen|København',
  'Aarhus|Århus',
  'Odense',
  'Aalborg',
  'Stockholm',
  'Gothenburg|Göteborg',
  'Malmö',
  'Oslo',
  'Bergen',
  'Trondheim',
  'Helsinki',
  'Tampere',
  'Espoo',
  'Reykjavik',
  'Tallinn',
  'Riga',
  'Vilnius',
  'Warsaw|Warszawa',
  'Kraków|Krakow',
  'Wrocław|Wroclaw',
  'Gdańsk|Gdansk',
  'Poznań|Poznan',
  'Prague|Praha',
  'Brno',
  'Budapest',
  'Bratislava',
  'Bucharest|București',
  'Cluj-Napoca',
  'Sofia',
  'Athens',
  'Belgrade',
  'Zagreb',
  'Ljubljana',
  'Istanbul',
  'Kyiv|Kiev',
  'Lviv',
  'Tel Aviv',
  'Haifa',
  'Dubai',
  'Abu Dhabi',
  'Cairo',
  'Nairobi',
  'Lagos',
  'Cape Town',
  'Johannesburg',
  'New York',
  'San Francisco',
  'San Jose',
  'Seattle',
  'Boston',
  'Austin',
  'Chicago',
  'Los Angeles',
  'San Diego',
  'Denver',
  'Atlanta',
  'Dallas',
  'Houston',
  'Miami',
  'Washington, D.C.',
  'Philadelphia',
  'Pittsburgh',
  'Portland',
  'Palo Alto',
  'Mountain View',
  'Sunnyvale',
  'Menlo Park',
  'Redmond',
  'Kirkland',
  'Raleigh',
  'Salt Lake City',
  'Minneapolis',
  'Detroit',
  'Toronto',
  'Montreal|Montréal',
  'Vancouver',
  'Ottawa',
  'Calgary',
  'Waterloo',
  'Mexico City|Ciudad de México',
  'Guadalajara',
  'Monterrey',
  'Bogotá|Bogota',
  'Medellín',
  'Lima',
  'Santiago',
  'Puerto Montt',
  'Valparaíso',
  'Concepción',
  'Antofagasta',
  'Temuco',
  'Buenos Aires',
  'São Paulo|Sao Paulo',
  'Rio de Janeiro',
  'Montevideo',
  'Singapore',
  'Hong Kong',
  'Tokyo',
  'Osaka',
  'Seoul',
  'Beijing',
  'Shanghai',
  'Shenzhen',
  'Taipei',
  'Bangalore|Bengaluru',
  'Hyderabad',
  'Pune',
  'Chennai',
  'Mumbai',
  'Delhi|New Delhi',
  'Gurgaon|Gurugram',
  'Noida',
  'Sydney',
  'Melbourne',
  'Brisbane',
  'Perth',
  'Auckland',
  'Wellington',
  'Kuala Lumpur',
  'Jakarta',
  'Manila',
  'Bangkok',
  'Ho Chi Minh City',
  'Hanoi',
  'Kiel',
  'Lübeck',
  'Rostock',
  'Münster',
  'Bielefeld',
  'Augsburg',
  'Würzburg',
  'Mainz',
  'Wiesbaden',
  'Kassel',
  'Erfurt',
  'Magdeburg',
  'Braunschweig',
  'Osnabrück',
  'Oldenburg',
  'Saarbrücken',
  'Konstanz',
  'Friedrichshafen',
  'Kempten',
  'Esbjerg',
  'Vejle',
  'Kolding',
  'Horsens',
  'Randers',
  'Herning',
  'Roskilde',
  'Zwolle',
  'Apeldoorn',
  'Groningen',
  'Nijmegen',
  'Arnhem',
  'Tilburg',
  'Breda',
  'Maastricht',
  'Haarlem',
  'Leiden',
  'Amersfoort',
  'Enschede',
  'Verona',
  'Padova|Padua',
  'Genova|Genoa',
  'Bari',
  'Palermo',
  'Catania',
  'Trieste',
  'Brescia',
  'Bergamo',
  'Braga',
  'Coimbra',
  'Faro',
  'Aveiro',
  'Girona',
  'Alicante',
  'Murcia',
  'Valladolid',
  'Vigo',
  'Gijón',
  'Oviedo',
  'Santander',
  'Pamplona',
  'Córdoba',
  'Granada',
  'Huelva',
  'Cádiz',
  'Palma',
  'San Sebastián|Donostia',
  'Nice',
  'Reims',
  'Rouen',
  'Dijon',
  'Besançon',
  'Angers',
  'Tours',
  'Clermont-Ferrand',
  'Metz',
  'Nancy',
  'Caen',
  'Brest',
  'Liverpool',
  'Sheffield',
  'Nottingham',
  'Leicester',
  'Cardiff',
  'Newcastle',
  'Southampton',
  'Brighton',
  'Reading',
  'Exeter',
  'Edmonton',
  'Winnipeg',
  'Halifax',
  'Quebec City|Québec',
  'Phoenix',
  'Nashville',
  'Charlotte',
  'Columbus',
  'Indianapolis',
  'Kansas City',
  'St. Louis',
  'Baltimore',
  'Sacramento',
  'Orlando',
  'Tampa',
];

/**
 * A city's name right after an article is part of another name ("Región de Los Lagos", "Cooperativa Los
 * Lagos", "Die Linz AG"): not that city. Articles that begin real town names (La, Le, De, Den) are not listed.
 */
const ARTICLE_BEFORE = String.raw`(?<!(?:^|[\s(])(?:Los|Las|los|las|El|Lo|Les|Het|Der|Die|Das|Os|As|Il|Gli)\s)`;

const CITY_PATTERN = new RegExp(
  `${ARTICLE_BEFORE}(?<![\\p{L}\\p{N}])(?:${CITIES.flatMap((c) => c.split('|'))
    .sort((a, b) => b.length - a.length)
    .map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'))
    .join('|')})(?![\\p{L}\\p{N}])`,
  'u',
);

/** The first gazetteer city the text names, as written there. */
export function firstNamedCity(text: string): string | null {
  const m = CITY_PATTERN.exec(text);
  return m ? m[0].replace(/\s+/g, ' ') : null;
}

/** `DK 8000 Århus C`, `80809 München`, `75008 Paris`, `SW1A 1AA London` is not attempted. */
const POSTAL_LINE = /^(?:[A-Z]{1,3}[- ])?\d{4,5}\s+(\p{Lu}[\p{L}.'’ -]{1,40})$/u;

export function cityFromAddressLines(lines: readonly string[]): string | null {
  for (const line of lines) {
    const m = POSTAL_LINE.exec(line.trim());
    if (m) return (m[1] ?? '').trim();
  }
  return null;
}

const WORKPLACE_IN_PARENS =
  /(?:(?<!\s)\s+)?[([]\s*(?:hybrid|hybride|híbrido|ibrido|remote|fully remote|remoto|télétravail|on-?site|in[- ]office|presencial|sur site|thuiswerken|hjemmearbejde)\s*[)\]]\s*/gi;

/** "Remoto (Portugal)", "Remote - Spain", "Hybrid: Lyon": the workplace word first, the place after it. */
const WORKPLACE_FIRST = new RegExp(
  String.raw`^(?:fully\s+|100\s?%\s*)?(?:${alternationOf(
    allOf((l) => [...l.workplaceValues.remote, ...l.workplaceValues.hybrid, ...l.workplaceValues.onsite]),
  )})\s*(?:\(([^()]{2,60})\)|[-–,:]\s*([^()]{2,60}))$`,
  'iu',
);

/** A labelled location without the workplace note boards add to it ("San Francisco, CA (Hybrid)"). */
export function cleanLocation(value: string): string | null {
  const first = WORKPLACE_FIRST.exec(value.trim());
  const place = first ? (first[1] ?? first[2] ?? value) : value;
  // "Hybride: 1 dag per week thuiswerken", "Hybrid (2 days remote)": what follows the workplace word
  // explains it, and names no place.
  if (first && place.search(REMOTE_WORD) >= 0) return null;
  const v = place
    .replace(WORKPLACE_IN_PARENS, ' ')
    .replace(/\s+/g, ' ')
    .replace(/(?<![\s,;|/-])[\s,;|/-]+$/, '')
    .trim();
  return v.length >= 2 && v.length <= 160 ? v : null;
}

/** Countries postings name for remote work "within" them, English and local names. */
const COUNTRIES = [
  'Germany|Deutschland',
  'Austria|Österreich',
  'Switzerland|Schweiz|Suisse|Svizzera',
  'France',
  'Spain|España',
  'Portugal',
  'Italy|Italia',
  'Netherlands|the Netherlands|Nederland',
  'Belgium|België|Belgique',
  'Denmark|Danmark',
  'Sweden|Sverige',
  'Norway|Norge',
  'Finland|Suomi',
  'Ireland',
  'United Kingdom|UK',
  'Poland|Polska',
  'Czech Republic|Czechia',
  'Canada',
  'United States|USA|US',
  'Mexico|México',
  'Brazil|Brasil',
  'Argentina',
  'Colombia',
  'Chile',
  'Uruguay',
  'Peru|Perú',
  'Ecuador',
  'Paraguay',
  'Luxembourg|Luxemburg',
  'Australia',
  'New Zealand',
  'Singapore',
  'Europe|Europa|EU|EMEA',
];

const COUNTRY_PATTERN = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${COUNTRIES.flatMap((c) => c.split('|'))
    .sort((a, b) => b.length - a.length)
    .map((c) => c.replace(/ /g, '\\s+'))
    .join('|')})(?![\\p{L}\\p{N}])`,
  'u',
);

export function namedCountry(text: string): string | null {
  const m = COUNTRY_PATTERN.exec(text);
  return m ? m[0].replace(/\s+/g, ' ') : null;
}

const REMOTE_WORD =
  /(?<![\p{L}])(?:remote|remoto|remota|télétravail|homeoffice|home office|thuiswerken|hjemmearbejde|teletrabajo|teletrabalho|fully distributed)(?![\p{L}])/giu;

/** "Remote within Germany", "100% remoto desde España": the country of a remote job, kept as its place. */
export function remoteCountry(text: string): string | null {
  for (const m of text.matchAll(REMOTE_WORD)) {
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 40);
    const c = COUNTRY_PATTERN.exec(after);
    if (c && c.index <= 25 && !/[.!?\n]/.test(after.slice(0, c.index))) return c[0].replace(/\s+/g, ' ');
  }
  return null;
}

/** Every language's bare workplace words ("In person", "Presencial", "Vor Ort") name no place either. */
const ONLY_WORKPLACE = new RegExp(
  `^(?:remote|fully remote|100\\s?% remote|remoto|télétravail|homeoffice|home office|hybrid|hybride|híbrido|on-?site|thuiswerken|hjemmearbejde|anywhere|worldwide|${alternationOf(
    allOf((l) => [...l.workplaceValues.remote, ...l.workplaceValues.hybrid, ...l.workplaceValues.onsite]),
  )})$`,
  'iu',
);

/**
 * "Savannah, GA (Hybrid)", "Red Deer, AB T4N 1A1", "Boise, ID 83702": a town with its state or province
 * code (and maybe a postcode and a workplace in brackets) is a place even when the city list lacks it.
 */
export const CITY_AND_REGION_CODE =
  /^\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*){0,3},\s*[A-Z]{2,3}(?:\s+[A-Z0-9]{3,5}(?:\s?[A-Z0-9]{3})?)?(?:\s*\([^()]{2,20}\))?$/u;

/** "Joinville - SC", "Jaraguá do Sul - SC (1 vaga)": a Brazilian town and its state's code after a dash. */
export const CITY_DASH_STATE =
  /^\p{Lu}[\p{L}'’.-]*(?:\s(?:\p{Lu}[\p{L}'’.-]*|d[aeo]s?)){0,3}\s-\s[A-Z]{2}(?:\s*\([^()]{2,20}\))?$/u;

/** A labelled "location" that only says how one works ("Remote") names no place. */
export function isWorkplaceOnly(value: string): boolean {
  return ONLY_WORKPLACE.test(value.trim());
}

/** One to five words of a place name, maybe a department or region code: "Lucca", "Marseille (13)", "Bassano del Grappa". */
export const PLACE_SHAPED =
  /^\p{Lu}[\p{L}'’.-]*(?:[\s-]+(?:\p{Lu}[\p{L}'’.-]*|d[aeiou]l?|di|de|della|la|le|sur|am|an|im|upon|on|en|aan|op)){0,4}(?:\s*\((?:\d{1,3}|\p{Lu}{2})\))?(?:,\s*\p{Lu}[\p{L} .'’-]{1,30})?$/u;
