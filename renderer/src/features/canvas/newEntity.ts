import { makeId, type Entity, type EntityKind } from '../../../../shared/model';

/** A uniform random number in [0, 1) from the platform's CSPRNG, for new ids. */
export function secureRandom(): number {
  const words = new Uint32Array(1);
  crypto.getRandomValues(words);
  return (words[0] ?? 0) / 2 ** 32;
}

/** A new entity with valid placeholder values the designer then edits in the inspector. */
export function newEntity(kind: EntityKind, language = 'en'): Entity {
  const id = makeId(kind, secureRandom);
  switch (kind) {
    case 'skill':
      return { id, kind, statement: 'New skill requirement', skillType: 'skill', importance: 'essential' };
    case 'outcome':
      return { id, kind, statement: 'New learning outcome' };
    case 'assessment':
      return { id, kind, title: 'New assessment', assessmentType: 'project' };
    case 'activity':
      return { id, kind, title: 'New learning activity', deliveryMode: 'online', contactHours: 0, selfStudyHours: 0 };
    case 'credential':
      return { id, kind, title: 'New micro-credential', version: '1.0', status: 'draft', language };
    case 'program':
      return { id, kind, title: 'New program' };
  }
}
