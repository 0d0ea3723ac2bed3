# Python 3.12 f-strings (PEP 701): quotes reused inside fields, comments and
# line breaks inside fields. Older Pythons reject this file.


def reused_quotes(log, rows):
    a = f"{log.read_all()["key"]} and {rows["log.read_all()"]}"
    b = f"{f"{f"{log.read_all()}"}"}"
    return a, b


def commented_field(log):
    return f"total: {
        len(log.read_all())  # a comment with log.read_all() inside a field
    } rows"


def backslash_in_field(log):
    return f"{'\n'.join(log.read_all())}"
