import { describe, expect, it } from 'vitest';
import { serialiseDocument } from '../../../shared/format';
import { SETTINGS_RECORD } from '../../../shared/model';
import {
  ADVISOR,
  AUTHOR,
  apply,
  applyOk,
  makeComment,
  makeCredential,
  makeEndorsement,
  makeLink,
  makeMap,
  makeOutcome,
  makePerson,
  makeSkill,
  nextStamp,
  refusalOf,
} from '../../helpers/builders';

describe('settings.update', () => {
  it('changes map settings and stamps them under the record "map"', () => {
    const stamp = nextStamp();
    const doc = apply(makeMap(), 'settings.update', { changes: { title: 'Cyber micro-credentials', hoursPerCredit: 25 } }, stamp);
    expect(doc.settings).toMatchObject({ title: 'Cyber micro-credentials', hoursPerCredit: 25, creditUnit: 'ects' });
    expect(doc.meta.stamps[SETTINGS_RECORD]).toMatchObject({ title: stamp, hoursPerCredit: stamp });
    expect(doc.meta.stamps[SETTINGS_RECORD]?.creditUnit).not.toBe(stamp);
  });

  it('clears an optional setting given null', () => {
    const doc = makeMap({ settings: { institution: 'Northfield State University' } });
    const stamp = nextStamp();
    const next = apply(doc, 'settings.update', { changes: { institution: null } }, stamp);
    expect(next.settings).not.toHaveProperty('institution');
    expect(next.meta.stamps[SETTINGS_RECORD]?.institution).toBe(stamp);
  });

  it('refuses an invalid value, naming the setting', () => {
    expect(refusalOf(makeMap(), 'settings.update', { changes: { creditUnit: 'furlongs' } })).toMatchObject({ code: 'invalid-value', field: 'creditUnit' });
    expect(refusalOf(makeMap(), 'settings.update', { changes: { title: null } })).toMatchObject({ code: 'invalid-value', field: 'title' });
  });

  it('refuses an unknown setting and the record id', () => {
    expect(refusalOf(makeMap(), 'settings.update', { changes: { theme: 'dark' } })).toMatchObject({ code: 'invalid-value', field: 'theme' });
    expect(refusalOf(makeMap(), 'settings.update', { changes: { id: 'map_other' } })).toMatchObject({ code: 'read-only-field', field: 'id' });
  });
});

describe('person.upsert', () => {
  it('adds a new person, stamping their fields', () => {
    const person = makePerson({ organisation: 'CyberSec Ltd' });
    const stamp = nextStamp();
    const doc = apply(makeMap(), 'person.upsert', { person }, stamp);
    expect(doc.people[person.id]).toEqual(person);
    expect(doc.meta.stamps[person.id]).toEqual({ name: stamp, organisation: stamp, role: stamp });
  });

  it('updates an existing person: changed fields are stamped, fields left out are cleared', () => {
    const stamp = nextStamp();
    const before = makeMap();
    const doc = apply(before, 'person.upsert', { person: { id: ADVISOR.id, name: 'Grace B. Hopper', role: ADVISOR.role } }, stamp);
    expect(doc.people[ADVISOR.id]).toEqual({ id: ADVISOR.id, name: 'Grace B. Hopper', role: 'advisor' });
    expect(doc.meta.stamps[ADVISOR.id]).toEqual({ ...before.meta.stamps[ADVISOR.id], name: stamp, organisation: stamp });
  });

  it('changes nothing when the person is upserted as they are', () => {
    const doc = makeMap();
    expect(applyOk(doc, 'person.upsert', { person: ADVISOR }).doc).toBe(doc);
  });

  it('refuses an update the schema rejects, naming the field', () => {
    expect(refusalOf(makeMap(), 'person.upsert', { person: { ...ADVISOR, role: 'boss' } }).code).toBe('invalid-payload');
    expect(refusalOf(makeMap(), 'person.upsert', { person: { ...ADVISOR, name: '' } })).toMatchObject({ code: 'invalid-payload', message: expect.stringContaining('person.name') });
  });

  it('refuses a new person whose id another record uses', () => {
    const skill = makeSkill();
    expect(refusalOf(makeMap({ entities: [skill] }), 'person.upsert', { person: makePerson({ id: skill.id }) }).code).toBe('exists');
  });
});

