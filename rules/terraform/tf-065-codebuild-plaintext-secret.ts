import { asString, defineRule } from '../api';
import { environmentSecret, literalSecretRule } from '../shared/aws-data';
import { attributeOf, moduleFor, resourceInstances } from '../shared/terraform-evaluated';
import { isOverrideFile } from '../shared/terraform-values';

export default defineRule({
  id: 'TF-065',
  title: 'Do not put secrets in plaintext CodeBuild environment variables',
  ...literalSecretRule(),
  docs: {
    rationale:
      'An environment_variable of a CodeBuild project is PLAINTEXT unless its type says otherwise: its value is stored ' +
      'in the project, shown in the console and returned by codebuild:BatchGetProjects, and a literal (or a variable ' +
      'default, a tfvars entry) is committed with the code. A variable is reported when its value has a known ' +
      'credential format, or when its name says it holds a secret and its value is not a placeholder, a path or an ARN. ' +
      'PARAMETER_STORE and SECRETS_MANAGER variables hold only a name and are not reported.',
    remediation:
      'Store the secret in Secrets Manager or SSM Parameter Store and reference it: type = "SECRETS_MANAGER" (or ' +
      '"PARAMETER_STORE") with the secret\'s name or ARN as value.',
    links: [
      { title: 'aws_codebuild_project', url: 'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/codebuild_project#environment_variable' },
      { title: 'Environment variables in build environments', url: 'https://docs.aws.amazon.com/codebuild/latest/userguide/build-env-ref-env-vars.html' },
    ],
  },
  messages: {
    secret: 'Build variable {{name}} is a plaintext secret written in the configuration ({{what}}); reference it from Secrets Manager.',
  },
  examples: {
    bad:
      'resource "aws_codebuild_project" "app" {\n  name = "app"\n\n  environment {\n    compute_type = "BUILD_GENERAL1_SMALL"\n' +
      '    image        = "aws/codebuild/standard:7.0"\n    type         = "LINUX_CONTAINER"\n\n    environment_variable {\n' +
      '      name  = "NPM_TOKEN"\n      value = "npm_abcdefghijklmnopqrstuvwxyz0123456789"\n    }\n  }\n}\n',
    good:
      'resource "aws_codebuild_project" "app" {\n  name = "app"\n\n  environment {\n    compute_type = "BUILD_GENERAL1_SMALL"\n' +
      '    image        = "aws/codebuild/standard:7.0"\n    type         = "LINUX_CONTAINER"\n\n    environment_variable {\n' +
      '      name  = "NPM_TOKEN"\n      type  = "SECRETS_MANAGER"\n      value = "ci/npm-token"\n    }\n  }\n}\n',
  },
  check({ file, module, report }) {
    if (isOverrideFile(file)) return;
    const project = moduleFor(file, module);
    for (const build of resourceInstances(project, file, 'aws_codebuild_project')) {
      for (const environment of build.blocks('environment')) {
        for (const variable of environment.blocks('environment_variable')) {
          const type = variable.value('type');
          const typeName = type === undefined || type.kind === 'null' ? 'PLAINTEXT' : asString(type);
          if (typeName !== 'PLAINTEXT') continue;
          const name = asString(variable.value('name'));
          const value = attributeOf(variable, 'value');
          if (name === undefined || value?.value.kind !== 'string') continue;
          const what = environmentSecret(name, value.value.value);
          if (what) report({ at: value.at, messageId: 'secret', data: { name, what }, value: value.value });
        }
      }
    }
  },
});
