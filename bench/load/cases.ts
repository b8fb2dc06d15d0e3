import type { Options } from 'autocannon';
import type { SessionHeaders } from './session.ts';

/** A benchmark case: what autocannon sends, and the targets of issue 13 (2 cores). */
export type LoadCase = {
  name: string;
  /** what one request does, for the table's notes */
  what: string;
  targets: { perSecond: number | null; p99Ms: number | null };
  options: (urls: string[]) => Options;
};

/** Ten names, as a compliance officer screens them: list names exactly, misspelt and reordered, and clean ones. */
export const SCREENING_NAMES = [
  { name: 'Restaurante Bar Punta del Este', country: 'CO' },
  { name: 'Anatoliy Anatolyevich Smolin', type: 'person' },
  { name: 'Asia Pacific Links Limited' },
  { name: 'Echelon Innovations LLC', country: 'RU' },
  { name: 'Obshchestvo s Ogranichennoy Otvetstvennostyu Ukon' },
  { name: 'Atlas Compute Inc.', country: 'US' },
  { name: 'Meridian Models LLC' },
  { name: 'Harvest Data Systems GmbH', country: 'DE' },
  { name: 'Maria Gonzalez', type: 'person' },
  { name: 'Pacific Freight Forwarding Co' },
] as const;

const json = (session?: SessionHeaders) => ({ 'content-type': 'application/json', ...(session ?? {}) });

export const catalogCase: LoadCase = {
  name: 'catalog',
  what: 'GET /api/v1/catalog (public)',
  targets: { perSecond: 500, p99Ms: 100 },
  options: (urls) => ({ url: urls, method: 'GET' }),
};

export const screeningCase = (officer: SessionHeaders): LoadCase => ({
  name: 'screening',
  what: 'POST /api/v1/screen, 10 names (compliance officer)',
  targets: { perSecond: 200, p99Ms: 200 },
  options: (urls) => ({
    url: urls.map((url) => `${url}/api/v1/screen`),
    method: 'POST',
    headers: json(officer),
    body: JSON.stringify({ names: SCREENING_NAMES }),
  }),
});

/** Submits one prepared draft per request (a draft is submitted once): a fixed number of requests, not a duration. */
export const submitCase = (applicant: SessionHeaders, draftIds: string[]): LoadCase => {
  let next = 0;
  return {
    name: 'submit',
    what: `POST /api/v1/proposals/{id}/submit (applicant), ${draftIds.length} drafts`,
    targets: { perSecond: null, p99Ms: null },
    options: (urls) => ({
      url: urls,
      amount: draftIds.length,
      requests: [
        {
          method: 'POST',
          headers: json(applicant),
          setupRequest: (request) => {
            const id = draftIds[next % draftIds.length];
            next += 1;
            return { ...request, path: `/api/v1/proposals/${id}/submit` };
          },
        },
      ],
    }),
  };
};
