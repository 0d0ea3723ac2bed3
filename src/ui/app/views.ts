/**
 * The dashboard's views. A view is one page of the app, chosen in the
 * navigation and kept in the address (`?view=`). To add one: add its id
 * here, a label in strings.ts, and its component in `view-registry.tsx`.
 */
export const viewIds = [
  'explorer',
  'source-hotspots',
  'profile',
  'compare',
  'scaling',
  'history',
] as const;

export type ViewId = (typeof viewIds)[number];

export function isViewId(value: string): value is ViewId {
  return (viewIds as readonly string[]).includes(value);
}
