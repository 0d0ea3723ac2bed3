# A comment with log.read_all() is not a call.
# Neither is one that "opens a string: log.read_all()


def strings_everywhere(log):
    a = 'log.read_all()'
    b = "log.read_all()"
    c = '''log.read_all()
    log.read_all()'''
    d = """log.read_all() with "quotes" and 'quotes' and ""two""
    """
    e = r'log.read_all()\'' + R"\"log.read_all()"
    f = b'log.read_all()' + B"log.read_all()" + rb'log.read_all()' + Rb"x" + bR'x' + BR"x"
    g = u'log.read_all()' + U"log.read_all()"
    h = 'escaped \' log.read_all() \\' + log.read_all()
    i = "hash # inside log.read_all()" + log.read_all()  # and log.read_all()
    j = "continued \
log.read_all()"
    k = '''triple ' and '' inside log.read_all() \''' still inside log.read_all()'''
    return log.read_all(), a, b, c, d, e, f, g, h, i, j, k


def docstring_only(log):
    """Calls log.read_all() twice: log.read_all()."""
    return log


def quote_heavy(log):
    x = '"' + log.read_all() + "'"
    y = """'""" + log.read_all() + '''"'''
    z = r"\\" + log.read_all() + r'\\'
    return x, y, z


def prefixes_as_names(r, b, u, f, rb, br, fr):
    return r.read_all(), b.read_all(), u.read_all(), f.read_all(), rb.read_all(), fr.read_all()
