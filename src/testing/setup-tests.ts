// Every unit test gets a fresh in-memory IndexedDB (storage tests) without touching a browser.
import 'fake-indexeddb/auto';

// Component tests (happy-dom): findBy / waitFor give up after 1 s by default, and an autosave (a
// debounce, then IndexedDB) can take longer than that on a loaded 2-core CI machine. A longer wait
// costs nothing when things pass. Node-environment tests skip loading React Testing Library.
if (typeof document !== 'undefined') {
  const { configure } = await import('@testing-library/react');
  configure({ asyncUtilTimeout: 5000 });
}
