/**
 * Adversarial inputs built in memory: deep nesting, huge files, alias bombs, very long lines,
 * many documents, awkward characters. Each is built by name inside the worker that checks it, so
 * that a 50 MB text is never copied between threads.
 */

const deep = 100_000;
const megabyte = 1024 * 1024;

/** `unit` repeated until the text reaches `bytes` (ASCII units, so characters are bytes). */
function fill(unit: string, bytes: number, head = ''): string {
  return head + unit.repeat(Math.ceil((bytes - head.length) / unit.length));
}

const podHead = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n';

const hclBlock = (i: number) =>
  `resource "aws_security_group" "sg${i}" {\n  ingress {\n    from_port   = 22\n    to_port     = 22\n    protocol    = "tcp"\n    cidr_blocks = ["0.0.0.0/0"]\n  }\n}\n\n`;

const deployment = (i: number) =>
  `---\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: app-${i}\nspec:\n  template:\n    spec:\n      containers:\n        - name: web\n          image: nginx:latest\n          securityContext:\n            privileged: true\n`;

function repeatNumbered(unit: (i: number) => string, bytes: number): string {
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const part = unit(i);
    parts.push(part);
    size += part.length;
  }
  return parts.join('');
}

/** YAML 9 levels of 9 aliases ("billion laughs"): 9^9 nodes once fully expanded. */
function aliasBomb(where: 'top' | 'containers'): string {
  const levels = ['a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
  for (let i = 1; i <= 8; i++) levels.push(`a${i}: &a${i} [${Array(9).fill(`*a${i - 1}`).join(',')}]`);
  if (where === 'top') return `${podHead}  containers:\n    - name: c\n      image: nginx:1.27\nx:\n${levels.map((l) => `  ${l}`).join('\n')}\n`;
  // The bomb where the rules walk: containers, their env and args, merged mappings.
  const c = `c0: &c0 {name: c, image: "nginx:latest", args: *a8, env: [{name: A, value: *a8}], securityContext: {privileged: true}}`;
  const maps = [c];
  for (let i = 1; i <= 8; i++) maps.push(`c${i}: &c${i} {<<: [${Array(9).fill(`*c${i - 1}`).join(',')}], volumes: *a${i}}`);
  return `defs:\n${[...levels, ...maps].map((l) => `  ${l}`).join('\n')}\n---\n${podHead}  <<: *c8\n  containers: [${Array(9).fill('*c8').join(',')}]\n  initContainers: *a8\n`;
}

/** A `List` of one anchored Pod (privileged, image by tag) and `aliases` items `- *p`: 5 characters each. */
export function aliasedPodList(aliases: number): string {
  const pod = `- &p\n  apiVersion: v1\n  kind: Pod\n  metadata: {name: p}\n  spec:\n    containers:\n    - name: c\n      image: nginx:latest\n      securityContext: {privileged: true}\n`;
  return `apiVersion: v1\nkind: List\nitems:\n${pod}${'- *p\n'.repeat(aliases)}`;
}

/**
 * Merge keys 30 levels deep, each level merging the one below `width` times (4.4 KB): merged
 * naively, the container's securityContext has 24^29 sources. Resolved once per mapping, it
 * inherits runAsNonRoot and readOnlyRootFilesystem from the bottom level.
 */
export function mergeKeyBomb(levels = 30, width = 24): string {
  const lines = ['m0: &m0 {runAsNonRoot: true, readOnlyRootFilesystem: true, allowPrivilegeEscalation: false}'];
  for (let i = 1; i < levels; i++) lines.push(`m${i}: &m${i} {<<: [${Array(width).fill(`*m${i - 1}`).join(', ')}]}`);
  const last = `*m${levels - 1}`;
  return `x:\n${lines.map((l) => `  ${l}`).join('\n')}\n${podHead}  containers:\n    - name: c\n      image: nginx:1.27\n      securityContext: {<<: ${last}}\n`;
}

/**
 * Containers c0 to c(n-1) whose securityContext merges the previous one's (`&s1 {<<: *s0}`...):
 * each inherits runAsNonRoot and readOnlyRootFilesystem from c0's, and c(i) adds `k(i)`.
 */
export function mergeChain(containers: number): string {
  const out = [`${podHead}  containers:`];
  for (let i = 0; i < containers; i++) {
    const context = i === 0 ? '&s0 {runAsNonRoot: true, readOnlyRootFilesystem: true}' : `&s${i} {<<: *s${i - 1}, k${i}: ${i}}`;
    out.push(`    - name: c${i}\n      image: nginx:1.27\n      securityContext: ${context}`);
  }
  return `${out.join('\n')}\n`;
}

/** The "billion laughs" of aliasBomb inside the arguments of a container of the same document. */
export function argumentsBomb(): string {
  const levels = ['a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
  for (let i = 1; i <= 8; i++) levels.push(`a${i}: &a${i} [${Array(9).fill(`*a${i - 1}`).join(',')}]`);
  return `x:\n${levels.map((l) => `  ${l}`).join('\n')}\n${podHead}  containers:\n    - {name: c, image: "nginx:1.27", args: *a8}\n`;
}

/** `pods` Pods of a List that share one anchored list of `containers` containers: pods × containers to check. */
function sharedContainers(pods: number, containers: number): string {
  const list = Array.from({ length: containers }, (_, i) => `{name: c${i}, image: x}`).join(', ');
  const items = [`- {apiVersion: v1, kind: Pod, metadata: {name: p0}, spec: {containers: &cs [${list}]}}`];
  for (let i = 1; i < pods; i++) items.push(`- {apiVersion: v1, kind: Pod, metadata: {name: p${i}}, spec: {containers: *cs}}`);
  return `apiVersion: v1\nkind: List\nitems:\n${items.join('\n')}\n`;
}

export interface StressCase {
  name: string;
  /** File name it is checked under (decides the kind). */
  fileName: string;
  build: () => string;
  /**
   * What a clear diagnostic is for this input: `error` needs a finding of severity `error`
   * (syntax, skipped) with a position, `skipped` one saying that (part of) the file was not
   * checked; `any` only the invariants.
   */
  expect: 'error' | 'skipped' | 'any';
  /** Large inputs get more time and memory. */
  large?: boolean;
}

export const stressCases: readonly StressCase[] = [
  { name: 'hcl-deep-brackets-unclosed', fileName: 'main.tf', build: () => `a = ${'['.repeat(deep)}`, expect: 'error' },
  { name: 'hcl-deep-brackets-closed', fileName: 'main.tf', build: () => `a = ${'['.repeat(deep)}${']'.repeat(deep)}\n`, expect: 'any' },
  { name: 'hcl-deep-braces-unclosed', fileName: 'main.tf', build: () => `a = ${'{'.repeat(deep)}`, expect: 'error' },
  { name: 'hcl-deep-objects-closed', fileName: 'main.tf', build: () => `a = ${'{a='.repeat(deep)}1${'}'.repeat(deep)}\n`, expect: 'any' },
  { name: 'hcl-deep-blocks', fileName: 'main.tf', build: () => `${'b {\n'.repeat(deep)}${'}\n'.repeat(deep)}`, expect: 'any' },
  { name: 'hcl-deep-parentheses', fileName: 'main.tf', build: () => `a = ${'('.repeat(deep)}1${')'.repeat(deep)}\n`, expect: 'any' },
  { name: 'hcl-deep-templates', fileName: 'main.tf', build: () => `a = ${'"${'.repeat(deep)}1${'}"'.repeat(deep)}\n`, expect: 'any' },
  { name: 'tf-json-deep-arrays', fileName: 'main.tf.json', build: () => `{"locals":{"a":${'['.repeat(deep)}${']'.repeat(deep)}}}`, expect: 'any' },
  { name: 'tf-json-deep-objects-unclosed', fileName: 'main.tf.json', build: () => `{"resource":${'{"a":'.repeat(deep)}`, expect: 'error' },
  { name: 'yaml-deep-flow-sequences', fileName: 'deep.yaml', build: () => `${podHead}  containers: ${'['.repeat(deep)}${']'.repeat(deep)}\n`, expect: 'skipped' },
  { name: 'yaml-deep-flow-unclosed', fileName: 'deep.yaml', build: () => `${podHead}  containers: ${'['.repeat(deep)}\n`, expect: 'skipped' },
  { name: 'yaml-deep-flow-mappings', fileName: 'deep.yaml', build: () => `${podHead}  containers: ${'{a: '.repeat(deep)}1${'}'.repeat(deep)}\n`, expect: 'skipped' },
  // 100,000 levels of block indentation: compact nested sequences, each `- ` one level (and two
  // columns) deeper, so that the depth does not cost a quadratic amount of leading spaces.
  { name: 'yaml-deep-block-sequences', fileName: 'deep.yaml', build: () => `${podHead}  containers:\n    ${'- '.repeat(deep)}x\n`, expect: 'skipped' },
  { name: 'yaml-deep-block-mappings', fileName: 'deep.yaml', build: () => `${podHead}${Array.from({ length: 3_000 }, (_, i) => `${' '.repeat(i + 2)}k${i}:\n`).join('')}`, expect: 'any' },
  { name: 'dockerfile-deep-expansions', fileName: 'Dockerfile', build: () => `FROM alpine\nENV A=${'${A:-'.repeat(deep)}x${'}'.repeat(deep)}\nUSER 10001\n`, expect: 'any' },
  { name: 'dockerfile-deep-json-array', fileName: 'Dockerfile', build: () => `FROM alpine\nCMD ${'['.repeat(deep)}${']'.repeat(deep)}\n`, expect: 'any' },
  { name: 'dockerfile-deep-continuations', fileName: 'Dockerfile', build: () => `FROM alpine\nRUN ${'a \\\n'.repeat(deep)}b\n`, expect: 'any' },
  { name: 'yaml-alias-bomb', fileName: 'bomb.yaml', build: () => aliasBomb('top'), expect: 'any' },
  { name: 'yaml-alias-bomb-in-containers', fileName: 'bomb.yaml', build: () => aliasBomb('containers'), expect: 'any' },
  // aliasBomb('containers') keeps its anchors in a document of their own, where the Pod cannot reach them: here they are in the Pod's.
  { name: 'yaml-alias-bomb-in-pod', fileName: 'bomb.yaml', build: () => aliasBomb('containers').replace('\n---\n', '\n'), expect: 'skipped' },
  { name: 'yaml-aliased-pods-16k', fileName: 'list.yaml', build: () => aliasedPodList(16_000), expect: 'any' },
  { name: 'yaml-aliased-pods-50k', fileName: 'list.yaml', build: () => aliasedPodList(50_000), expect: 'any' },
  { name: 'yaml-merge-key-bomb', fileName: 'bomb.yaml', build: () => mergeKeyBomb(), expect: 'any' },
  { name: 'yaml-merge-chain-12', fileName: 'chain.yaml', build: () => mergeChain(12), expect: 'any' },
  // Each level merges all the keys below it: 3,000 levels are 4.5 million merged keys.
  { name: 'yaml-merge-chain-3000', fileName: 'chain.yaml', build: () => mergeChain(3_000), expect: 'skipped' },
  { name: 'yaml-alias-bomb-in-arguments', fileName: 'bomb.yaml', build: argumentsBomb, expect: 'skipped' },
  { name: 'yaml-aliased-containers-16k', fileName: 'pod.yaml', build: () => `${podHead}  containers:\n  - &c {name: c, image: "nginx:1.27", securityContext: {privileged: true}}\n${'  - *c\n'.repeat(16_000)}`, expect: 'any' },
  { name: 'yaml-shared-containers', fileName: 'list.yaml', build: () => sharedContainers(1_000, 1_000), expect: 'skipped' },
  { name: 'yaml-alias-cycle', fileName: 'cycle.yaml', build: () => `${podHead}  containers: &c\n  - name: c\n    image: nginx:1.27\n  - *c\n`, expect: 'error' },
  { name: 'hcl-long-line', fileName: 'main.tf', build: () => `a = "${'x'.repeat(10 * megabyte)}"\n`, expect: 'any', large: true },
  { name: 'hcl-long-line-unquoted', fileName: 'main.tf', build: () => `a = ${'x.'.repeat(5 * megabyte)}x\n`, expect: 'any', large: true },
  { name: 'yaml-long-line', fileName: 'long.yaml', build: () => `apiVersion: v1\nkind: ConfigMap\ndata:\n  k: "${'x'.repeat(10 * megabyte)}"\n`, expect: 'any', large: true },
  // 1 MB: 40,000 containers on one line already take 20 s to lint, linearly.
  { name: 'yaml-long-flow-line', fileName: 'long.yaml', build: () => `${podHead}  containers: [${'{name: c, image: "nginx"},'.repeat(40_000)}]\n`, expect: 'any', large: true },
  { name: 'dockerfile-long-line', fileName: 'Dockerfile', build: () => `FROM alpine\nRUN echo ${'x'.repeat(10 * megabyte)}\n`, expect: 'any', large: true },
  { name: 'yaml-many-documents', fileName: 'many.yaml', build: () => `${'---\n'.repeat(deep)}${podHead}  containers: []\n`, expect: 'any' },
  { name: 'yaml-many-manifests', fileName: 'many.yaml', build: () => repeatNumbered((i) => `---\napiVersion: v1\nkind: ConfigMap\nmetadata: {name: c${i}}\n`, 4 * megabyte), expect: 'any', large: true },
  { name: 'hcl-many-separators', fileName: 'main.tf', build: () => '---\n'.repeat(deep), expect: 'error' },
  { name: 'dockerfile-many-separators', fileName: 'Dockerfile', build: () => `FROM alpine\n${'---\n'.repeat(deep)}`, expect: 'error' },
  { name: 'hcl-nul-bytes', fileName: 'main.tf', build: () => hclBlock(0).replace(/ /g, '\u0000'), expect: 'error' },
  { name: 'yaml-nul-bytes', fileName: 'nul.yaml', build: () => deployment(0).replace(/: /g, ':\u0000 '), expect: 'any' },
  { name: 'dockerfile-nul-bytes', fileName: 'Dockerfile', build: () => 'FROM alpine\u0000\nUSER ro\u0000ot\nRUN \u0000\n', expect: 'any' },
  { name: 'hcl-lone-surrogates', fileName: 'main.tf', build: () => `a = "\uD800"\nb\uDC00 = 1\n${hclBlock(1).replace('22', '2\uD8002')}`, expect: 'any' },
  { name: 'yaml-lone-surrogates', fileName: 'x.yaml', build: () => deployment(0).replace('web', '\uD800').replace('privileged', 'privi\uDFFFleged'), expect: 'any' },
  { name: 'dockerfile-lone-surrogates', fileName: 'Dockerfile', build: () => 'FROM alpine\uD800\nUSER \uDC00\nENV A=\uD800${B:-\uDBFF}\n', expect: 'any' },
  { name: 'hcl-bom-and-line-endings', fileName: 'main.tf', build: () => `\uFEFF${hclBlock(2).replace(/\n/g, (_, i: number) => ['\r\n', '\r', '\n'][i % 3])}`, expect: 'any' },
  { name: 'yaml-bom-and-line-endings', fileName: 'x.yaml', build: () => `\uFEFF${deployment(0).replace(/\n/g, (_, i: number) => ['\r\n', '\r', '\n'][i % 3])}`, expect: 'any' },
  { name: 'dockerfile-bom-and-line-endings', fileName: 'Dockerfile', build: () => '\uFEFFFROM alpine\r\nRUN a \\\rb \\\r\nc\rUSER root\n', expect: 'any' },
  // Twice the default size limit, parsed with the limit raised.
  { name: 'hcl-16mb', fileName: 'main.tf', build: () => repeatNumbered(hclBlock, 16 * megabyte), expect: 'any', large: true },
  { name: 'yaml-16mb', fileName: 'big.yaml', build: () => repeatNumbered(deployment, 16 * megabyte), expect: 'any', large: true },
  { name: 'dockerfile-16mb', fileName: 'Dockerfile', build: () => fill('RUN curl -k https://example.com/x.sh | sh\n', 16 * megabyte, 'FROM alpine\n'), expect: 'any', large: true },
  // Over the default size limit: named and not read. (Parsed with the limit raised, the YAML and
  // Dockerfile ones need more than a 4 GiB heap.)
  { name: 'hcl-50mb', fileName: 'main.tf', build: () => repeatNumbered(hclBlock, 50 * megabyte), expect: 'any', large: true },
  { name: 'yaml-50mb', fileName: 'big.yaml', build: () => repeatNumbered(deployment, 50 * megabyte), expect: 'any', large: true },
  { name: 'dockerfile-50mb', fileName: 'Dockerfile', build: () => fill('RUN curl -k https://example.com/x.sh | sh\n', 50 * megabyte, 'FROM alpine\n'), expect: 'any', large: true },
];

export function stressCase(name: string): StressCase {
  const found = stressCases.find((c) => c.name === name);
  if (!found) throw new Error(`no stress case named ${name}`);
  return found;
}
