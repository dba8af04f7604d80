// The one copy of zod on a page: AMD module local_digitalstrategy/zod. Every module's
// `import * as z from 'zod/mini'` is pointed at this module by the build (build/build-amd.ts), so
// the parts re-exported here are all that reaches the browser. The build fails when a module uses
// a part of zod that is not listed here, and when this lists a part no module uses.
export { array, boolean, enum, nullable, number, object, string } from 'zod/mini';
