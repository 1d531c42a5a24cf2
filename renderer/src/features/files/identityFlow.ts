import type { RememberedInstitution } from '../../../../shared/ipc';
import { stampAuthor } from './authorStamp';
import type { FileContext } from './fileContext';
import { makePersonId } from './randomIds';

/**
 * The first-run form: remembers who the user is (and, for New Map, their institution and
 * country), and names them in the open map if they have already edited it.
 */
export async function saveIdentity(ctx: FileContext, name: string, organisation: string, country = ''): Promise<void> {
  const org = organisation.trim();
  const place = country.trim();
  // The first-run form also says where new maps are made: their credit system and profiles follow the country.
  if (org || place) await rememberInstitution(ctx, { ...(org ? { institution: org } : {}), ...(place ? { country: place } : {}) });
  const identity = await ctx.api.setIdentity({ personId: ctx.ui.getState().identity?.personId ?? makePersonId(), name: name.trim(), ...(org ? { organisation: org } : {}) });
  ctx.ui.set({ identity });
  const session = ctx.current();
  if (!session) return;
  session.map.store.setAuthor(identity.personId);
  stampAuthor(session.map.store, identity);
  // Co-editors should see the name, not "Unknown author".
  void session.sync.follow(true);
}

/** Remembers the institution (and its credit unit and profiles) for the next New Map. */
export async function rememberInstitution(ctx: FileContext, institution: RememberedInstitution): Promise<void> {
  await ctx.api.setInstitution(institution);
}
