import { describe, expect, it } from 'vitest';
import { lint } from '../../../server/src/engine/lint';
import { parseKubernetes } from '../../../server/src/parsers/kubernetes/parse';
import secretInEnv from '../../../rules/kubernetes/k8s-040-secret-in-env';
import { findSecretTokens, withArticle } from '../../../rules/shared/secrets';

describe('credential kinds in messages', () => {
  it('take the article their first letter asks for', () => {
    expect(withArticle('AWS access key id')).toBe('an AWS access key id');
    expect(withArticle('Azure SAS token')).toBe('an Azure SAS token');
    expect(withArticle('GitHub token')).toBe('a GitHub token');
    expect(findSecretTokens('key AKIAZ7QXMPLR2TDV4WNB').map((t) => withArticle(t.kind))).toEqual(['an AWS access key id']);
  });

  it('read as a sentence in a finding', () => {
    const text = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: api\nspec:\n  containers:\n  - name: api\n    image: api:1.2\n    env:\n    - name: KEY\n      value: AKIAZ7QXMPLR2TDV4WNB\n';
    const [finding] = lint(parseKubernetes('pod.yaml', text), [secretInEnv]);
    expect(finding.message).toBe('Environment variable "KEY" of container "api" holds an AWS access key id: reference a Secret with valueFrom.secretKeyRef.');
  });
});
