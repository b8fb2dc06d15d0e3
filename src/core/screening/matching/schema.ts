import type { EntityType } from '../lists/list-entry.ts';

const SCHEMAS = new Map<string, EntityType>(
  Object.entries({
    person: 'person',
    individual: 'person',
    company: 'company',
    organization: 'company',
    organisation: 'company',
    entity: 'company',
    vessel: 'vessel',
    ship: 'vessel',
    airplane: 'aircraft',
    aircraft: 'aircraft',
    legalentity: 'unknown',
    thing: 'unknown',
  }),
);

/** Maps a schema or type label (FollowTheMoney "Person", "LegalEntity", "Vessel", …) to an entity type. */
export const entityTypeOf = (label: string | undefined): EntityType =>
  label === undefined ? 'unknown' : (SCHEMAS.get(label.trim().toLowerCase()) ?? 'unknown');
