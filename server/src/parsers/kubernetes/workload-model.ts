import type { Range } from '../../engine/text';
import type { TextEdit } from '../../engine/types';

/**
 * The pod and container view that workload rules read. Kubernetes manifests implement it over
 * YAML (`KubernetesFile`); Terraform implements it over the kubernetes provider's resources
 * (`kubernetes_deployment_v1`, `kubernetes_manifest`, ...), so one rule checks both. Field names
 * are the Kubernetes API's (camelCase); each implementation maps them to what is written.
 */

/** Where a container sits in its pod spec. */
export type ContainerList = 'containers' | 'initContainers' | 'ephemeralContainers';

/** securityContext fields a container inherits from the pod when it does not set them. */
export type InheritedSecurityField =
  | 'runAsUser'
  | 'runAsGroup'
  | 'runAsNonRoot'
  | 'seLinuxOptions'
  | 'seccompProfile'
  | 'appArmorProfile'
  | 'windowsOptions';

/** securityContext fields that only a container has. */
export type ContainerSecurityField =
  | 'privileged'
  | 'allowPrivilegeEscalation'
  | 'capabilities'
  | 'readOnlyRootFilesystem'
  | 'procMount';

/** A place in another file or elsewhere in this one. */
export interface WorkloadOrigin {
  readonly path: string;
  readonly range: Range;
}

/**
 * A value of a workload field. Scalar accessors return undefined for anything that is not known
 * to be of that type: a value that cannot be decided (a Terraform value known only after apply)
 * answers undefined everywhere, so a rule that tests for a bad value stays silent on it.
 */
export interface WorkloadValue {
  /** Where the value is written in the linted file: the place to report it. */
  readonly range: Range;
  /**
   * Where the value was finally written when that differs from `range` (a Terraform variable
   * default, a tfvars entry, a local): pass the value to `report` to show it as related information.
   */
  readonly origin?: WorkloadOrigin;
  bool(): boolean | undefined;
  int(): number | undefined;
  string(): string | undefined;
  /** The items of a list; empty for anything else, and for a list whose items are not known. */
  items(): readonly WorkloadValue[];
  /** Follows a path of field names (API spelling) and list indexes. */
  get(...path: (string | number)[]): WorkloadValue | undefined;
}

/** A field and its value as written. */
export interface WorkloadEntry {
  readonly key: string;
  readonly keyRange: Range;
  readonly value: WorkloadValue | undefined;
  /** The key and its value. */
  readonly range: Range;
}

/** A securityContext value in effect for a container, and where it was written. */
export interface WorkloadEffectiveValue {
  readonly entry: WorkloadEntry;
  readonly value: WorkloadValue;
  /** `container` when the container's securityContext sets it, `pod` when inherited. */
  readonly from: 'container' | 'pod';
}

/** A pod spec: a Pod's `spec`, a workload's pod template, a CronJob's job template. */
export interface WorkloadPod {
  /** `spec.os.name: windows`: Linux-only settings do not apply. */
  readonly isWindows: boolean;
  /** `hostUsers: false`: the pod runs in a user namespace. */
  readonly userNamespace: boolean;
  /** Every container of `containers`, `initContainers` and `ephemeralContainers`, in file order. */
  readonly containers: readonly WorkloadContainer[];
  /** A field of the pod spec itself (`hostNetwork`, `volumes`, ...), null values treated as absent. */
  field(name: string): WorkloadEntry | undefined;
  /** A field of the pod-level securityContext (`fsGroup`, `sysctls`, ...), null values treated as absent. */
  securityField(name: string): WorkloadEntry | undefined;
  /** An annotation of the pod (its template's `metadata.annotations`), by key; undefined when absent. */
  annotation(key: string): WorkloadValue | undefined;
  /** How a field (API spelling) is written here: `readOnlyRootFilesystem`, or `read_only_root_filesystem` in a provider block. */
  fieldName(field: string): string;
  /** A field with a value as written here, for messages and edit titles: `privileged: true`, `privileged = true`. */
  setting(field: string, value: string): string;
}

