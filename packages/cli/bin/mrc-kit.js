#!/usr/bin/env node
// The `mrc-kit` command: the compiled entry point, with the exit code it decides.
import { main } from '../dist/main.js';

process.exitCode = await main(process.argv.slice(2));
