/**
 * Expected `read_all` calls in test-corpus/*.py: per file, per qualified
 * function, the call lines (call-expression start, repeated when a line has
 * two). Derived by reading each file; Python's ast agrees (see
 * ast-crosscheck.test.ts). Functions without a call are absent.
 */
export const EXPECTED_READ_ALL: Readonly<
  Record<string, Readonly<Record<string, number[]>>>
> = {
  'basics.py': {
    '<module>': [9, 58],
    'Runtime.__init__': [15],
    'Runtime.tail': [18],
    'Runtime.chained': [21, 22, 23],
    'Runtime.two_on_one_line': [27, 27],
    'Runtime.super_and_literals': [39, 40],
    module_function: [49, 50],
  },
  'continuations.py': {
    spread_calls: [2, 4, 6, 8, 11],
    implicit_joining: [22, 26, 29, 30],
    header_spans_lines: [38],
    after_backslash_line: [44],
  },
  'fstrings.py': {
    plain_fields: [5, 6, 8, 9, 9, 10, 10],
    nested_and_multiline: [15, 17, 18, 23],
    escapes: [28, 29, 30, 31, 32],
  },
  'fstrings_py312.py': {
    reused_quotes: [6, 7],
    commented_field: [13],
    backslash_in_field: [18],
  },
  'indentation_tabs.py': {
    tabbed: [6, 8],
    spaces_then_tab: [13, 15, 18],
    'Mixed.method': [24],
    'Mixed.other': [26],
    'Mixed.<body>': [27],
    after_formfeed: [30],
    '<module>': [33],
  },
  'multi_methods.py': {
    'EventLog.read_tail': [3],
    'EventLog.read_after_id': [6],
    tick: [15],
  },
  'nesting.py': {
    'AutonomyLoop.<body>': [9, 12],
    'AutonomyLoop.tick': [14, 19, 20],
    'AutonomyLoop.tick._helper': [17],
    'AutonomyLoop.handle_identity_adopt': [26, 28, 29],
    'AutonomyLoop.one_liner': [31],
    'AutonomyLoop.Inner.<body>': [34, 36],
    'AutonomyLoop.Inner.method': [37],
    'AutonomyLoop.Inner.Deeper.method': [44],
    'AutonomyLoop.Inner.Deeper.method.innermost': [42],
    'AutonomyLoop.after_inner': [47],
    'emit_reflection.Local.run': [53],
    'emit_reflection._fallback_text': [56],
    emit_reflection: [58, 58],
    maybe_reflect: [63],
    decorated_after: [67],
    '<module>': [70],
    'Tracker._rebind_commitments_on_identity_adopt': [77, 79],
    uses_match: [84, 88],
  },
  'strings_comments.py': {
    strings_everywhere: [15, 16, 20],
    quote_heavy: [29, 30, 31],
    prefixes_as_names: [36, 36, 36, 36, 36, 36],
  },
};

/** Files that only Python 3.12+ can parse (PEP 701 f-strings). */
export const PY312_ONLY: readonly string[] = ['fstrings_py312.py'];
