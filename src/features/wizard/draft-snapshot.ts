/**
 * The next immutable snapshot of the form values from the previous one and the paths that changed:
 * only the containers on a changed path are copied, so a keystroke costs a few shallow copies
 * instead of a deep clone of the whole case, and unchanged parts keep their identity (memoized
 * views of them do not recompute).
 */

type Container = Record<string, unknown> | unknown[];

const isContainer = (value: unknown): value is Container => typeof value === 'object' && value !== null;

/** A copy of `root` with `value` at `path`; null when the path does not exist in `root`. */
export function replaceAtPath<T>(root: T, path: readonly string[], value: unknown): T | null {
  if (path.length === 0) return value as T;
  if (!isContainer(root)) return null;
  const [key, ...rest] = path as [string, ...string[]];
  if (Array.isArray(root)) {
    const index = Number(key);
    if (!Number.isInteger(index) || index < 0 || index >= root.length) return null;
    const child = rest.length === 0 ? value : replaceAtPath(root[index], rest, value);
    if (child === null && rest.length > 0) return null;
    const copy = root.slice();
    copy[index] = child;
    return copy as T;
  }
  if (!Object.hasOwn(root, key)) return null;
  const child = rest.length === 0 ? value : replaceAtPath(root[key], rest, value);
  if (child === null && rest.length > 0) return null;
  return { ...root, [key]: child } as T;
}

function valueAt(root: unknown, path: readonly string[]): { found: boolean; value: unknown } {
  let value = root;
  for (const key of path) {
    if (!isContainer(value) || !Object.hasOwn(value, key)) return { found: false, value: undefined };
    value = (value as Record<string, unknown>)[key];
  }
  return { found: true, value };
}

/**
 * The next snapshot: `changed` holds the dotted paths reported as changed, or null for "anything
 * may have changed" (then the live values are deep-cloned). Answers `previous` itself when nothing
 * actually changed.
 */
export function nextSnapshot<T extends object>(previous: T, live: T, changed: ReadonlySet<string> | null): T {
  if (changed === null) return structuredClone(live);
  let next = previous;
  for (const name of changed) {
    const path = name.split('.');
    const current = valueAt(live, path);
    if (!current.found) return structuredClone(live);
    // Blur and re-render notices carry a name too: an unchanged plain value changes nothing.
    if (!isContainer(current.value) && Object.is(current.value, valueAt(next, path).value)) continue;
    const replaced = replaceAtPath(next, path, structuredClone(current.value));
    if (replaced === null) return structuredClone(live);
    next = replaced;
  }
  return next;
}
