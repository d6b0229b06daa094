// Every unit test gets a fresh in-memory IndexedDB (storage tests) without touching a browser.
import 'fake-indexeddb/auto';
