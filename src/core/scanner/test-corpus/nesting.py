import functools


def cached(fn):
    return fn


class AutonomyLoop:
    registry = Store().read_all()

    @cached
    @functools.lru_cache(maxsize=len(Store().read_all()))
    def tick(self):
        events = self.eventlog.read_all()

        def _helper():
            return self.eventlog.read_all()

        pick = lambda: self.eventlog.read_all()
        rows = [e for e in self.eventlog.read_all() if e]
        return events, _helper, pick, rows

    async def handle_identity_adopt(self, name):
        await self.flush()
        async with self.lock:
            old = self.eventlog.read_all()
        async for item in self.stream():
            self.eventlog.read_all()
        return old, await self.eventlog.read_all()

    def one_liner(self): return self.eventlog.read_all()

    class Inner:
        level = Store().read_all()

        def method(self, default=Store().read_all()):
            return self.log.read_all()

        class Deeper:
            def method(self):
                def innermost():
                    return self.log.read_all()

                return innermost, self.log.read_all()

    def after_inner(self):
        return self.eventlog.read_all()


def emit_reflection(eventlog):
    class Local:
        def run(self):
            return eventlog.read_all()

    def _fallback_text():
        return eventlog.read_all()

    return Local, _fallback_text, eventlog.read_all(), eventlog.read_all()


@cached
async def maybe_reflect(eventlog):
    return eventlog.read_all()


def decorated_after(eventlog):
    return eventlog.read_all()


class Base(Mixin(Store().read_all())):
    pass


class Tracker:
    def _rebind_commitments_on_identity_adopt(self, old, new):
        try:
            recent = self.eventlog.read_all()[-200:]
        except Exception:
            recent = self.eventlog.read_all()
        return recent


def uses_match(log):
    match log.read_all():
        case []:
            return None
        case [first, *_]:
            return first.read_all()
