import { describe, expect, it } from 'vitest';
import { parseKubernetes, parseKubernetesSlice } from '../../server/src/parsers/kubernetes/parse';
import type { Range } from '../../server/src/engine/text';
import { aliasedPodList, mergeChain, mergeKeyBomb } from '../robustness/stress';

/** 1-based `line:column-endLine:endColumn`, as an editor shows a range. */
const at = (r: Range | undefined) => r && `${r.start.line + 1}:${r.start.character + 1}-${r.end.line + 1}:${r.end.character + 1}`;

const podHead = 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n';

describe('merge keys', () => {
  it('resolves a chain of merges to any depth: every container inherits from the first', () => {
    const file = parseKubernetes('chain.yaml', mergeChain(12));
    expect(file.problems).toEqual([]);
    expect(file.containers.map((c) => c.name)).toEqual(Array.from({ length: 12 }, (_, i) => `c${i}`));
    for (const container of file.containers) {
      const nonRoot = container.effective('runAsNonRoot');
      const readOnly = container.own('readOnlyRootFilesystem');
      expect([container.name, nonRoot?.value.bool(), readOnly?.value.bool()]).toEqual([container.name, true, true]);
      // Where it is written: in c0's securityContext.
      expect(at(nonRoot?.value.range)).toBe('9:43-9:47');
      expect(nonRoot?.entry.merged).toBe(container.index > 0);
    }
    // Its own key, then those of the level below it: its own first, then what that one merges.
    expect(file.containers[11].securityContext!.entries().map((e) => e.key)).toEqual([
      ...Array.from({ length: 11 }, (_, i) => `k${11 - i}`),
      'runAsNonRoot',
      'readOnlyRootFilesystem',
    ]);
  });

  it('resolves the merge-key bomb once per mapping', () => {
    const file = parseKubernetes('bomb.yaml', mergeKeyBomb());
    expect(file.problems).toEqual([]);
    const [container] = file.containers;
    expect(container.securityContext!.entries().map((e) => [e.key, e.value?.string()])).toEqual([
      ['runAsNonRoot', 'true'],
      ['readOnlyRootFilesystem', 'true'],
      ['allowPrivilegeEscalation', 'false'],
    ]);
  });

  it('lets own keys win, then earlier sources, and the last of a key repeated in a source', () => {
    const text = `x:
  a: &a {user: 1, group: 1, group: 2}
  b: &b {user: 3, fs: 3}
${podHead}  containers:
  - name: c
    image: nginx:1.27
    securityContext: {<<: [*a, *b], fs: 4}
`;
    const file = parseKubernetes('pod.yaml', text);
    const context = file.containers[0].securityContext!;
    expect(context.entries().map((e) => [e.key, e.value?.string(), e.merged])).toEqual([
      ['fs', '4', false],
      ['user', '1', true],
      ['group', '2', true],
    ]);
    // A merged entry belongs to the mapping it comes from, named where the merge names it.
    expect([context.entry('group')!.parent.aliased, at(context.entry('group')!.parent.range)]).toEqual([true, '11:28-11:30']);
  });
});

