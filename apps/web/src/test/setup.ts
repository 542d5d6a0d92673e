import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// Vitest runs without globals, so Testing Library cannot register its own cleanup.
afterEach(() => cleanup());

// Pages are loaded lazily (code splitting): the first import of a page in a test run is transformed on
// demand, which can take longer than Testing Library's default second on a busy machine.
configure({ asyncUtilTimeout: 10_000 });
