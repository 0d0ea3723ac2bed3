# f-string replacement fields are code: calls there count.


def plain_fields(log, width):
    a = f"{log.read_all()}"
    b = F'count {len(log.read_all())} rows'
    c = f"{{log.read_all()}} is escaped text"
    d = f"{{{log.read_all()}}} escapes around a field"
    e = rf"\d {log.read_all()!r}" + fR'{log.read_all()=}' + Rf"{x}" + FR'{y}'
    g = f"{log.read_all():>{width}}" + f"{x:{log.read_all()}}"
    return a, b, c, d, e, g


def nested_and_multiline(log, other):
    a = f"outer {f'inner {log.read_all()}'} done"
    b = f"""
    first {log.read_all()}
    second {other
        .read_all()}
    literal log.read_all() in the text
    """
    c = f"{'log.read_all()'} is a string inside a field"
    d = f"{ {'k': log.read_all()}['k'] } dict in a field"
    return a, b, c, d


def escapes(log):
    a = f"\N{BULLET} {log.read_all()}"
    b = f"\{log.read_all()}"
    c = f"\\{log.read_all()}"
    d = f"{log.read_all() != 3}"
    e = f"{log.read_all()!s:10}"
    return a, b, c, d, e


def text_only(log):
    return f"log.read_all() {log!r}" + f"{{}}" + f'{"{"}' + log.name


def template_like(log):
    return "{log.read_all()}".format(log=log)
