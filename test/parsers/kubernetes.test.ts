import { describe, expect, it } from 'vitest';
import { Composer, Parser } from 'yaml';
import { parseKubernetes } from '../../server/src/parsers/kubernetes/parse';
import { applyEdits } from '../../server/src/engine/edits';
import type { Range } from '../../server/src/engine/text';

/** 1-based `line:column-endLine:endColumn`, as an editor shows a range. */
const at = (r: Range | undefined) => r && `${r.start.line + 1}:${r.start.character + 1}-${r.end.line + 1}:${r.end.character + 1}`;

const deployment = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  namespace: shop
spec:
  template:
    spec:
      securityContext:
        runAsUser: 1000
        runAsNonRoot: true
        seccompProfile: {type: RuntimeDefault}
        fsGroup: 2000
      initContainers:
      - name: init
        image: init:1.0
        securityContext:
          runAsUser: 0
      containers:
      - name: web
        image: web:1.0
        securityContext:
          readOnlyRootFilesystem: true
`;

describe('parseKubernetes', () => {
  it('reads objects with apiVersion, kind, name, namespace and exact ranges', () => {
    const file = parseKubernetes('deploy.yaml', deployment);
    expect(file.kind).toBe('kubernetes');
    expect(file.problems).toEqual([]);
    const [object] = file.objects;
    expect(object).toMatchObject({ apiVersion: 'apps/v1', group: 'apps', kind: 'Deployment', name: 'web', namespace: 'shop', documentIndex: 0 });
    expect(at(object.range)).toBe('1:1-23:39');
    const name = object.root.entry('metadata')!.value!.entry('name')!;
    expect(at(name.keyRange)).toBe('4:3-4:7');
    expect(at(name.value!.range)).toBe('4:9-4:12');
    expect(at(name.range)).toBe('4:3-4:12');
    expect(object.root.get('spec', 'template', 'spec', 'containers', 0, 'image')?.string()).toBe('web:1.0');
    // The object and each container (from its first key) are suppression scopes.
    expect(file.suppressionScopes.map(at)).toEqual(['1:1-23:39', '15:9-18:23', '20:9-23:39']);
  });

  it('gives each container its effective securityContext and where it comes from', () => {
    const file = parseKubernetes('deploy.yaml', deployment);
    expect(file.podSpecs).toHaveLength(1);
    expect(file.podSpecs[0].path).toEqual(['spec', 'template', 'spec']);
    const [init, web] = file.containers;
    expect([init.list, init.name, web.list, web.name]).toEqual(['initContainers', 'init', 'containers', 'web']);

    const initUser = init.effective('runAsUser')!;
    expect([initUser.from, initUser.value.int(), at(initUser.value.range)]).toEqual(['container', 0, '18:22-18:23']);
    const webUser = web.effective('runAsUser')!;
    expect([webUser.from, webUser.value.int(), at(webUser.value.range)]).toEqual(['pod', 1000, '10:20-10:24']);
    expect(web.effective('seccompProfile')?.value.get('type')?.string()).toBe('RuntimeDefault');
    expect(web.effective('runAsNonRoot')?.value.bool()).toBe(true);
    expect(web.effective('appArmorProfile')).toBeUndefined();

    // Container-only and pod-only fields are not inherited.
    expect(web.own('readOnlyRootFilesystem')?.value.bool()).toBe(true);
    expect(init.own('readOnlyRootFilesystem')).toBeUndefined();
    expect(file.podSpecs[0].securityField('fsGroup')?.value?.int()).toBe(2000);
    expect(at(web.anchor)).toBe('20:15-20:18');
    expect(web.partial).toBe(false);
  });

  it('finds pod specs of every workload kind', () => {
    const wrap = (apiVersion: string, kind: string, path: string[]) => {
      let body = '  containers:\n  - name: c\n    image: c:1\n';
      for (const key of [...path].reverse()) body = `${key}:\n${body.replace(/^/gm, '  ')}`;
      return `apiVersion: ${apiVersion}\nkind: ${kind}\nmetadata:\n  name: x\n${body}`;
    };
    const kinds: [string, string, string[]][] = [
      ['v1', 'Pod', []],
      ['v1', 'ReplicationController', ['template', 'spec']],
      ['apps/v1', 'Deployment', ['template', 'spec']],
      ['extensions/v1beta1', 'DaemonSet', ['template', 'spec']],
      ['apps/v1', 'StatefulSet', ['template', 'spec']],
      ['apps/v1', 'ReplicaSet', ['template', 'spec']],
      ['batch/v1', 'Job', ['template', 'spec']],
      ['batch/v1', 'CronJob', ['jobTemplate', 'spec', 'template', 'spec']],
      ['argoproj.io/v1alpha1', 'Rollout', ['template', 'spec']],
      ['apps.openshift.io/v1', 'DeploymentConfig', ['template', 'spec']],
    ];
    for (const [apiVersion, kind, path] of kinds) {
      const text = wrap(apiVersion, kind, ['spec', ...path]);
      const file = parseKubernetes('w.yaml', text);
      expect(file.containers.map((c) => c.name), `${kind}\n${text}`).toEqual(['c']);
    }
    // A custom resource's pod template is found by its shape, wherever it is nested.
    const custom = parseKubernetes('w.yaml', wrap('jobset.x-k8s.io/v1alpha2', 'JobSet', ['spec', 'replicatedJobs', 'template', 'spec', 'template', 'spec']));
    expect(custom.containers.map((c) => c.name)).toEqual(['c']);
    expect(custom.podSpecs[0].path).toEqual(['spec', 'replicatedJobs', 'template', 'spec', 'template', 'spec']);
    const listed = parseKubernetes(
      'w.yaml',
      'apiVersion: kubeflow.org/v2beta1\nkind: MPIJob\nmetadata:\n  name: x\nspec:\n  mpiReplicaSpecs:\n    Worker:\n      template:\n        spec:\n          containers:\n          - name: w\n            image: w:1\n          initContainers:\n          - name: i\n            image: i:1\n',
    );
    expect(listed.containers.map((c) => c.name)).toEqual(['w', 'i']);
    // Containers without an image are some other shape, and data kinds are never searched.
    expect(parseKubernetes('w.yaml', 'apiVersion: example.com/v1\nkind: Widget\nmetadata:\n  name: x\nspec:\n  containers:\n  - name: c\n').containers).toEqual([]);
    expect(parseKubernetes('w.yaml', 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\ndata:\n  containers:\n  - image: c:1\n').containers).toEqual([]);
  });

  it('reads every document of a multi-document file and the items of a List', () => {
    const text = `# leading comment
