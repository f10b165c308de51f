/**
 * The "Make it mine" workflow's steps (.github/workflows/make-it-mine.yml): init with the
 * answers of its form (ANSWER_* variables), check, build and, with --commit, commit.
 * See src/authoring/make-it-mine.ts.
 */
import { makeItMine } from '../src/authoring/make-it-mine.ts';

process.exitCode = await makeItMine();