describe('comment.add', () => {
  const outcome = makeOutcome();
  const skill = makeSkill();
  const base = makeMap({ entities: [outcome, skill] });

  it('starts a thread on an entity, and adds replies to it', () => {
    const root = makeComment(outcome, { field: 'statement' });
    const reply = makeComment(outcome, { replyTo: root.id, author: ADVISOR.id });
    const stamp = nextStamp();
    const doc = apply(apply(base, 'comment.add', { comment: root }, stamp), 'comment.add', { comment: reply });
    expect(doc.comments[root.id]).toEqual(root);
    expect(doc.comments[reply.id]).toEqual(reply);
    expect(doc.meta.stamps[root.id]).toEqual({ target: stamp, field: stamp, author: stamp, at: stamp, body: stamp });
  });

  it('comments on a link too', () => {
    const link = makeLink('addresses', skill, outcome);
    const comment = makeComment(link);
    expect(apply(apply(base, 'link.create', { link }), 'comment.add', { comment }).comments[comment.id]).toEqual(comment);
  });

  it('refuses a target, an author or a thread that does not exist', () => {
    expect(refusalOf(base, 'comment.add', { comment: makeComment('sk_ghost') })).toMatchObject({ code: 'not-found', message: expect.stringContaining('sk_ghost') });
    expect(refusalOf(base, 'comment.add', { comment: makeComment(outcome, { author: 'pe_ghost' }) })).toMatchObject({ code: 'not-found', message: expect.stringContaining('pe_ghost') });
    expect(refusalOf(base, 'comment.add', { comment: makeComment(outcome, { replyTo: 'cm_ghost' }) })).toMatchObject({ code: 'not-found', message: expect.stringContaining('cm_ghost') });
  });

  it('keeps threads one level deep and on one item', () => {
    const root = makeComment(outcome);
    const reply = makeComment(outcome, { replyTo: root.id });
    const doc = apply(apply(base, 'comment.add', { comment: root }), 'comment.add', { comment: reply });
    expect(refusalOf(doc, 'comment.add', { comment: makeComment(outcome, { replyTo: reply.id }) })).toMatchObject({ code: 'invalid-value', message: expect.stringMatching(/first comment/) });
    expect(refusalOf(doc, 'comment.add', { comment: makeComment(skill, { replyTo: root.id }) })).toMatchObject({ code: 'invalid-value', message: expect.stringMatching(/same item/) });
  });

  it('refuses a reply that carries the resolved state only its thread has', () => {
    const root = makeComment(outcome);
    const doc = apply(base, 'comment.add', { comment: root });
    expect(refusalOf(doc, 'comment.add', { comment: makeComment(outcome, { replyTo: root.id, resolved: true }) }).code).toBe('invalid-value');
  });

  it('refuses an id in use', () => {
    expect(refusalOf(base, 'comment.add', { comment: makeComment(outcome, { id: skill.id }) }).code).toBe('exists');
  });
});

describe('comment.resolve and comment.delete', () => {
  const outcome = makeOutcome();
  const root = makeComment(outcome);
  const reply = makeComment(outcome, { replyTo: root.id, author: ADVISOR.id });
  const other = makeComment(outcome, { body: 'Another thread' });
  const doc = [root, reply, other].reduce((d, comment) => apply(d, 'comment.add', { comment }), makeMap({ entities: [outcome] }));

  it('resolves and reopens a thread, stamping the change', () => {
    const stamp = nextStamp();
    const resolved = apply(doc, 'comment.resolve', { id: root.id, resolved: true }, stamp);
    expect(resolved.comments[root.id]?.resolved).toBe(true);
    expect(resolved.meta.stamps[root.id]?.resolved).toBe(stamp);
    const reopened = apply(resolved, 'comment.resolve', { id: root.id, resolved: false });
    expect(reopened.comments[root.id]).toEqual(root);
  });

  it('changes nothing when the thread is already in that state', () => {
    expect(applyOk(doc, 'comment.resolve', { id: root.id, resolved: false }).doc).toBe(doc);
  });

  it('refuses to resolve a reply on its own, or a comment that does not exist', () => {
    expect(refusalOf(doc, 'comment.resolve', { id: reply.id, resolved: true })).toMatchObject({ code: 'invalid-value', message: expect.stringMatching(/whole thread/) });
    expect(refusalOf(doc, 'comment.resolve', { id: 'cm_ghost', resolved: true }).code).toBe('not-found');
  });

  it('deletes a thread with its replies, leaving tombstones, and other threads alone', () => {
    const stamp = nextStamp();
    const next = apply(doc, 'comment.delete', { id: root.id }, stamp);
    expect(Object.keys(next.comments)).toEqual([other.id]);
    expect([next.meta.tombstones[root.id], next.meta.tombstones[reply.id]]).toEqual([stamp, stamp]);
  });

  it('deletes a single reply without its thread', () => {
    const next = apply(doc, 'comment.delete', { id: reply.id });
    expect(Object.keys(next.comments).sort()).toEqual([root.id, other.id].sort());
  });

  it('refuses to delete a comment that does not exist', () => {
    expect(refusalOf(doc, 'comment.delete', { id: 'cm_ghost' }).code).toBe('not-found');
  });
});