---
apiVersion: v1
kind: List
items:
- apiVersion: v1
  kind: Pod
  metadata: {name: a}
  spec:
    containers: [{name: a, image: "a:1"}]
- not an object
---
---
apiVersion: v1
kind: Service
metadata:
  name: s
...
`;
    const file = parseKubernetes('all.yaml', text);
    expect(file.problems).toEqual([]);
    expect(file.objects.map((o) => `${o.documentIndex}:${o.kind}:${o.name ?? ''}:${o.list?.kind ?? ''}`)).toEqual([
      '0:List::',
      '0:Pod:a:List',
      '2:Service:s:',
    ]);
    expect(file.containers.map((c) => c.name)).toEqual(['a']);
    // The pod spec belongs to the Pod listed, not to the List around it.
    expect(file.podSpecs.map((p) => `${p.object.kind}:${p.object.name}`)).toEqual(['Pod:a']);
    // The document from its first key, and from its `---` marker.
    expect(file.suppressionScopes.map(at)).toContain('3:1-11:16');
    expect(file.suppressionScopes.map(at)).toContain('2:1-11:16');
    expect(file.suppressionScopes.map(at)).toContain('6:3-10:42');
  });

  it('keeps every comment with its range, but not # inside strings or block scalars', () => {
    const text = 'apiVersion: v1 # api\nkind: ConfigMap\n# shiftguard-ignore K8S-001 -- reason\nmetadata: {name: x} # trailing\ndata:\n  a: "# not a comment"\n  b: |\n    # not a comment\n';
    const file = parseKubernetes('cm.yaml', text);
    expect(file.comments.map((c) => [c.text, at(c.range)])).toEqual([
      ['# api', '1:16-1:21'],
      ['# shiftguard-ignore K8S-001 -- reason', '3:1-3:38'],
      ['# trailing', '4:21-4:31'],
    ]);
  });

  it('keeps exact ranges with CRLF line breaks', () => {
    const text = deployment.replace(/\n/g, '\r\n');
    const file = parseKubernetes('deploy.yaml', text);
    expect(file.problems).toEqual([]);
    const web = file.containers[1];
    expect(at(web.anchor)).toBe('20:15-20:18');
    expect(at(web.image!.value!.range)).toBe('21:16-21:23');
    expect(at(web.effective('runAsUser')!.value.range)).toBe('10:20-10:24');
  });

  it('counts columns in UTF-16 code units, with tabs and non-ASCII text', () => {
    const text = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: "café-😀"\n  annotations:\n    note:\t"naïve 😀 text"\t# tab before\nspec:\n  containers:\n  - name: "😀😀"\n    image: web:1.0\n';
    const file = parseKubernetes('pod.yaml', text);
    expect(file.problems).toEqual([]);
    expect(file.objects[0].name).toBe('café-😀');
    const note = file.objects[0].root.get('metadata', 'annotations')!.entry('note')!;
    expect(at(note.value!.range)).toBe('6:11-6:26');
    expect(note.value!.string()).toBe('naïve 😀 text');
    expect(at(file.comments[0].range)).toBe('6:27-6:39');
    expect(at(file.containers[0].anchor)).toBe('9:11-9:17');
  });

  it('resolves anchors, aliases and merge keys; ranges stay where values are written', () => {
    const text = `apiVersion: v1
