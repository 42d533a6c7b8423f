import '@testing-library/jest-dom/vitest';
import { afterEach } from 'vitest';

// The dom project runs its files in one shared environment (isolate: false, for start-up
// time), so nothing a test leaves in storage may reach the next file.
afterEach(() => localStorage.clear());
