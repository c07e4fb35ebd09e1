// The command as the bin runs it, from the TypeScript sources: the tests need no build.
import { main } from '../../src/main.js';

process.exitCode = await main(process.argv.slice(2));