kind: Pod
metadata:
  name: p
spec:
  securityContext: &secure
    runAsNonRoot: true
  containers:
  - &base
    name: a
    image: a:1
    securityContext:
      <<: *secure
      runAsUser: 1000
  - <<: *base
    name: b
    securityContext: *secure
`;
    const file = parseKubernetes('pod.yaml', text);
    expect(file.problems).toEqual([]);
    const [a, b] = file.containers;
    expect([a.name, b.name, b.image?.value?.string()]).toEqual(['a', 'b', 'a:1']);
    const aNonRoot = a.effective('runAsNonRoot')!;
    expect([aNonRoot.from, aNonRoot.entry.merged, at(aNonRoot.value.range)]).toEqual(['container', true, '7:19-7:23']);
    expect(b.securityContext?.aliased).toBe(true);
    expect(at(b.securityContextEntry!.value!.range)).toBe('17:22-17:29');
    expect(b.effective('runAsUser')).toBeUndefined();
    expect(at(b.anchor)).toBe('16:11-16:12');
  });

  it('reads YAML 1.1 booleans as Kubernetes does, and duplicate keys as last-wins', () => {
    const text = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  hostNetwork: yes\n  hostPID: "true"\n  hostIPC: Off\n  hostIPC: on\n  containers: []\n';
    const file = parseKubernetes('pod.yaml', text);
    expect(file.problems).toEqual([]);
    const pod = file.podSpecs[0];
    expect(pod.field('hostNetwork')?.value?.bool()).toBe(true);
    expect(pod.field('hostPID')?.value?.bool()).toBeUndefined();
    expect(pod.field('hostIPC')?.value?.bool()).toBe(true);
    expect(at(pod.field('hostIPC')!.keyRange)).toBe('9:3-9:10');
  });

  it('knows Windows pods and user namespaces', () => {
    const text = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  os:\n    name: windows\n  hostUsers: false\n  containers:\n  - name: c\n';
    const pod = parseKubernetes('pod.yaml', text).podSpecs[0];
    expect([pod.isWindows, pod.userNamespace, pod.containers[0].partial]).toEqual([true, true, true]);
  });

  it('stays silent on YAML that is not a manifest, valid or not', () => {
    const workflow = 'name: ci\non: [push]\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n    - uses: actions/checkout@v4\n';
    const compose = 'services:\n  web:\n    image: nginx\n    privileged: true\n';
    const broken = 'name: ci\non: [push\njobs:\n  - : :\n';
    for (const [path, text] of [['.github/workflows/ci.yml', workflow], ['compose.yaml', compose], ['values.yaml', broken], ['empty.yaml', '']]) {
      const file = parseKubernetes(path, text);
      expect(file.problems, path).toEqual([]);
      expect(file.objects, path).toEqual([]);
    }
  });

  it('reports a Helm template once, at the first {{, without syntax errors', () => {
    const chart = 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: {{ include "app.fullname" . }}\n  labels:\n    {{- include "app.labels" . | nindent 4 }}\nspec:\n  replicas: {{ .Values.replicas }}\n';
    const file = parseKubernetes('chart/templates/deployment.yaml', chart);
    expect(file.problems.map((p) => [p.code, at(p.range)])).toEqual([['unsupported', '4:9-4:11']]);
    expect(file.problems[0].message).toMatch(/^Helm template: render it first \(helm template …\)/);
    expect(file.objects).toEqual([]);

    // Outside templates/, braces that break the YAML also mean a template.
    const outside = parseKubernetes('deploy/app.yaml', chart);
    expect(outside.problems.map((p) => p.code)).toEqual(['unsupported']);

    // Valid YAML with template text in strings outside a chart is linted as is.
    const workflow = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: n\ndata:\n  message: "{{workflow.name}} done"\n';
    const linted = parseKubernetes('argo/cm.yaml', workflow);
    expect(linted.problems).toEqual([]);
    expect(linted.objects).toHaveLength(1);
  });

  it('reports broken manifest YAML as a syntax problem with a narrow range and keeps valid documents', () => {
    const text = 'apiVersion: v1\nkind: Service\nmetadata:\n  name: ok\n---\napiVersion: v1\nkind: Pod\nmetadata:\n  name: broken\nspec:\n      containers:\n      -   name: a\n        image: a:1\n';
    const file = parseKubernetes('pods.yaml', text);
    expect(file.problems).toHaveLength(1);
    expect(file.problems[0].code).toBe('syntax');
    expect(file.problems[0].message).toMatch(/^Invalid YAML: /);
    expect(file.problems[0].range.start.line).toBeGreaterThanOrEqual(10);
    expect(file.problems[0].range.end.line).toBe(file.problems[0].range.start.line);
    expect(file.objects.map((o) => o.name)).toEqual(['ok']);
  });

  it('never throws on odd input', () => {
    for (const text of ['\ufeffapiVersion: v1\nkind: Pod\n', '---\n...\n', 'apiVersion: v1\nkind: Pod\nspec: *missing\n', '[a, b', '%YAML 1.2\n---\n&a [*a]\n', 'key: "unterminated']) {
      expect(() => parseKubernetes('odd.yaml', text)).not.toThrow();
    }
  });
});

describe('edit helpers', () => {
  const base = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n  - name: web\n    image: web:1.0 # pinned\n    ports:\n    - containerPort: 80\n';

  it('inserts a key at the end of a block mapping with its indentation', () => {
    const file = parseKubernetes('pod.yaml', base);
    const edit = file.setContainerSecurityField(file.containers[0], 'runAsNonRoot', 'true')!;
    expect(applyEdits(base, [edit])).toBe(base + '    securityContext:\n      runAsNonRoot: true\n');
  });

  it('adds to an existing securityContext and replaces an existing value', () => {
    const text = base.replace('    ports:', '    securityContext:\n      runAsNonRoot: false\n      privileged: false\n    ports:');
    const file = parseKubernetes('pod.yaml', text);
    const container = file.containers[0];
    expect(applyEdits(text, [file.setContainerSecurityField(container, 'runAsNonRoot', 'true')!])).toBe(text.replace('runAsNonRoot: false', 'runAsNonRoot: true'));
    expect(applyEdits(text, [file.setContainerSecurityField(container, 'readOnlyRootFilesystem', 'true')!])).toBe(
      text.replace('      privileged: false\n', '      privileged: false\n      readOnlyRootFilesystem: true\n'),
    );
  });

  it('keeps CRLF and the file without a final line break', () => {
    const text = base.replace(/\n/g, '\r\n').replace(/\r\n$/, '');
    const file = parseKubernetes('pod.yaml', text);
    const edit = file.setContainerSecurityField(file.containers[0], 'runAsNonRoot', 'true')!;
    expect(applyEdits(text, [edit])).toBe(text + '\r\n    securityContext:\r\n      runAsNonRoot: true');
  });

  it('adds to a flow mapping in flow style, and removes no line there', () => {
    const text = 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec: {containers: [{name: a, image: "a:1", securityContext: {privileged: true}}]}\n';
    const file = parseKubernetes('pod.yaml', text);
    expect(applyEdits(text, [file.setContainerSecurityField(file.containers[0], 'runAsNonRoot', 'true')!])).toBe(
      text.replace('{privileged: true}', '{privileged: true, runAsNonRoot: true}'),
    );
    expect(file.entryLineRange(file.containers[0].own('privileged')!.entry)).toBeUndefined();
  });

  it('removes a key line with its comment, but not a key that shares its line', () => {
    const text = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  hostNetwork: true # needed?\n  containers:\n  - hostIPC: true\n';
    const file = parseKubernetes('pod.yaml', text);
    const pod = file.podSpecs[0];
    const range = file.entryLineRange(pod.field('hostNetwork')!)!;
    expect(applyEdits(text, [{ range, newText: '' }])).toBe(text.replace('  hostNetwork: true # needed?\n', ''));
    const item = pod.node.get('containers', 0)!.entry('hostIPC')!;
    expect(file.entryLineRange(item)).toBeUndefined();
  });

  it('removes the last line of a file without a final line break', () => {
    const text = 'apiVersion: v1\nkind: Pod\nspec:\n  hostPID: true';
    const file = parseKubernetes('pod.yaml', text);
    const range = file.entryLineRange(file.podSpecs[0].field('hostPID')!)!;
    expect(applyEdits(text, [{ range, newText: '' }])).toBe('apiVersion: v1\nkind: Pod\nspec:');
  });
});

describe('speed', () => {
  // The `yaml` package's own parse dominates; the model must add little on top, whatever the machine load.
  it('parses a 2 MB multi-document file at the speed of the YAML parser', () => {
    const doc = deployment.replace('name: web\n  namespace', 'name: web-NNN\n  namespace');
    const parts: string[] = [];
    for (let i = 0; parts.length * doc.length < 2_000_000; i++) parts.push(doc.replace('NNN', String(i)));
    const text = parts.join('---\n');

    let started = performance.now();
    Array.from(new Composer({ merge: true }).compose(new Parser().parse(text), true, text.length));
    const yamlOnly = performance.now() - started;

    started = performance.now();
    const file = parseKubernetes('big.yaml', text);
    const elapsed = performance.now() - started;
    expect(file.objects.length).toBe(parts.length);
    expect(file.containers.length).toBe(parts.length * 2);
    expect(elapsed).toBeLessThan(yamlOnly * 2 + 500);
  });
});
