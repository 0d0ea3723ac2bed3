def spread_calls(self):
    a = self.eventlog \
        .read_all()
    b = (self.eventlog
         .read_all())
    c = self.eventlog.read_all (
    )
    d = self.eventlog.read_all\
()
    e = (
        self
        # a comment between the receiver and the call
        .eventlog
        .read_all
        ()
    )
    return a, b, c, d, e


def implicit_joining(log):
    values = [
        log.read_all(),
        # log.read_all() in a comment inside brackets
        "log.read_all()",
        {
            "k": log.read_all(),
        },
    ]
    total = len(log.read_all()) + \
        len(log.read_all())
    return values, total


def header_spans_lines(
    log,
    default=None,
):
    return log.read_all()


def after_backslash_line(log):
    x = 1 + \
        2
    return log.read_all(), x


result = spread_calls \
    (None)
