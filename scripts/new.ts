/** `npm run new`: see src/authoring/new-command.ts. */
import { newCommand } from '../src/authoring/new-command.ts';

await newCommand();