describe('aliases', () => {
  it('models a pod spec that several objects share through an alias once; objects stay where they are written', () => {
    const file = parseKubernetes('list.yaml', aliasedPodList(3));
    expect(file.problems).toEqual([]);
    expect(file.objects.map((o) => [o.kind, at(o.range)])).toEqual([
      ['List', '1:1-15:5'],
      ['Pod', '5:3-12:42'],
      ['Pod', '13:3-13:5'],
      ['Pod', '14:3-14:5'],
      ['Pod', '15:3-15:5'],
    ]);
    expect(file.podSpecs).toHaveLength(1);
    expect(file.containers.map((c) => at(c.anchor))).toEqual(['10:13-10:14']);
  });

  it('keeps a container aliased into two pods apart: each inherits from its own pod', () => {
    const text = `apiVersion: v1
kind: List
items:
- {apiVersion: v1, kind: Pod, metadata: {name: a}, spec: {securityContext: {runAsNonRoot: true}, containers: [&c {name: c, image: x}]}}
- {apiVersion: v1, kind: Pod, metadata: {name: b}, spec: {containers: [*c]}}
`;
    const file = parseKubernetes('list.yaml', text);
    expect(file.containers.map((c) => [c.name, c.effective('runAsNonRoot')?.value.bool()])).toEqual([
      ['c', true],
      ['c', undefined],
    ]);
  });

  it('resolves an alias to the last anchor of its name before it, scalars and keys included', () => {
    const text = `x: &n first
y: &n web
${podHead}  containers:
  - name: *n
    image: &i nginx:1.27
  - {name: two, image: *i}
`;
    const file = parseKubernetes('pod.yaml', text);
    expect(file.problems).toEqual([]);
    expect(file.containers.map((c) => [c.name, c.image?.value?.string(), at(c.anchor)])).toEqual([
      ['web', 'nginx:1.27', '8:11-8:13'],
      ['two', 'nginx:1.27', '10:12-10:15'],
    ]);
  });

  it('reports an alias inside the node it refers to, through a merge too, and checks nothing of that document', () => {
    for (const [value, where] of [
      ['&s {<<: *s, privileged: true}', '8:30-8:32'],
      ['&s {a: [{b: *s}], privileged: true}', '8:34-8:36'],
    ]) {
      const text = `${podHead}  containers:\n  - name: c\n    image: nginx:1.27\n    securityContext: ${value}\n---\n${podHead}  containers: []\n`;
      const file = parseKubernetes('pod.yaml', text);
      expect(file.problems.map((p) => [p.code, p.message, at(p.range)])).toEqual([
        ['syntax', 'Invalid YAML: the alias *s refers to a node that contains it.', where],
      ]);
      expect(file.objects.map((o) => o.documentIndex)).toEqual([1]);
    }
    // Not a manifest: no syntax problems, as for other invalid YAML, but invalid all the same, so
    // that an editor lints the document again when the file becomes a manifest.
    expect(parseKubernetes('x.yaml', 'a: &a [*a]\n').problems).toEqual([]);
    expect(parseKubernetesSlice('x.yaml', 'a: &a [*a]\n', { manifest: false, eol: '\n', indentUnit: 2 })?.invalid).toBe(true);
  });
});

describe('budget', () => {
  it('reports a document that expands beyond its budget, even in YAML that does not look like a manifest', () => {
    const levels = ['a0: &a0 [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i <= 6; i++) levels.push(`a${i}: &a${i} [${Array(10).fill(`*a${i - 1}`).join(', ')}]`);
    const bomb = `${levels.join('\n')}\n`;
    // Outside a pod spec, the tree is never walked: checked.
    expect(parseKubernetes('pod.yaml', `${bomb}${podHead}  containers: [{name: c, image: x}]\n`).problems).toEqual([]);
    const inPod = parseKubernetes('pod.yaml', `${bomb}${podHead}  containers: [{name: c, image: x, args: *a6}]\n---\n${podHead}  containers: []\n`);
    expect(inPod.problems.map((p) => [p.code, p.message, at(p.range)])).toEqual([
      ['skipped', 'YAML aliases and merge keys expand this document to more than 10,000 nodes; it was not checked.', '12:42-12:45'],
    ]);
    expect([inPod.objects.map((o) => o.documentIndex), inPod.containers]).toEqual([[1], []]);
  });

  it('checks a small document with a few aliases, under the minimum budget', () => {
    const text = `${podHead}  containers:\n  - &c {name: c, image: x, args: &a [a, b, c]}\n${'  - {<<: *c, args: *a}\n'.repeat(30)}`;
    const file = parseKubernetes('pod.yaml', text);
    expect([file.problems, file.containers.length]).toEqual([[], 31]);
  });
});

describe('budget of written text', () => {
  it('never refuses what is written out, even beside a `*` that is not an alias', () => {
    const containers = `[${'{},'.repeat(5_000)}{name: c, image: "*"}]`;
    for (const text of [`${podHead}  containers: ${containers}\n`, `${podHead}  <<: {hostPID: true}\n  containers: ${containers}\n`]) {
      const file = parseKubernetes('pod.yaml', text);
      expect([file.problems, file.containers.length]).toEqual([[], 5_001]);
    }
  });
});
