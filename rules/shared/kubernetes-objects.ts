import type { KubernetesFile, KubernetesObject, ObjectValue, PodSpec, Range, TextEdit, WorkloadFile, WorkloadObject, YamlNode } from '../api';

/** The objects of a file with this kind in the core group (`v1`), or in the groups given. */
export function objectsOfKind<O extends WorkloadObject>(file: { readonly objects: readonly O[] }, kind: string, groups: readonly string[] = ['']): O[] {
  return file.objects.filter((object) => object.kind === kind && groups.includes(object.group));
}

/**
 * Where `needle`, found in the decoded value of a scalar, is written: its own range when the
 * scalar holds it verbatim (YAML plain, quoted without escapes, block scalars line by line; an
 * HCL string without escapes or interpolation), else the whole scalar.
 */
export function rangeOfText(file: WorkloadFile, node: ObjectValue, needle: string): Range {
  return file.rangeOfText(node, needle);
}

/** True when the object is written with template expressions (`{{ }}`): what it lacks cannot be judged. */
export function isTemplated(file: KubernetesFile, object: KubernetesObject): boolean {
  return file.text.slice(object.root.startOffset, object.root.contentEnd()).includes('{{');
}

/**
 * An edit that adds `key: value` to the mapping under `mapKey` of `parent` (`labels` of
 * `metadata`), creating that mapping when the key is absent. Undefined when it is there but is
 * not a block mapping (null, flow style, a template).
 */
export function insertIntoMap(file: KubernetesFile, parent: YamlNode, mapKey: string, key: string, value: string): TextEdit | undefined {
  if (!parent.entry(mapKey)) return file.insertEntry(parent, mapKey, { [key]: value });
  const map = parent.get(mapKey);
  return map?.isMap ? file.insertEntry(map, key, value) : undefined;
}

/** The entries of a mapping with a value (`data` of a Secret or ConfigMap). */
export function keyValues<V extends ObjectValue>(map: { entries(): readonly { key: string; keyRange: Range; value: V | undefined }[] } | undefined): { key: string; keyRange: Range; value: V }[] {
  const out: { key: string; keyRange: Range; value: V }[] = [];
  for (const entry of map?.entries() ?? []) if (entry.value && !entry.value.isNull) out.push({ key: entry.key, keyRange: entry.keyRange, value: entry.value });
  return out;
}

/**
 * `GOOGLE_API_KEY_VAL`, `INSERT_TOKEN_HERE`, `nvapi-NVKEY`: a name in capitals where a value goes,
 * after at most a lower-case format prefix.
 */
export function isPlaceholderName(text: string): boolean {
  return /^(?:[a-z]{1,10}-)?[A-Z][A-Z0-9]{0,40}(?:_[A-Z0-9]{1,40}){0,10}$/.test(text) && /[A-Z]{3}/.test(text) && !/[0-9]{4}/.test(text);
}

/** The framework controls of a rule about credentials written in manifests, with its CIS Kubernetes items. */
export function committedSecretFrameworks(...cisItems: string[]) {
  return {
    iso27001: ['A.5.17', 'A.8.24'],
    nist80053: ['IA-5(7)', 'SC-28'],
    cis: cisItems.map((item) => `CIS Kubernetes Benchmark v1.12.0 ${item}`),
  };
}

export const rbacGroup = 'rbac.authorization.k8s.io';

/** One rule of a Role or ClusterRole, with its lists as written. */
export interface RbacRule {
  readonly role: WorkloadObject;
  readonly clusterWide: boolean;
  readonly node: ObjectValue;
  readonly apiGroups: readonly ObjectValue[];
  readonly resources: readonly ObjectValue[];
  readonly verbs: readonly ObjectValue[];
  readonly resourceNames: readonly ObjectValue[];
  /** One of the lists is not known before apply: what it lacks cannot be judged. */
  readonly unknown: boolean;
}

/** Every rule of every Role and ClusterRole of the file. */
export function rbacRules(file: WorkloadFile): RbacRule[] {
  const out: RbacRule[] = [];
  for (const role of file.objects) {
    if (role.group !== rbacGroup || (role.kind !== 'Role' && role.kind !== 'ClusterRole')) continue;
    for (const node of role.root.get('rules')?.items() ?? []) {
      if (!node.isMap) continue;
      const list = (key: string) => node.get(key)?.items() ?? [];
      const unknown = ['apiGroups', 'resources', 'verbs', 'resourceNames'].some((key) => node.get(key)?.isUnknown === true);
      out.push({
        role,
        clusterWide: role.kind === 'ClusterRole',
        node,
        apiGroups: list('apiGroups'),
        resources: list('resources'),
        verbs: list('verbs'),
        resourceNames: list('resourceNames'),
        unknown,
      });
    }
  }
  return out;
}

/** Where to report what a pod spec lacks: the key that holds it (`spec`, `template.spec`'s `spec`). */
export function podSpecKeyRange(pod: PodSpec): Range {
  const parent = pod.path.length > 1 ? pod.object.root.get(...pod.path.slice(0, -1)) : pod.object.root;
  return parent?.entry(pod.path[pod.path.length - 1])?.keyRange ?? pod.node.range;
}

/** A fragment (a Kustomize or strategic-merge patch) that cannot be judged on what it lacks. */
export function isPartialPod(pod: PodSpec): boolean {
  return pod.containers.length === 0 || pod.containers.every((container) => container.partial);
}

/** The service account a pod runs as: `serviceAccountName`, else the deprecated `serviceAccount`. */
export function podServiceAccount(pod: PodSpec) {
  return pod.field('serviceAccountName') ?? pod.field('serviceAccount');
}