describe('endorsement.add and endorsement.remove', () => {
  const skill = makeSkill();
  const credential = makeCredential();
  const outcome = makeOutcome();
  const base = makeMap({ entities: [skill, credential, outcome] });

  it('records an advisor endorsing a skill or a credential', () => {
    const onSkill = makeEndorsement(skill, { note: 'Core to every analyst role we hire.' });
    const onCredential = makeEndorsement(credential);
    const stamp = nextStamp();
    const doc = apply(apply(base, 'endorsement.add', { endorsement: onSkill }, stamp), 'endorsement.add', { endorsement: onCredential });
    expect(Object.values(doc.endorsements)).toEqual([onSkill, onCredential]);
    expect(doc.meta.stamps[onSkill.id]).toEqual({ target: stamp, person: stamp, date: stamp, note: stamp });
  });

  it('refuses to endorse anything but a skill or a credential', () => {
    expect(refusalOf(base, 'endorsement.add', { endorsement: makeEndorsement(outcome) })).toMatchObject({
      code: 'invalid-value',
      message: 'only skills and credentials can be endorsed, not an outcome',
    });
  });

  it('refuses a target or a person that does not exist, and a malformed date', () => {
    expect(refusalOf(base, 'endorsement.add', { endorsement: makeEndorsement('sk_ghost') }).code).toBe('not-found');
    expect(refusalOf(base, 'endorsement.add', { endorsement: makeEndorsement(skill, { person: 'pe_ghost' }) }).code).toBe('not-found');
    expect(refusalOf(base, 'endorsement.add', { endorsement: makeEndorsement(skill, { date: '02/03/2026' }) })).toMatchObject({
      code: 'invalid-payload',
      message: expect.stringContaining('endorsement.date'),
    });
  });

  it('removes an endorsement, leaving a tombstone', () => {
    const endorsement = makeEndorsement(skill);
    const stamp = nextStamp();
    const doc = apply(apply(base, 'endorsement.add', { endorsement }), 'endorsement.remove', { id: endorsement.id }, stamp);
    expect(doc.endorsements).toEqual({});
    expect(doc.meta.tombstones[endorsement.id]).toBe(stamp);
    expect(refusalOf(doc, 'endorsement.remove', { id: endorsement.id }).code).toBe('not-found');
  });
});

describe('revision.create and revision.delete', () => {
  const skill = makeSkill({ statement: 'Configure a firewall' });
  const base = makeMap({ entities: [skill] });
  const revision = { id: 'rv_review', name: 'Sent to faculty review', at: '2026-03-01T09:00:00Z', author: AUTHOR.id };

  it('snapshots the settings, entities and links under a name', () => {
    const stamp = nextStamp();
    const doc = apply(base, 'revision.create', revision, stamp);
    expect(doc.revisions[revision.id]).toEqual({ ...revision, snapshot: { settings: base.settings, entities: base.entities, links: base.links } });
    expect(doc.meta.stamps[revision.id]).toEqual({ name: stamp, at: stamp, author: stamp, snapshot: stamp });
  });

  it('keeps the snapshot as it was when the content is edited afterwards', () => {
    let doc = apply(base, 'revision.create', revision);
    doc = apply(doc, 'entity.update', { id: skill.id, changes: { statement: 'Harden a network perimeter' } });
    doc = apply(doc, 'settings.update', { changes: { title: 'Renamed' } });
    doc = apply(doc, 'entity.create', { entity: makeOutcome() });
    const snapshot = doc.revisions[revision.id]!.snapshot;
    expect(snapshot.entities).toEqual({ [skill.id]: skill });
    expect(snapshot.settings.title).toBe(base.settings.title);
    expect(serialiseDocument(doc)).toContain('"statement": "Configure a firewall"');
  });

  it('refuses an author who is not among the people, an id in use, and a blank name', () => {
    expect(refusalOf(base, 'revision.create', { ...revision, author: 'pe_ghost' }).code).toBe('not-found');
    expect(refusalOf(base, 'revision.create', { ...revision, id: skill.id }).code).toBe('exists');
    expect(refusalOf(base, 'revision.create', { ...revision, name: '  ' }).code).toBe('invalid-payload');
  });

  it('deletes a revision, leaving a tombstone that stops its id being reused', () => {
    const stamp = nextStamp();
    const doc = apply(apply(base, 'revision.create', revision), 'revision.delete', { id: revision.id }, stamp);
    expect(doc.revisions).toEqual({});
    expect(doc.meta.tombstones[revision.id]).toBe(stamp);
    expect(refusalOf(doc, 'revision.create', revision).code).toBe('exists');
    expect(refusalOf(doc, 'revision.delete', { id: revision.id }).code).toBe('not-found');
  });
});
