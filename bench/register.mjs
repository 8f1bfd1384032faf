// Lets `node --import ./bench/register.mjs some-script.ts` run the project's TypeScript directly:
// resolves `.js` specifiers to `.ts` sources and `@app/<lib>` aliases, and compiles with SWC
// (decorators included, which Node's built-in type stripping cannot handle).
import { register } from 'node:module';

register('./ts-hooks.mjs', import.meta.url);
