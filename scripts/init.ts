/** `npm run init`: see src/authoring/init-command.ts. */
import { initCommand } from '../src/authoring/init-command.ts';

await initCommand();
