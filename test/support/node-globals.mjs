// Lets the SDK's test files, written for the browser runner's mocha globals, run unchanged under node:test.
import { describe, it, before, after, beforeEach, afterEach } from 'node:test';

Object.assign(globalThis, { describe, it, before, after, beforeEach, afterEach });
