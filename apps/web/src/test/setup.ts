import { brugDanskeFejlbeskeder } from '@jobcenter/domain/felter/fejlbeskeder';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// The SPA's entry installs the Danish schema messages (main.tsx); tests see the same words (issue 18).
brugDanskeFejlbeskeder();

// Vitest runs without globals, so Testing Library cannot register its own cleanup.
afterEach(() => cleanup());

// Pages are loaded lazily (code splitting): the first import of a page in a test run is transformed on
// demand, which took over 10 s on a machine busy with the other suites (a CI run failed so): a wait that
// fails still fails, only later.
configure({ asyncUtilTimeout: 25_000 });
