// Zod compiles object parsers with the Function constructor when a page allows eval, and probes for
// that when its first schema is created. This page's Content-Security-Policy forbids eval, so the
// (caught) probe is reported as a CSP violation on every load. Jitless parsing needs no eval and is
// fast enough (a whole case parses in about a millisecond). A classic script before the app's
// module: zod reads this setting (its documented global config object) when schemas are created,
// which is before any module code of the app could set it.
globalThis.__zod_globalConfig = Object.assign(globalThis.__zod_globalConfig || {}, { jitless: true });
