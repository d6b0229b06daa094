/**
 * The aside follows the reviewer: when focus enters the fields of another disputed service, that
 * service's criteria are scrolled into the aside's view, so they change in sight while typing. The
 * aside's content declares what it shows with `data-field-scope` ("disputedItems.3"); the wizard
 * knows nothing of criteria.
 */

/** The longest declared scope that contains `path` ("disputedItems.3" for "disputedItems.3.dose"). */
export function scopeForPath(scopes: Iterable<string>, path: string): string | null {
  let best: string | null = null;
  for (const scope of scopes) {
    const inside = path === scope || path.startsWith(`${scope}.`);
    if (inside && (best === null || scope.length > best.length)) best = scope;
  }
  return best;
}

/** Pixels of a section that must show for it to count as in view (a heading line and a bit). */
export const IN_VIEW_STRIP_PX = 48;
/** Room left above a section scrolled into view. */
const TOP_GAP_PX = 8;

export interface ScrollGeometry {
  /** The scroller's visible box and an element's box, in the same (viewport) coordinates. */
  viewTop: number;
  viewBottom: number;
  elementTop: number;
  elementBottom: number;
  scrollTop: number;
}

/**
 * The scroll position that brings an element to the top of the view, or null when a strip of it is
 * already in view (a tall section the reviewer is reading is never moved).
 */
export function scrollTopToReveal(geometry: ScrollGeometry): number | null {
  const { viewTop, viewBottom, elementTop, elementBottom, scrollTop } = geometry;
  const visible = Math.min(viewBottom, elementBottom) - Math.max(viewTop, elementTop);
  const needed = Math.min(IN_VIEW_STRIP_PX, elementBottom - elementTop);
  if (visible >= needed) return null;
  return Math.max(0, scrollTop + elementTop - viewTop - TOP_GAP_PX);
}

/**
 * Scrolls `scroller` (only it, never the page) so the section of `path` shows; once per change of
 * section, so the reviewer may scroll the aside elsewhere while staying in one service's fields.
 */
export function createAsideFollower(scroller: HTMLElement) {
  let lastScope: string | null = null;
  return (path: string) => {
    const sections = new Map<string, HTMLElement>();
    for (const element of scroller.querySelectorAll<HTMLElement>('[data-field-scope]'))
      if (element.dataset.fieldScope) sections.set(element.dataset.fieldScope, element);
    const scope = scopeForPath(sections.keys(), path);
    if (scope === lastScope) return;
    lastScope = scope;
    const section = scope === null ? undefined : sections.get(scope);
    // Not a scroller (a narrow screen shows the criteria below the form): nothing to follow.
    if (!section || scroller.scrollHeight <= scroller.clientHeight) return;
    const view = scroller.getBoundingClientRect();
    const box = section.getBoundingClientRect();
    const next = scrollTopToReveal({
      viewTop: view.top,
      viewBottom: view.bottom,
      elementTop: box.top,
      elementBottom: box.bottom,
      scrollTop: scroller.scrollTop,
    });
    if (next !== null) scroller.scrollTop = next;
  };
}
