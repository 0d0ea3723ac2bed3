import { describe, expect, it } from 'vitest';
import { canonicalizeJsonText } from '../json/canonical-text';
import {
  canonicalMetaOfText,
  canonicalPayload,
  hashStoredRow,
  MetaCanonicalizer,
  sha256HexAscii,
} from './hash';
import type { StoredRow } from './types';

// Reference §5.6: a public fixture row, the v2 fixture's first row and the
// three-row synthetic chain.
const ROW1_CONTENT = 'café — “quoted” 😀\n';
const ROW1_META =
  '{"f1": 1.0, "f2": 1e-05, "f3": 1e+16, "i": 10, "u": "\\u00fc", "b": true, "n": null, "nested": {"z": 1, "a": [0.5, "x"]}}';
const ROW2_META =
  '{"\\ue000": "bmp-private-use", "\\ud83d\\ude00": "astral", "z": -0.0, "big": 18446744073709551616, "e15": 1000000000000000.0, "small": 0.0001, "tiny": 1.5e-07, "large": 1.2345678901234568e+20, "nan": NaN, "inf": Infinity, "ninf": -Infinity, "ctl": "a\\u0001b\\u007fc/d\\\\e\\"f\\tg"}';
const H1 = '9530c73f09c5b1b9a0e06fdf4b8025ac0789e39f057bc26691bb0207b787defd';
const H2 = 'd6ba20d7f7a5802bf63f7a2e2cc7cb780d47f4348dcf68e70efc9c51a0e5f9d7';
const H3 = 'e4b4cb50ab2fb62fe07625d9a86e6dfc94dd4bce45a37ef06b72295c0c71abc3';

const chain: StoredRow[] = [
  row(
    1,
    '2025-10-02T20:50:00.123456+00:00',
    'test_vector',
    ROW1_CONTENT,
    ROW1_META,
    null,
    H1,
  ),
  row(2, '2025-10-02T20:50:01+00:00', 'test_vector', '', ROW2_META, H1, H2),
  row(
    3,
    '2025-10-02T20:50:02.000001+00:00',
    'autonomy_tick',
    'autonomy heartbeat',
    '{}',
    H2,
    H3,
  ),
];

function row(
  id: number,
  ts: string,
  kind: string,
  content: string,
  metaText: string,
  prevHash: string | null,
  hash: string,
): StoredRow {
  return { id, ts, kind, content, metaText, prevHash, hash };
}

describe('reference test vectors (§5.6)', () => {
  it('builds row 1 canonical bytes exactly', () => {
    const r = chain[0] as StoredRow;
    const payload = canonicalPayload('v1_id_ts', {
      ...r,
      metaCanonical: canonicalizeJsonText(r.metaText),
    });
    expect(payload).toBe(
      '{"content":"caf\\u00e9 \\u2014 \\u201cquoted\\u201d \\ud83d\\ude00\\n","id":1,"kind":"test_vector","meta":{"b":true,"f1":1.0,"f2":1e-05,"f3":1e+16,"i":10,"n":null,"nested":{"a":[0.5,"x"],"z":1},"u":"\\u00fc"},"prev_hash":null,"ts":"2025-10-02T20:50:00.123456+00:00"}',
    );
  });

  it('builds row 2 canonical meta with code-point key order', () => {
    expect(canonicalizeJsonText(ROW2_META)).toBe(
      '{"big":18446744073709551616,"ctl":"a\\u0001b\\u007fc/d\\\\e\\"f\\tg","e15":1000000000000000.0,"inf":Infinity,"large":1.2345678901234568e+20,"nan":NaN,"ninf":-Infinity,"small":0.0001,"tiny":1.5e-07,"z":-0.0,"\\ue000":"bmp-private-use","\\ud83d\\ude00":"astral"}',
    );
  });

  it.each(chain.map((r) => [r.id, r] as const))('hashes synthetic row %i', (_id, r) => {
    expect(hashStoredRow('v1_id_ts', r)).toBe(r.hash);
  });

  it('hashes synthetic row 1 under the v2 rule', () => {
    expect(hashStoredRow('v2_no_ts', chain[0] as StoredRow)).toBe(
      '83693ec339a20dcbcdbe19f5895abe1d5945817f5a8386d5c66926eb63b21fe5',
    );
  });

  it('hashes the first row of the reflections fixture', () => {
    const r = row(
      1,
      '2025-09-24T20:04:42.637785+00:00',
      'identity_adoption',
      'I am Alice. A thoughtful AI assistant focused on helping users achieve their goals',
      '{"name": "Alice", "confidence": 0.95, "traits": {"openness": 0.8899999999999999, "conscientiousness": 0.885, "extraversion": 0.88, "agreeableness": 0.8, "neuroticism": 0.2}}',
      null,
      '313a9faaed9d5d86fdb6880c6c5bac949a759f580be3db93d6df89fd38045af0',
    );
    expect(hashStoredRow('v1_id_ts', r)).toBe(r.hash);
  });

  it('hashes the first row of the v2 fixture', () => {
    const payload =
      '{"content":"{reflection_interval:10,summary_interval:50,commitment_staleness:20}","kind":"autonomy_rule_table","meta":{"source":"autonomy_kernel"},"prev_hash":null}';
    expect(sha256HexAscii(payload)).toBe(
      'ea96b227dcc2c93ae6bb9733f80e88061ca4743653c7ec1ca8cf25f3df709597',
    );
  });

  it('hashes an unparsable meta column as {}', () => {
    const base = chain[2] as StoredRow;
    expect(hashStoredRow('v1_id_ts', { ...base, metaText: 'not json' })).toBe(H3);
  });
});

describe('MetaCanonicalizer', () => {
  it('gives canonicalMetaOfText results, repeated, long and invalid alike', () => {
    const memo = new MetaCanonicalizer();
    const texts = [
      ROW1_META,
      ROW2_META,
      ROW1_META,
      'not json',
      '',
      `{"x": "${'y'.repeat(400)}"}`,
    ];
    for (const text of [...texts, ...texts]) {
      expect(memo.canonical(text)).toBe(canonicalMetaOfText(text));
    }
  });
});
