import { num, type PyObject } from '../../json/py-value';
import { append, enter, lastTickId, type TickEnv } from '../context';
import type { EventsView } from '../derive/ledger-index';
import { parseLedgerTs } from '../../ledger/ts-format';

/**
 * P2e [#12]: the open commitments; always a `reminder_scan` breadcrumb; a
 * `commitment_reminder` per overdue commitment: reflection commitments at
 * most once per tick, others once after their last open.
 */
export function remind(env: TickEnv): void {
  enter(env, 'remind');
  const v = env.access.read('tick#12');
  const open = [...env.access.projection('tick#12:build_self_model', v).open.entries()];
  append(env, 'name_attempt_user', 'reminder_scan', { open_count: open.length });
  const now = env.clock.nowSeconds();
  for (const [cid, meta] of open) {
    const due = dueSeconds(meta);
    if (due !== undefined && due <= now && !remindedAlready(v, cid, meta)) {
      append(env, 'commitment_reminder', '', {
        cid,
        due: Math.trunc(due),
        status: 'overdue',
      });
    }
  }
}

function dueSeconds(meta: PyObject): number | undefined {
  const due = meta.due;
  if (typeof due === 'string') {
    try {
      return Number(parseLedgerTs(due)) / 1e6;
    } catch {
      return undefined;
    }
  }
  return num(due);
}

function remindedAlready(v: EventsView, cid: string, meta: PyObject): boolean {
  const lastOpen = v.commitment(cid)?.lastOpenId ?? 0;
  const since =
    meta.reason === 'reflection' ? Math.max(lastOpen, lastTickId(v)) : lastOpen;
  return v.ofKindAfter('commitment_reminder', since).some((e) => e.meta.cid === cid);
}