/** One container of a pod spec with its effective security settings. */
export interface WorkloadContainer {
  readonly pod: WorkloadPod;
  readonly list: ContainerList;
  readonly index: number;
  readonly name: string | undefined;
  readonly image: WorkloadEntry | undefined;
  /** True for a fragment (a Kustomize or strategic-merge patch) that cannot be judged on what it lacks. */
  readonly partial: boolean;
  /** Where to report a missing setting: the `name` value, else the start of the container. */
  readonly anchor: Range;
  /** A field of the container itself (`env`, `ports`, ...), null values treated as absent. */
  field(name: string): WorkloadEntry | undefined;
  /** A field of the container's own securityContext; null values treated as absent. */
  own(field: ContainerSecurityField | InheritedSecurityField): WorkloadEffectiveValue | undefined;
  /** A field the container sets, else the pod-level value it inherits. */
  effective(field: InheritedSecurityField): WorkloadEffectiveValue | undefined;
}

/**
 * A value of an object field (a Secret's `data`, a Role's `rules`, a Service's `spec`), with its
 * members: a YAML node, an evaluated Terraform value or a provider block.
 */
export interface ObjectValue extends WorkloadValue {
  /** A mapping, an object value or a block. */
  readonly isMap: boolean;
  /** Set on a value that cannot be known before apply (a Terraform `dynamic` block, an unknown variable). */
  readonly isUnknown?: boolean;
  /** An explicit `null`: no value. */
  readonly isNull?: boolean;
  items(): readonly ObjectValue[];
  get(...path: (string | number)[]): ObjectValue | undefined;
  entry(key: string): ObjectEntry | undefined;
  /** The members of a mapping or object value, in the order written; empty for anything else. */
  entries(): readonly ObjectEntry[];
}

/** A member of an object field and its value as written. */
export interface ObjectEntry extends WorkloadEntry {
  readonly value: ObjectValue | undefined;
}

/**
 * A Kubernetes object other than a pod spec, in the API's field names: a YAML object, or a
 * kubernetes provider resource (`kubernetes_secret_v1`, `kubernetes_role_binding_v1`, ...) or a
 * `kubernetes_manifest` seen as the object it creates.
 */
export interface WorkloadObject {
  readonly kind: string;
  /** API group: `rbac.authorization.k8s.io`, empty for the core group (`v1`). */
  readonly group: string;
  readonly name: string | undefined;
  readonly namespace: string | undefined;
  /** The object's fields, from `metadata`, `spec`, `data` down. */
  readonly root: ObjectValue;
}

/** The workloads of one file, with the edits that workload rules offer. */
export interface WorkloadFile {
  /**
   * Every object of the file that object rules read: all objects of a manifest; the object
   * resources of the kubernetes provider and `kubernetes_manifest` objects in Terraform.
   */
  readonly objects: readonly WorkloadObject[];
  /**
   * Where `needle`, found in the decoded string `value`, is written: its own range when the value
   * holds it verbatim, else the whole value.
   */
  rangeOfText(value: ObjectValue, needle: string): Range;
  /** Every pod spec of the file's workloads. */
  readonly podSpecs: readonly WorkloadPod[];
  /** Every container of every pod spec. */
  readonly containers: readonly WorkloadContainer[];
  /**
   * The range that removes an entry of this file with its whole line(s), line break included.
   * Undefined when the entry shares its line with something else or cannot be removed on its own.
   */
  entryLineRange(entry: WorkloadEntry): Range | undefined;
  /**
   * The range that removes an item of a list (an `env` entry, a `port` block) with its whole
   * line(s), line break included. Undefined when it shares its lines with something else.
   */
  itemLineRange(item: WorkloadValue): Range | undefined;
  /**
   * An edit that makes the container's own securityContext set `key` (API spelling) to `value`
   * (`true`, `false` or a number): replaces an existing value, adds the field, or adds the
   * securityContext. Undefined when no clean edit exists.
   */
  setContainerSecurityField(container: WorkloadContainer, key: string, value: string): TextEdit | undefined;
}
