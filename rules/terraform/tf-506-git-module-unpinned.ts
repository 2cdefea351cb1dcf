import { defineRule } from '../api';
import { gitRef, moduleSources, pinnedDependencies, sourceKind } from '../shared/module-sources';

/** Refs that name a branch, which moves: a commit or a tag pins the module. */
const branchNames = /^(?:main|master|develop|development|dev|trunk|head|latest|staging|production|prod|release|stable)$/i;

export default defineRule({
  id: 'TF-506',
  title: 'Pin Git module sources to a tag or commit',
  target: 'terraform',
  severity: 'medium',
  preset: 'recommended',
  requirements: ['4.4'],
  frameworks: pinnedDependencies(),
  docs: {
    rationale:
      'A module from Git without ?ref= (or with a branch such as main) installs whatever the default branch holds at the ' +
      'next terraform init: a change pushed upstream, or by someone who took over the repository, runs with your ' +
      'credentials without review. A tag pins a release; a commit hash also survives a moved tag.',
    remediation: 'Add ?ref=<tag> or ?ref=<commit hash> to the source (after any //subdirectory), and update it deliberately.',
    links: [
      { title: 'Module sources: selecting a revision', url: 'https://developer.hashicorp.com/terraform/language/modules/sources#selecting-a-revision' },
    ],
  },
  messages: {
    noRef: 'Module "{{name}}" comes from Git without a ref: every init installs the latest commit of the default branch.',
    branchRef: 'Module "{{name}}" is pinned to the branch "{{ref}}", which moves: pin a tag or a commit.',
  },
  examples: {
    bad: 'module "network" {\n  source = "git::https://github.com/acme/terraform-network.git"\n}\n',
    good: 'module "network" {\n  source = "git::https://github.com/acme/terraform-network.git?ref=v1.4.2"\n}\n',
  },
  check({ file, report }) {
    for (const { block, source } of moduleSources(file)) {
      if (sourceKind(source.value) !== 'git') continue;
      const ref = gitRef(source.value);
      const data = { name: block.labels[0]?.value ?? '', ref: ref ?? '' };
      // No edit: which release to pin is the author's choice.
      if (ref === undefined || ref === '') report({ at: source.range, messageId: 'noRef', data });
      else if (branchNames.test(ref)) report({ at: source.range, messageId: 'branchRef', data });
    }
  },
});
