/** `npm run check`: see src/authoring/check-command.ts. */
import { checkCommand } from '../src/authoring/check-command.ts';

await checkCommand();
