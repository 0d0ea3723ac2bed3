/**
 * The table from request name to session call. A new request is one entry
 * here plus its types in protocol.ts.
 */
import { currentProfileHost } from './profile-host';
import { runProfile } from './profile-run';
import { runScaleExperiment } from './scale-run';
import type { EngineSession } from './session';
import type { EngineHandlers } from './session-host';

export function createEngineHandlers(session: EngineSession): EngineHandlers {
  return {
    openFile: (params, ctx) => session.openFile(params, ctx),
    generate: (params, ctx) => session.generate(params, ctx),
    listLedgers: () => session.list(),
    closeLedger: ({ ledgerId }) => session.close(ledgerId),
    kinds: ({ ledgerId }) => session.kinds(ledgerId),
    countEvents: ({ ledgerId, filter }, ctx) =>
      session.countEvents(ledgerId, filter, ctx),
    eventPage: ({ ledgerId, filter, offset, limit }, ctx) =>
      session.eventPage(ledgerId, filter, offset, limit, ctx),
    event: ({ ledgerId, id }) => session.event(ledgerId, id),
    profile: (params, ctx) =>
      runProfile(
        session.profileSource(params.ledgerId),
        params,
        ctx,
        currentProfileHost(),
      ),
    scale: (params, ctx) =>
      runScaleExperiment(
        session.scaleSource(params.ledgerId),
        params,
        ctx,
        currentProfileHost().clock,
      ),
  };
}
