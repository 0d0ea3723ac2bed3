class EventLog:
    def read_tail(self, limit):
        return self.read_all()[-limit:]

    def read_after_id(self, after_id):
        return [e for e in self.read_all() if e["id"] > after_id]


def tick(log, last_id):
    recent = log.read_tail(limit=1000)
    newer = log.read_after_id(last_id)
    try:
        fallback = log.read_tail(500)
    except AttributeError:
        fallback = log.read_all()[-500:]
    return recent, newer, fallback


def maybe_reflect(log):
    return log.read_after_id(0), log.read_after_id(1), "log.read_tail(5)"
