import { appError } from './errors.ts';
import { err, ok, type Result } from './result.ts';

/**
 * Countries and territories: ISO 3166-1 (as published in Debian's iso-codes 2026 data), with the names the
 * EAR uses ("Burma", "Korea, South", "Türkiye", "Macau") as display names where they differ, and common
 * aliases. Hong Kong (HK) and Macau (MO) are their own destinations here; the EAR treats Hong Kong as China
 * (see export-control/data/destination-rows.ts), Macau as its own destination. Kosovo uses the user-assigned
 * code XK (not ISO 3166-1, but used by the U.S. Government and the EAR Country Chart has a Kosovo row).
 */
export type Country = {
  /** ISO 3166-1 alpha-2 */
  code: string;
  /** display name; the EAR's name where the EAR names the country */
  name: string;
  /** ISO 3166-1 alpha-3 */
  alpha3: string;
  /** other names: the ISO name and official name where they differ, and common aliases */
  aliases: readonly string[];
};

type Row = readonly [code: string, name: string, alpha3: string, aliases: readonly string[]];

const ROWS: readonly Row[] = [
  ['AD', 'Andorra', 'AND', ['Principality of Andorra']],
  ['AE', 'United Arab Emirates', 'ARE', ['UAE', 'U.A.E.', 'Emirates']],
  ['AF', 'Afghanistan', 'AFG', ['Islamic Republic of Afghanistan']],
  ['AG', 'Antigua and Barbuda', 'ATG', []],
  ['AI', 'Anguilla', 'AIA', []],
  ['AL', 'Albania', 'ALB', ['Republic of Albania']],
  ['AM', 'Armenia', 'ARM', ['Republic of Armenia']],
  ['AO', 'Angola', 'AGO', ['Republic of Angola']],
  ['AQ', 'Antarctica', 'ATA', []],
  ['AR', 'Argentina', 'ARG', ['Argentine Republic']],
  ['AS', 'American Samoa', 'ASM', []],
  ['AT', 'Austria', 'AUT', ['Republic of Austria']],
  ['AU', 'Australia', 'AUS', []],
  ['AW', 'Aruba', 'ABW', []],
  ['AX', 'Åland Islands', 'ALA', []],
  ['AZ', 'Azerbaijan', 'AZE', ['Republic of Azerbaijan']],
  ['BA', 'Bosnia and Herzegovina', 'BIH', ['Republic of Bosnia and Herzegovina']],
  ['BB', 'Barbados', 'BRB', []],
  ['BD', 'Bangladesh', 'BGD', ["People's Republic of Bangladesh"]],
  ['BE', 'Belgium', 'BEL', ['Kingdom of Belgium']],
  ['BF', 'Burkina Faso', 'BFA', []],
  ['BG', 'Bulgaria', 'BGR', ['Republic of Bulgaria']],
  ['BH', 'Bahrain', 'BHR', ['Kingdom of Bahrain']],
  ['BI', 'Burundi', 'BDI', ['Republic of Burundi']],
  ['BJ', 'Benin', 'BEN', ['Republic of Benin']],
  ['BL', 'Saint Barthélemy', 'BLM', []],
  ['BM', 'Bermuda', 'BMU', []],
  ['BN', 'Brunei', 'BRN', ['Brunei Darussalam']],
  ['BO', 'Bolivia', 'BOL', ['Bolivia, Plurinational State of', 'Plurinational State of Bolivia']],
  ['BQ', 'Bonaire, Sint Eustatius and Saba', 'BES', []],
  ['BR', 'Brazil', 'BRA', ['Federative Republic of Brazil']],
  ['BS', 'Bahamas, The', 'BHS', ['Bahamas', 'Commonwealth of the Bahamas', 'The Bahamas']],
  ['BT', 'Bhutan', 'BTN', ['Kingdom of Bhutan']],
  ['BV', 'Bouvet Island', 'BVT', []],
  ['BW', 'Botswana', 'BWA', ['Republic of Botswana']],
  ['BY', 'Belarus', 'BLR', ['Republic of Belarus']],
  ['BZ', 'Belize', 'BLZ', []],
  ['CA', 'Canada', 'CAN', []],
  ['CC', 'Cocos (Keeling) Islands', 'CCK', []],
  [
    'CD',
    'Congo (Democratic Republic of the)',
    'COD',
    [
      'Congo, The Democratic Republic of the',
      'DRC',
      'DR Congo',
      'Democratic Republic of the Congo',
      'Congo-Kinshasa',
      'Congo (Democratic Republic of)',
      'Zaire',
    ],
  ],
  ['CF', 'Central African Republic', 'CAF', []],
  ['CG', 'Congo (Republic of the)', 'COG', ['Congo', 'Republic of the Congo', 'Congo-Brazzaville']],
  ['CH', 'Switzerland', 'CHE', ['Swiss Confederation']],
  ['CI', "Cote d'Ivoire", 'CIV', ["Côte d'Ivoire", "Republic of Côte d'Ivoire", 'Ivory Coast']],
  ['CK', 'Cook Islands', 'COK', []],
  ['CL', 'Chile', 'CHL', ['Republic of Chile']],
  ['CM', 'Cameroon', 'CMR', ['Republic of Cameroon']],
  [
    'CN',
    'China',
    'CHN',
    [
      "People's Republic of China",
      'PRC',
      'P.R.C.',
      'Mainland China',
      'China (PRC)',
      "China (People's Republic of)",
      'Zhongguo',
    ],
  ],
  ['CO', 'Colombia', 'COL', ['Republic of Colombia']],
  ['CR', 'Costa Rica', 'CRI', ['Republic of Costa Rica']],
  ['CU', 'Cuba', 'CUB', ['Republic of Cuba']],
  ['CV', 'Cape Verde', 'CPV', ['Cabo Verde', 'Republic of Cabo Verde']],
  ['CW', 'Curaçao', 'CUW', []],
  ['CX', 'Christmas Island', 'CXR', []],
  ['CY', 'Cyprus', 'CYP', ['Republic of Cyprus']],
  ['CZ', 'Czech Republic', 'CZE', ['Czechia']],
  ['DE', 'Germany', 'DEU', ['Federal Republic of Germany']],
  ['DJ', 'Djibouti', 'DJI', ['Republic of Djibouti']],
  ['DK', 'Denmark', 'DNK', ['Kingdom of Denmark']],
  ['DM', 'Dominica', 'DMA', ['Commonwealth of Dominica']],
  ['DO', 'Dominican Republic', 'DOM', []],
  ['DZ', 'Algeria', 'DZA', ["People's Democratic Republic of Algeria"]],
  ['EC', 'Ecuador', 'ECU', ['Republic of Ecuador']],
  ['EE', 'Estonia', 'EST', ['Republic of Estonia']],
  ['EG', 'Egypt', 'EGY', ['Arab Republic of Egypt']],
  ['EH', 'Western Sahara', 'ESH', []],
  ['ER', 'Eritrea', 'ERI', ['the State of Eritrea']],
  ['ES', 'Spain', 'ESP', ['Kingdom of Spain']],
  ['ET', 'Ethiopia', 'ETH', ['Federal Democratic Republic of Ethiopia']],
  ['FI', 'Finland', 'FIN', ['Republic of Finland']],
  ['FJ', 'Fiji', 'FJI', ['Republic of Fiji']],
  ['FK', 'Falkland Islands (Malvinas)', 'FLK', []],
  ['FM', 'Micronesia, Federated States of', 'FSM', ['Federated States of Micronesia', 'Micronesia']],
  ['FO', 'Faroe Islands', 'FRO', []],
  ['FR', 'France', 'FRA', ['French Republic']],
  ['GA', 'Gabon', 'GAB', ['Gabonese Republic']],
  [
    'GB',
    'United Kingdom',
    'GBR',
    ['United Kingdom of Great Britain and Northern Ireland', 'UK', 'U.K.', 'Great Britain', 'Britain', 'England'],
  ],
  ['GD', 'Grenada', 'GRD', []],
  ['GE', 'Georgia', 'GEO', []],
  ['GF', 'French Guiana', 'GUF', []],
  ['GG', 'Guernsey', 'GGY', []],
  ['GH', 'Ghana', 'GHA', ['Republic of Ghana']],
  ['GI', 'Gibraltar', 'GIB', []],
  ['GL', 'Greenland', 'GRL', []],
  ['GM', 'Gambia, The', 'GMB', ['Gambia', 'Republic of the Gambia', 'The Gambia']],
  ['GN', 'Guinea', 'GIN', ['Republic of Guinea']],
  ['GP', 'Guadeloupe', 'GLP', []],
  ['GQ', 'Equatorial Guinea', 'GNQ', ['Republic of Equatorial Guinea']],
  ['GR', 'Greece', 'GRC', ['Hellenic Republic']],
  ['GS', 'South Georgia and the South Sandwich Islands', 'SGS', []],
  ['GT', 'Guatemala', 'GTM', ['Republic of Guatemala']],
  ['GU', 'Guam', 'GUM', []],
  ['GW', 'Guinea-Bissau', 'GNB', ['Republic of Guinea-Bissau']],
  ['GY', 'Guyana', 'GUY', ['Republic of Guyana']],
  [
    'HK',
    'Hong Kong',
    'HKG',
    ['Hong Kong Special Administrative Region of China', 'Hong Kong SAR', 'Hong Kong, China', 'HKSAR', 'Xianggang'],
  ],
  ['HM', 'Heard Island and McDonald Islands', 'HMD', []],
  ['HN', 'Honduras', 'HND', ['Republic of Honduras']],
  ['HR', 'Croatia', 'HRV', ['Republic of Croatia']],
  ['HT', 'Haiti', 'HTI', ['Republic of Haiti']],
  ['HU', 'Hungary', 'HUN', []],
  ['ID', 'Indonesia', 'IDN', ['Republic of Indonesia']],
  ['IE', 'Ireland', 'IRL', []],
  ['IL', 'Israel', 'ISR', ['State of Israel']],
  ['IM', 'Isle of Man', 'IMN', []],
  ['IN', 'India', 'IND', ['Republic of India']],
  ['IO', 'British Indian Ocean Territory', 'IOT', []],
  ['IQ', 'Iraq', 'IRQ', ['Republic of Iraq']],
  ['IR', 'Iran', 'IRN', ['Iran, Islamic Republic of', 'Islamic Republic of Iran', 'Persia']],
  ['IS', 'Iceland', 'ISL', ['Republic of Iceland']],
  ['IT', 'Italy', 'ITA', ['Italian Republic']],
  ['JE', 'Jersey', 'JEY', []],
  ['JM', 'Jamaica', 'JAM', []],
  ['JO', 'Jordan', 'JOR', ['Hashemite Kingdom of Jordan']],
  ['JP', 'Japan', 'JPN', []],
  ['KE', 'Kenya', 'KEN', ['Republic of Kenya']],
  ['KG', 'Kyrgyzstan', 'KGZ', ['Kyrgyz Republic']],
  ['KH', 'Cambodia', 'KHM', ['Kingdom of Cambodia']],
  ['KI', 'Kiribati', 'KIR', ['Republic of Kiribati']],
  ['KM', 'Comoros', 'COM', ['Union of the Comoros']],
  ['KN', 'St. Kitts and Nevis', 'KNA', ['Saint Kitts and Nevis', 'St Kitts and Nevis']],
  [
    'KP',
    'Korea, North',
    'PRK',
    [
      "Korea, Democratic People's Republic of",
      "Democratic People's Republic of Korea",
      'North Korea',
      'DPRK',
      "Korea (Democratic People's Republic of)",
    ],
  ],
  [
    'KR',
    'Korea, South',
    'KOR',
    ['Korea, Republic of', 'South Korea', 'Republic of Korea', 'ROK', 'Korea (Republic of)'],
  ],
  ['KW', 'Kuwait', 'KWT', ['State of Kuwait']],
  ['KY', 'Cayman Islands', 'CYM', []],
  ['KZ', 'Kazakhstan', 'KAZ', ['Republic of Kazakhstan']],
  ['LA', 'Laos', 'LAO', ["Lao People's Democratic Republic", 'Lao PDR']],
  ['LB', 'Lebanon', 'LBN', ['Lebanese Republic']],
  ['LC', 'St. Lucia', 'LCA', ['Saint Lucia']],
  ['LI', 'Liechtenstein', 'LIE', ['Principality of Liechtenstein']],
  ['LK', 'Sri Lanka', 'LKA', ['Democratic Socialist Republic of Sri Lanka']],
  ['LR', 'Liberia', 'LBR', ['Republic of Liberia']],
  ['LS', 'Lesotho', 'LSO', ['Kingdom of Lesotho']],
  ['LT', 'Lithuania', 'LTU', ['Republic of Lithuania']],
  ['LU', 'Luxembourg', 'LUX', ['Grand Duchy of Luxembourg']],
  ['LV', 'Latvia', 'LVA', ['Republic of Latvia']],
  ['LY', 'Libya', 'LBY', []],
  ['MA', 'Morocco', 'MAR', ['Kingdom of Morocco']],
  ['MC', 'Monaco', 'MCO', ['Principality of Monaco']],
  ['MD', 'Moldova', 'MDA', ['Moldova, Republic of', 'Republic of Moldova']],
  ['ME', 'Montenegro', 'MNE', []],
  ['MF', 'Saint Martin (French part)', 'MAF', []],
  ['MG', 'Madagascar', 'MDG', ['Republic of Madagascar']],
  ['MH', 'Marshall Islands', 'MHL', ['Republic of the Marshall Islands']],
  ['MK', 'North Macedonia', 'MKD', ['Republic of North Macedonia', 'Macedonia', 'FYROM']],
  ['ML', 'Mali', 'MLI', ['Republic of Mali']],
  ['MM', 'Burma', 'MMR', ['Myanmar', 'Republic of Myanmar', 'Republic of the Union of Myanmar']],
  ['MN', 'Mongolia', 'MNG', []],
  [
    'MO',
    'Macau',
    'MAC',
    [
      'Macao',
      'Macao Special Administrative Region of China',
      'Macau SAR',
      'Macao SAR',
      'Macau, China',
      'Macao, China',
      'Aomen',
    ],
  ],
  ['MP', 'Northern Mariana Islands', 'MNP', ['Commonwealth of the Northern Mariana Islands']],
  ['MQ', 'Martinique', 'MTQ', []],
  ['MR', 'Mauritania', 'MRT', ['Islamic Republic of Mauritania']],
  ['MS', 'Montserrat', 'MSR', []],
  ['MT', 'Malta', 'MLT', ['Republic of Malta']],
  ['MU', 'Mauritius', 'MUS', ['Republic of Mauritius']],
  ['MV', 'Maldives', 'MDV', ['Republic of Maldives']],
  ['MW', 'Malawi', 'MWI', ['Republic of Malawi']],
  ['MX', 'Mexico', 'MEX', ['United Mexican States']],
  ['MY', 'Malaysia', 'MYS', []],
  ['MZ', 'Mozambique', 'MOZ', ['Republic of Mozambique']],
  ['NA', 'Namibia', 'NAM', ['Republic of Namibia']],
  ['NC', 'New Caledonia', 'NCL', []],
  ['NE', 'Niger', 'NER', ['Republic of the Niger']],
  ['NF', 'Norfolk Island', 'NFK', []],
  ['NG', 'Nigeria', 'NGA', ['Federal Republic of Nigeria']],
  ['NI', 'Nicaragua', 'NIC', ['Republic of Nicaragua']],
  ['NL', 'Netherlands', 'NLD', ['Kingdom of the Netherlands', 'Holland', 'The Netherlands']],
  ['NO', 'Norway', 'NOR', ['Kingdom of Norway']],
  ['NP', 'Nepal', 'NPL', ['Federal Democratic Republic of Nepal']],
  ['NR', 'Nauru', 'NRU', ['Republic of Nauru']],
  ['NU', 'Niue', 'NIU', []],
  ['NZ', 'New Zealand', 'NZL', []],
  ['OM', 'Oman', 'OMN', ['Sultanate of Oman']],
  ['PA', 'Panama', 'PAN', ['Republic of Panama']],
  ['PE', 'Peru', 'PER', ['Republic of Peru']],
  ['PF', 'French Polynesia', 'PYF', []],
  ['PG', 'Papua New Guinea', 'PNG', ['Independent State of Papua New Guinea']],
  ['PH', 'Philippines', 'PHL', ['Republic of the Philippines']],
  ['PK', 'Pakistan', 'PAK', ['Islamic Republic of Pakistan']],
  ['PL', 'Poland', 'POL', ['Republic of Poland']],
  ['PM', 'Saint Pierre and Miquelon', 'SPM', []],
  ['PN', 'Pitcairn', 'PCN', []],
  ['PR', 'Puerto Rico', 'PRI', []],
  [
    'PS',
    'Palestine',
    'PSE',
    ['Palestine, State of', 'the State of Palestine', 'Palestinian Territories', 'West Bank and Gaza'],
  ],
  ['PT', 'Portugal', 'PRT', ['Portuguese Republic']],
  ['PW', 'Palau', 'PLW', ['Republic of Palau']],
  ['PY', 'Paraguay', 'PRY', ['Republic of Paraguay']],
  ['QA', 'Qatar', 'QAT', ['State of Qatar']],
  ['RE', 'Réunion', 'REU', []],
  ['RO', 'Romania', 'ROU', []],
  ['RS', 'Serbia', 'SRB', ['Republic of Serbia']],
  ['RU', 'Russia', 'RUS', ['Russian Federation']],
  ['RW', 'Rwanda', 'RWA', ['Rwandese Republic']],
  ['SA', 'Saudi Arabia', 'SAU', ['Kingdom of Saudi Arabia']],
  ['SB', 'Solomon Islands', 'SLB', []],
  ['SC', 'Seychelles', 'SYC', ['Republic of Seychelles']],
  ['SD', 'Sudan', 'SDN', ['Republic of the Sudan']],
  ['SE', 'Sweden', 'SWE', ['Kingdom of Sweden']],
  ['SG', 'Singapore', 'SGP', ['Republic of Singapore']],
  ['SH', 'Saint Helena, Ascension and Tristan da Cunha', 'SHN', []],
  ['SI', 'Slovenia', 'SVN', ['Republic of Slovenia']],
  ['SJ', 'Svalbard and Jan Mayen', 'SJM', []],
  ['SK', 'Slovakia', 'SVK', ['Slovak Republic']],
  ['SL', 'Sierra Leone', 'SLE', ['Republic of Sierra Leone']],
  ['SM', 'San Marino', 'SMR', ['Republic of San Marino']],
  ['SN', 'Senegal', 'SEN', ['Republic of Senegal']],
  ['SO', 'Somalia', 'SOM', ['Federal Republic of Somalia']],
  ['SR', 'Suriname', 'SUR', ['Republic of Suriname']],
  ['SS', 'South Sudan', 'SSD', ['Republic of South Sudan', 'South Sudan, Republic of']],
  ['ST', 'Sao Tome and Principe', 'STP', ['Democratic Republic of Sao Tome and Principe']],
  ['SV', 'El Salvador', 'SLV', ['Republic of El Salvador']],
  [
    'SX',
    'Sint Maarten',
    'SXM',
    ['Sint Maarten (Dutch part)', 'Sint Maarten (the Dutch two-fifths of the island of Saint Martin)'],
  ],
  ['SY', 'Syria', 'SYR', ['Syrian Arab Republic']],
  ['SZ', 'Eswatini', 'SWZ', ['Kingdom of Eswatini', 'Swaziland']],
  ['TC', 'Turks and Caicos Islands', 'TCA', []],
  ['TD', 'Chad', 'TCD', ['Republic of Chad']],
  ['TF', 'French Southern Territories', 'ATF', []],
  ['TG', 'Togo', 'TGO', ['Togolese Republic']],
  ['TH', 'Thailand', 'THA', ['Kingdom of Thailand']],
  ['TJ', 'Tajikistan', 'TJK', ['Republic of Tajikistan']],
  ['TK', 'Tokelau', 'TKL', []],
  ['TL', 'Timor-Leste', 'TLS', ['Democratic Republic of Timor-Leste', 'East Timor']],
  ['TM', 'Turkmenistan', 'TKM', []],
  ['TN', 'Tunisia', 'TUN', ['Republic of Tunisia']],
  ['TO', 'Tonga', 'TON', ['Kingdom of Tonga']],
  ['TR', 'Türkiye', 'TUR', ['Republic of Türkiye', 'Turkey', 'Turkiye', 'Republic of Turkey']],
  ['TT', 'Trinidad and Tobago', 'TTO', ['Republic of Trinidad and Tobago']],
  ['TV', 'Tuvalu', 'TUV', []],
  ['TW', 'Taiwan', 'TWN', ['Taiwan, Province of China', 'Republic of China', 'ROC', 'Chinese Taipei']],
  ['TZ', 'Tanzania', 'TZA', ['Tanzania, United Republic of', 'United Republic of Tanzania']],
  ['UA', 'Ukraine', 'UKR', []],
  ['UG', 'Uganda', 'UGA', ['Republic of Uganda']],
  ['UM', 'United States Minor Outlying Islands', 'UMI', []],
  ['US', 'United States', 'USA', ['United States of America', 'USA', 'U.S.', 'U.S.A.', 'America']],
  ['UY', 'Uruguay', 'URY', ['Eastern Republic of Uruguay']],
  ['UZ', 'Uzbekistan', 'UZB', ['Republic of Uzbekistan']],
  ['VA', 'Vatican City', 'VAT', ['Holy See (Vatican City State)', 'Holy See', 'Vatican']],
  ['VC', 'St. Vincent and the Grenadines', 'VCT', ['Saint Vincent and the Grenadines']],
  ['VE', 'Venezuela', 'VEN', ['Venezuela, Bolivarian Republic of', 'Bolivarian Republic of Venezuela']],
  ['VG', 'Virgin Islands, British', 'VGB', ['British Virgin Islands']],
  ['VI', 'Virgin Islands, U.S.', 'VIR', ['Virgin Islands of the United States']],
  ['VN', 'Vietnam', 'VNM', ['Viet Nam', 'Socialist Republic of Viet Nam']],
  ['VU', 'Vanuatu', 'VUT', ['Republic of Vanuatu']],
  ['WF', 'Wallis and Futuna', 'WLF', []],
  ['WS', 'Samoa', 'WSM', ['Independent State of Samoa']],
  ['XK', 'Kosovo', 'XKX', ['Republic of Kosovo']],
  ['YE', 'Yemen', 'YEM', ['Republic of Yemen']],
  ['YT', 'Mayotte', 'MYT', []],
  ['ZA', 'South Africa', 'ZAF', ['Republic of South Africa']],
  ['ZM', 'Zambia', 'ZMB', ['Republic of Zambia']],
  ['ZW', 'Zimbabwe', 'ZWE', ['Republic of Zimbabwe']],
];

