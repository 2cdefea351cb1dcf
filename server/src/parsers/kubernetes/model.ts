import type { Range } from '../../engine/text';
import type { TextEdit } from '../../engine/types';
import type { SourceFile } from '../source';
import type { YamlEntry, YamlNode } from './yaml-node';
import type {
  ContainerList,
  ContainerSecurityField,
  InheritedSecurityField,
  WorkloadContainer,
  WorkloadEffectiveValue,
  WorkloadFile,
  WorkloadPod,
} from './workload-model';

export type { YamlEntry } from './yaml-node';
export { YamlNode } from './yaml-node';
export type { ContainerList, ContainerSecurityField, InheritedSecurityField } from './workload-model';

/**
 * One Kubernetes object: a YAML document with string `apiVersion` and `kind`, or an item of a
 * `kind: List` document.
 */
export interface KubernetesObject {
  readonly apiVersion: string;
  readonly kind: string;
  /** API group: `apps` for `apps/v1`, empty for the core group (`v1`). */
  readonly group: string;
  readonly name: string | undefined;
  readonly namespace: string | undefined;
  /** The object's mapping. */
  readonly root: YamlNode;
  /** The object as written, from its first key to its last value. */
  readonly range: Range;
  /** Index of the YAML document (0-based, in file order). */
  readonly documentIndex: number;
  /** Set for an item of a `List`: the list object. */
  readonly list?: KubernetesObject;
}

/** A securityContext value in effect for a container, and where it was written. */
export interface EffectiveValue extends WorkloadEffectiveValue {
  readonly entry: YamlEntry;
  readonly value: YamlNode;
}

/** A pod spec: a Pod's `spec`, a workload's `spec.template.spec`, a CronJob's job template. */
export interface PodSpec extends WorkloadPod {
  readonly object: KubernetesObject;
  /** The pod spec mapping. */
  readonly node: YamlNode;
  /** Keys from the object root to the pod spec, e.g. `['spec', 'template', 'spec']`. */
  readonly path: readonly string[];
  /** The pod-level securityContext mapping, when it is one. */
  readonly securityContext: YamlNode | undefined;
  /** `spec.os.name: windows`: Linux-only settings do not apply. */
  readonly isWindows: boolean;
  /** `hostUsers: false`: the pod runs in a user namespace. */
  readonly userNamespace: boolean;
  /** Every container of `containers`, `initContainers` and `ephemeralContainers`, in file order. */
  readonly containers: readonly Container[];
  /** A field of the pod spec itself (`hostNetwork`, `volumes`, ...), null values treated as absent. */
  field(name: string): YamlEntry | undefined;
  /** A field of the pod-level securityContext (`fsGroup`, `sysctls`, ...), null values treated as absent. */
  securityField(name: string): YamlEntry | undefined;
  /** An annotation of the pod (its template's `metadata.annotations`), by key; undefined when absent or null. */
  annotation(key: string): YamlNode | undefined;
}

/** One container of a pod spec with its effective security settings. */
export interface Container extends WorkloadContainer {
  readonly pod: PodSpec;
  readonly list: ContainerList;
  readonly index: number;
  /** The container mapping. */
  readonly node: YamlNode;
  readonly name: string | undefined;
  /** The `name` entry, the usual place to report something the container lacks. */
  readonly nameEntry: YamlEntry | undefined;
  readonly image: YamlEntry | undefined;
  /** The container-level securityContext mapping, when it is one. */
  readonly securityContext: YamlNode | undefined;
  /** The `securityContext` entry of the container, whatever its value. */
  readonly securityContextEntry: YamlEntry | undefined;
  /**
   * True when the container has no `image`: a fragment (a Kustomize or strategic-merge patch)
   * that cannot be judged on what it lacks.
   */
  readonly partial: boolean;
  /** Where to report a missing setting: the `name` value, else the container's first key. */
  readonly anchor: Range;
  /** A field of the container itself (`env`, `ports`, ...), null values treated as absent. */
  field(name: string): YamlEntry | undefined;
  /** A field of the container's own securityContext; null values treated as absent. */
  own(field: ContainerSecurityField | InheritedSecurityField): EffectiveValue | undefined;
  /** A field the container sets, else the pod-level value it inherits. */
  effective(field: InheritedSecurityField): EffectiveValue | undefined;
}

/** Scalar or nested mapping value for an edit that adds keys. */
export type YamlInsertValue = string | { readonly [key: string]: YamlInsertValue };

/**
 * A parsed YAML file; Kubernetes objects when it holds manifests, nothing otherwise. Its
 * `suppressionScopes` are the objects (from the `---` marker and from the first key), `List`
 * items and containers, so a suppression comment above any of them covers it whole.
 */
export interface KubernetesFile extends SourceFile, WorkloadFile {
  readonly kind: 'kubernetes';
  /** Every Kubernetes object of every document, `List` items included, in file order. */
  readonly objects: readonly KubernetesObject[];
  /**
   * Every pod spec of the workloads among `objects` (Pod, Deployment, CronJob, ...); one that
   * several objects reach through an alias appears once, with the first of them. Each one's tree,
   * through its aliases and merges, is within the budget of its document (see `budget.ts`): a
   * document beyond it has no objects and a `skipped` problem.
   */
  readonly podSpecs: readonly PodSpec[];
  /** Every container of every pod spec: `containers`, `initContainers`, `ephemeralContainers`. */
  readonly containers: readonly Container[];
  /**
   * An edit that adds `key: value` as the last entry of a block mapping, indented like its
   * siblings; a mapping value is written as a nested block. Undefined for a flow mapping, an
   * empty one, or a mapping reached through an alias.
   */
  insertEntry(map: YamlNode, key: string, value: YamlInsertValue): TextEdit | undefined;
  /**
   * The range that removes an entry with its whole line(s), line break included. Undefined when
   * the entry shares a line with something else (flow style, `- key: value`) or comes from a merge.
   */
  entryLineRange(entry: YamlEntry): Range | undefined;
  /**
   * An edit that makes the container's own securityContext set `key` to `value`: replaces an
   * existing value, adds the key, or adds a `securityContext` mapping. Undefined when no clean
   * block-style edit exists.
   */
  setContainerSecurityField(container: Container, key: string, value: string): TextEdit | undefined;
}
