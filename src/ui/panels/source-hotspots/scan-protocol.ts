/**
 * Messages between the page and the source-scan worker. Sources go over as
 * structured-cloned strings; the report comes back cloned (plain data).
 */
import type { ScanReport, SourceText } from '../../../core/scanner/scan-types';

export interface ScanRequest {
  readonly id: number;
  readonly sources: readonly SourceText[];
  readonly methods: readonly string[];
}

export type ScanResponse =
  | { readonly id: number; readonly ok: true; readonly report: ScanReport }
  | { readonly id: number; readonly ok: false; readonly message: string };
