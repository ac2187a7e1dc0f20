// Copies the SQL migrations next to the compiled store so `dist/` runs on its own, and makes the
// command-line program executable (`npx jikenbo` runs it through its #! line).
import { chmodSync, cpSync, mkdirSync } from 'node:fs';
mkdirSync('dist/store/migrations', { recursive: true });
cpSync('src/store/migrations', 'dist/store/migrations', { recursive: true });
chmodSync('dist/cli/main.js', 0o755);
