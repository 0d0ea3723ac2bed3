// Public API of the Python source scanner (issue #8).
export { scanSources, parseMethodList, DEFAULT_METHODS } from './scan';
export { ScanError } from './scan-types';
export type {
  CallSite,
  FileHotspot,
  FunctionHotspot,
  MethodCounts,
  ScanErrorCode,
  ScanOptions,
  ScanReport,
  SourceText,
} from './scan-types';
export type { ScanWarning } from './tokens';
export { siteGroupOf } from './site-groups';
export { callContext } from './context';
export { groupReadsPerTick } from './site-reads';
export type { GroupReadsPerTick } from './site-reads';
export type { ContextLine, ContextSnippet } from './context';