export const COUNTRIES: readonly Country[] = Object.freeze(
  ROWS.map(([code, name, alpha3, aliases]) =>
    Object.freeze({ code, name, alpha3, aliases: Object.freeze([...aliases]) }),
  ),
);

const BY_CODE: ReadonlyMap<string, Country> = new Map(COUNTRIES.map((c) => [c.code, c]));

/** Lower case, no diacritics, "&" as "and", punctuation dropped, a leading "the" dropped. */
export const normalizeCountryName = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .replace(/^the /, '');

const BY_NAME: ReadonlyMap<string, Country> = (() => {
  const map = new Map<string, Country>();
  for (const country of COUNTRIES) {
    for (const label of [country.name, ...country.aliases, country.alpha3]) {
      const key = normalizeCountryName(label);
      if (!map.has(key)) map.set(key, country);
    }
  }
  return map;
})();

/** True when code is an upper-case ISO 3166-1 alpha-2 code this module knows (XK included). */
export const isCountryCode = (code: string): boolean => BY_CODE.has(code);

/** The country for an alpha-2 code, if known. */
export const countryByCode = (code: string): Country | undefined => BY_CODE.get(code);

/**
 * Resolves an alpha-2 or alpha-3 code (any case) or a name or alias ("Turkey", "Burma", "Korea, South",
 * "Macao") to a country. Fails with invalid_input naming what was not understood.
 */
export const resolveCountry = (nameOrCode: string): Result<Country> => {
  const text = nameOrCode.trim();
  if (text.length === 0) return err(appError('invalid_input', 'a country code or name is required'));
  const byCode = /^[A-Za-z]{2}$/.test(text) ? BY_CODE.get(text.toUpperCase()) : undefined;
  if (byCode) return ok(byCode);
  const byName = BY_NAME.get(normalizeCountryName(text));
  if (byName) return ok(byName);
  return err(
    appError(
      'invalid_input',
      `"${text}" is not a known country: use an ISO 3166-1 code such as DE or a name such as Germany`,
    ),
  );
};
