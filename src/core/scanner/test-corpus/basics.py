"""Receivers, module-level code and what is not a call.

Docstring text such as log.read_all() is not code.
"""
import logging

from .eventlog import EventLog

events = EventLog("x.db").read_all()


class Runtime:
    def __init__(self, eventlog):
        self.eventlog = eventlog
        self.cache = self.eventlog.read_all()

    def tail(self):
        return self.eventlog.read_all()[-500:]

    def chained(self, store):
        first = store.get_log().read_all()
        second = store.logs["main"].read_all()
        third = store.logs[0](1).read_all()
        return first, second, third

    def two_on_one_line(self, a, b):
        return a.read_all() + b.read_all()

    def read_all(self):
        return list(self.eventlog)

    def not_calls(self):
        reader = self.eventlog.read_all
        bare = read_all()
        text = "self.eventlog.read_all()"
        return reader, bare, text

    def super_and_literals(self):
        rows = super().read_all()
        more = [self.eventlog][0].read_all()
        return rows, more

    def unrelated(self):
        logging.info("nothing to see")
        return self.eventlog.read_tail(limit=10)


def module_function(log):
    if log.read_all():
        return log.read_all()[0]
    return None


def no_calls():
    return 0


summary = [e for e in EventLog("y.db").read_all() if e]
